package eu.sadarbe.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders XHTML to PDF with DejaVu Sans embedded (fonts/DejaVuSans*.ttf), so Latvian letters (ā č ē ģ ī ķ ļ ņ š ū
 * ž) print the same on every machine, whatever fonts it has. Style the body with {@code font-family: 'DejaVu Sans'}.
 */
public final class HtmlPdf {

    public static final String FONT = "DejaVu Sans";

    private HtmlPdf() {
    }

    public static byte[] render(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return pdf.toByteArray();
    }

    public static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static InputStream font(String file) {
        return HtmlPdf.class.getResourceAsStream("/fonts/" + file);
    }
}

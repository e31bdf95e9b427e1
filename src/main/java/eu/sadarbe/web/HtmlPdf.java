package eu.sadarbe.web;

import java.io.ByteArrayInputStream;
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
        // A tagged PDF/UA document: accessible, and it only ever uses the embedded font. Without it the renderer
        // set up PDF's fourteen built-in fonts for every document, looking for substitutes among the machine's
        // fonts: three quarters of a receipt's CPU time under load (JFR, issue #7, BENCHMARKS.md).
        builder.usePdfUaAccessbility(true);
        builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT, 700, FontStyle.NORMAL, true);
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

    /** Read once: every document embeds a subset of the same two fonts. */
    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

    private static byte[] font(String file) {
        try (InputStream in = HtmlPdf.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing: " + file);
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}

package eu.sadarbe.web;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Every PDF that Sadarbe hands people — the application as submitted, decision letters, the ranking — rendered from
 * a Thymeleaf template ({@code th:text} escapes whatever an applicant typed) in the recipient's language, then laid
 * out with DejaVu Sans embedded (fonts/DejaVuSans*.ttf) so that Latvian letters (ā č ē ģ ī ķ ļ ņ š ū ž) print the
 * same on every machine. The renderer may load nothing but Sadarbe's own fonts and images ({@link PdfResources}).
 *
 * <p>Templates get their variables, {@code #{…}} messages in the recipient's language, and {@code fmt}: dates,
 * numbers and euro amounts as that language writes them ({@link Formats}). Style the body with
 * {@code font-family: 'DejaVu Sans'}.
 */
@Component
public class DocumentPdf {

    public static final String FONT = "DejaVu Sans";

    private final ITemplateEngine templates;
    private final PdfResources resources = new PdfResources();

    public DocumentPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The template rendered to a tagged PDF (PDF/UA-1 and PDF/A-2u) in the recipient's language. */
    public byte[] render(String template, Locale locale, Map<String, ?> variables) {
        return pdf(html(template, locale, variables));
    }

    /** The template rendered to HTML in the recipient's language: what {@link #render} lays out. */
    public String html(String template, Locale locale, Map<String, ?> variables) {
        Context context = new Context(locale);
        variables.forEach(context::setVariable);
        context.setVariable("fmt", Formats.in(locale));
        return templates.process(template, context);
    }

    private byte[] pdf(String html) {
        // jsoup reads whatever HTML the template wrote (an HTML5 page, not necessarily well-formed XML) into the
        // DOM the renderer lays out; a stray control character in a title cannot break an XML parser.
        org.w3c.dom.Document document = W3CDom.convert(Jsoup.parse(html));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // A tagged PDF/UA document: accessible, and it only ever uses the embedded font. Without it the renderer
        // set up PDF's fourteen built-in fonts for every document, looking for substitutes among the machine's
        // fonts: three quarters of a receipt's CPU time under load (JFR, issue #7, BENCHMARKS.md).
        builder.usePdfUaAccessibility(true);
        // PDF/A-2u as well, for the agency's archive (issue #17): everything embedded, Unicode text, and an sRGB
        // output intent for the colours.
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
        builder.useColorProfile(SRGB);
        builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT, 700, FontStyle.NORMAL, true);
        resources.guard(builder);
        builder.withW3cDocument(document, PdfResources.BASE_URI);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return pdf.toByteArray();
    }

    /**
     * The sRGB colour profile of the output intent: the one every Java runtime carries in its java.desktop module
     * (GPLv2 with the Classpath Exception, like the JDK), read from there, never from the machine's files.
     */
    static {
        PdfLogging.install();
    }

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /** Read once: every document embeds a subset of the same two fonts. */
    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

    private static byte[] font(String file) {
        try (InputStream in = DocumentPdf.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing: " + file);
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}

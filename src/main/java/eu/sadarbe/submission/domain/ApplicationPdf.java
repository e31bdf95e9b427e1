package eu.sadarbe.submission.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import eu.sadarbe.submission.SubmissionSummary;

/**
 * The PDF of a submitted application: number, digest, Brussels time and agency, then every field of the frozen
 * document. The DejaVu Sans font is embedded (fonts/DejaVuSans*.ttf), so Latvian letters (ā č ē ģ ī ķ ļ ņ š ū ž)
 * print the same on every machine, whatever fonts it has.
 */
@Component
public class ApplicationPdf {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss (xxx)");
    private static final String FONT = "DejaVu Sans";

    private final MessageSource messages;

    ApplicationPdf(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] render(SubmissionSummary submission, String canonicalJson, Locale locale) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // A tagged PDF/UA document: accessible, and it only ever uses the embedded font. Without it the renderer
        // set up PDF's fourteen built-in fonts for every receipt, looking for substitutes among the machine's
        // fonts: three quarters of a receipt's CPU time under load (JFR, issue #7).
        builder.usePdfUaAccessbility(true);
        builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT, 700, FontStyle.NORMAL, true);
        builder.withHtmlContent(html(submission, canonicalJson, locale), null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return pdf.toByteArray();
    }

    private String html(SubmissionSummary submission, String canonicalJson, Locale locale) {
        StringBuilder html = new StringBuilder("""
                <html lang="%s"><head><title>%s</title><style>
                body { font-family: 'DejaVu Sans'; font-size: 10pt; }
                h1 { font-size: 16pt; } th { text-align: left; vertical-align: top; padding-right: 8pt; }
                dl { margin: 0 0 0 10pt; } dt { font-weight: bold; } dd { margin: 0 0 4pt 10pt; }
                .digest { font-size: 8pt; }
                </style></head><body>""".formatted(locale.getLanguage(),
                escape(text("submission.pdf.heading", locale) + " " + submission.applicationNumber())));
        html.append("<h1>").append(text("submission.pdf.heading", locale)).append("</h1>");
        html.append("<table>");
        row(html, text("submission.number", locale), submission.applicationNumber());
        row(html, text("submission.title", locale), submission.title() == null ? "" : submission.title());
        row(html, text("submission.submittedAt", locale), TIME.format(submission.submittedAtBrussels()));
        row(html, text("submission.agency", locale), submission.nationalAgencyCode());
        row(html, text("submission.digest", locale), "<span class=\"digest\">" + submission.sha256() + "</span>");
        html.append("</table>");
        html.append("<h2>").append(text("submission.pdf.document", locale)).append("</h2>");
        describe(JSON.readTree(canonicalJson), html);
        return html.append("</body></html>").toString();
    }

    private static void row(StringBuilder html, String label, String valueHtml) {
        html.append("<tr><th>").append(label).append("</th><td>").append(valueHtml).append("</td></tr>");
    }

    /** Every field of the document in its order, nested as the JSON nests it. */
    private static void describe(JsonNode node, StringBuilder html) {
        if (node.isObject()) {
            html.append("<dl>");
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                html.append("<dt>").append(escape(field.getKey())).append("</dt><dd>");
                describe(field.getValue(), html);
                html.append("</dd>");
            }
            html.append("</dl>");
        } else if (node.isArray()) {
            html.append("<dl>");
            int index = 1;
            for (JsonNode element : node.values()) {
                html.append("<dt>").append(index++).append(".</dt><dd>");
                describe(element, html);
                html.append("</dd>");
            }
            html.append("</dl>");
        } else if (!node.isNull()) {
            html.append(escape(node.asString()));
        }
    }

    private String text(String key, Locale locale) {
        return escape(messages.getMessage(key, null, locale));
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** Read once: every receipt embeds a subset of the same two fonts. */
    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

    private static byte[] font(String file) {
        try (java.io.InputStream in = ApplicationPdf.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing: " + file);
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}

package eu.sadarbe.submission.domain;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import eu.sadarbe.submission.SubmissionSummary;
import eu.sadarbe.web.HtmlPdf;

/**
 * The PDF of a submitted application: number, digest, Brussels time and agency, then every field of the frozen
 * document, with DejaVu Sans embedded ({@link HtmlPdf}) so that Latvian letters print the same everywhere.
 */
@Component
public class ApplicationPdf {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss (xxx)");

    private final MessageSource messages;

    ApplicationPdf(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] render(SubmissionSummary submission, String canonicalJson, Locale locale) {
        return HtmlPdf.render(html(submission, canonicalJson, locale));
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
        return HtmlPdf.escape(text);
    }
}

package eu.sadarbe.selection.domain;

import java.math.BigDecimal;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import eu.sadarbe.assessment.CriterionScore;
import eu.sadarbe.calls.NationalAgency;
import eu.sadarbe.web.HtmlPdf;

/**
 * The decision letter as PDF, in the applicant's language: the agency, the decision with its grounds, the granted
 * amount for a selected application, the points per award criterion (R-AWD-01) and the experts' comments.
 */
@Component
class DecisionLetterPdf {

    private final MessageSource messages;

    DecisionLetterPdf(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(LetterContent letter, Locale locale) {
        StringBuilder html = new StringBuilder("<html lang=\"" + locale.getLanguage() + "\"><head><title>"
                + text("selection.letter.heading", locale, letter.candidate().applicationNumber()) + "</title>");
        html.append("""
                <style>
                body { font-family: 'DejaVu Sans'; font-size: 10pt; }
                h1 { font-size: 15pt; } h2 { font-size: 12pt; } th, td { text-align: left; vertical-align: top;
                padding: 2pt 8pt 2pt 0; } .comment { margin: 0 0 4pt 10pt; }
                </style></head><body>""");
        NationalAgency agency = letter.agency();
        html.append("<p>").append(esc(latvian(locale) ? agency.name() : agency.nameEn())).append("</p>");
        html.append("<h1>").append(text("selection.letter.heading", locale, letter.candidate().applicationNumber()))
                .append("</h1>");
        if (letter.title() != null) {
            html.append("<p>").append(esc(letter.title())).append("</p>");
        }
        html.append("<p>").append(decisionText(letter, locale)).append("</p>");
        if (letter.candidate().assessed()) {
            scores(letter, locale, html);
        }
        html.append("<p>").append(text("selection.letter.closing", locale)).append("</p>");
        return HtmlPdf.render(html.append("</body></html>").toString());
    }

    String decisionText(LetterContent letter, Locale locale) {
        Candidate candidate = letter.candidate();
        Decision decision = letter.decision();
        return switch (decision.outcome()) {
            case SELECTED -> text("selection.letter.selected", locale, money(decision.granted(), locale),
                    money(candidate.requestedGrant(), locale));
            case RESERVE -> text("selection.letter.reserve", locale);
            case REJECTED -> !candidate.formallyEligible()
                    ? text("selection.letter.ineligible", locale, String.valueOf(candidate.ineligibilityReason()))
                    : !candidate.passed() ? text("selection.letter.failed", locale)
                    : text("selection.letter.notFunded", locale);
        };
    }

    private void scores(LetterContent letter, Locale locale, StringBuilder html) {
        html.append("<h2>").append(text("selection.letter.scores", locale)).append("</h2><table><tr><th>")
                .append(text("selection.criterion", locale)).append("</th><th>")
                .append(text("selection.points", locale)).append("</th></tr>");
        for (CriterionScore score : letter.candidate().criteria()) {
            html.append("<tr><td>").append(text("selection.criterion." + score.criterion(), locale)).append("</td><td>")
                    .append(score.points()).append(" / ").append(score.maximum()).append("</td></tr>");
        }
        html.append("<tr><th>").append(text("selection.total", locale)).append("</th><th>")
                .append(letter.candidate().total()).append(" / 100</th></tr></table>");
        html.append("<h2>").append(text("selection.letter.comments", locale)).append("</h2>");
        for (CriterionScore score : letter.candidate().criteria()) {
            html.append("<p><b>").append(text("selection.criterion." + score.criterion(), locale)).append("</b></p>");
            for (String comment : score.comments()) {
                html.append("<p class=\"comment\">").append(esc(comment)).append("</p>");
            }
        }
    }

    private String text(String key, Locale locale, Object... arguments) {
        return esc(messages.getMessage(key, arguments, locale));
    }

    static String money(@Nullable BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.00",
                java.text.DecimalFormatSymbols.getInstance(latvian(locale) ? Locale.forLanguageTag("lv") : Locale.UK));
        return latvian(locale) ? format.format(amount) + "\u00a0€" : "€" + format.format(amount);
    }

    private static boolean latvian(Locale locale) {
        return "lv".equals(locale.getLanguage());
    }

    private static String esc(String text) {
        return HtmlPdf.escape(text);
    }
}

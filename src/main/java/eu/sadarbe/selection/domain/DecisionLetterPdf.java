package eu.sadarbe.selection.domain;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import eu.sadarbe.web.DocumentPdf;
import eu.sadarbe.web.Formats;

/**
 * The decision letter as PDF, in the applicant's language: the agency, the decision with its grounds, the granted
 * amount for a selected application, the points per award criterion (R-AWD-01) and the experts' comments; from the
 * template {@code selection/decision-letter-pdf}.
 */
@Component
class DecisionLetterPdf {

    static final String TEMPLATE = "selection/decision-letter-pdf";

    private final DocumentPdf documents;
    private final MessageSource messages;

    DecisionLetterPdf(DocumentPdf documents, MessageSource messages) {
        this.documents = documents;
        this.messages = messages;
    }

    byte[] render(LetterContent letter, Locale locale) {
        return documents.render(TEMPLATE, locale, Map.of("letter", letter,
                "agencyName", "lv".equals(locale.getLanguage()) ? letter.agency().name() : letter.agency().nameEn(),
                "decisionText", decisionText(letter, locale)));
    }

    /** The decision and its ground in one sentence, as plain text (the template escapes it). */
    String decisionText(LetterContent letter, Locale locale) {
        Candidate candidate = letter.candidate();
        Decision decision = letter.decision();
        Formats formats = Formats.in(locale);
        return switch (decision.outcome()) {
            case SELECTED -> text("selection.letter.selected", locale, formats.money(decision.granted()),
                    formats.money(candidate.requestedGrant()));
            case RESERVE -> text("selection.letter.reserve", locale);
            case REJECTED -> !candidate.formallyEligible()
                    ? text("selection.letter.ineligible", locale, String.valueOf(candidate.ineligibilityReason()))
                    : !candidate.passed() ? text("selection.letter.failed", locale)
                    : text("selection.letter.notFunded", locale);
        };
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}

package eu.sadarbe.selection.domain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import eu.sadarbe.web.DocumentPdf;
import eu.sadarbe.web.Formats;

/**
 * The decision letter as PDF/A, in the language chosen for it, from the template
 * {@code selection/decision-letter-pdf}; the same template as HTML is the officer's preview (issue 17).
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
        return documents.render(TEMPLATE, locale, variables(letter, locale));
    }

    /** The same letter as HTML, for the officer's preview. */
    String html(LetterContent letter, Locale locale) {
        return documents.html(TEMPLATE, locale, variables(letter, locale));
    }

    private Map<String, Object> variables(LetterContent letter, Locale locale) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("letter", letter);
        variables.put("agencyName", letter.agencyName(locale));
        variables.put("decisionText", decisionText(letter, locale));
        variables.put("contest", letter.settings().contest(locale));
        variables.put("signatoryPosition", letter.settings().signatoryPosition(locale));
        return variables;
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
                    : !candidate.passed() ? text("letters.failed", locale, letter.passMarks().total())
                    : text("selection.letter.notFunded", locale);
        };
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}

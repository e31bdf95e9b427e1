package eu.sadarbe.selection.domain;

import java.util.Locale;

import org.springframework.stereotype.Component;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.submission.SubmittedApplications;

/**
 * The language of a decision letter: the one the submitter used when submitting, if Sadarbe speaks it (Latvian or
 * English); any other language gets the English letter.
 */
@Component
public class LetterLanguages {

    private final SubmittedApplications submitted;

    LetterLanguages(SubmittedApplications submitted) {
        this.submitted = submitted;
    }

    public String of(ApplicationId id) {
        return submitted.latestOf(id).map(application -> application.submitterLanguage())
                .map(language -> language.toLowerCase(Locale.ROOT).startsWith("lv") ? "lv" : "en").orElse("en");
    }
}

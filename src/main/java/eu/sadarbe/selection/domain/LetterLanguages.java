package eu.sadarbe.selection.domain;

import java.util.Locale;

import org.springframework.stereotype.Component;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.submission.SubmittedApplications;

/**
 * The application's language, which a decision letter is written in unless the officer chooses otherwise (issue 17):
 * Latvian when the submitter worked in Latvian or the applicant is established in Latvia (a Latvian school applies
 * in Latvian, whatever language its coordinator's account is set to); else English, the other language Sadarbe
 * speaks.
 */
@Component
public class LetterLanguages {

    private final SubmittedApplications submitted;

    LetterLanguages(SubmittedApplications submitted) {
        this.submitted = submitted;
    }

    public String of(ApplicationId id) {
        return submitted.latestOf(id)
                .map(application -> application.submitterLanguage().toLowerCase(Locale.ROOT).startsWith("lv")
                        || application.document().applicant()
                        .map(applicant -> "LV".equals(applicant.country().value())).orElse(false) ? "lv" : "en")
                .orElse("en");
    }
}

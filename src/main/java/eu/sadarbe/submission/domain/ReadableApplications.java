package eu.sadarbe.submission.domain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.document.ApplicationDocumentReader;
import eu.sadarbe.applications.document.MalformedDocument;
import eu.sadarbe.budget.Budget;
import eu.sadarbe.budget.Budgeting;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.submission.SubmissionSummary;

/**
 * Reads an application document for people ({@link SubmittedDocument}): its budget, the agency's, countries' and
 * priorities' names in the reader's language. The same reading serves the PDF of a submission and the "check your
 * answers" page of a draft (issue #13), so that what people check is what gets submitted.
 */
@Component
public class ReadableApplications {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApplicationDocumentReader reader;
    private final Budgeting budgeting;
    private final RuleBook rules;
    private final ReferenceData reference;
    private final ApplicationRegister register;

    ReadableApplications(ApplicationDocumentReader reader, Budgeting budgeting, RuleBook rules,
                         ReferenceData reference, ApplicationRegister register) {
        this.register = register;
        this.reader = reader;
        this.budgeting = budgeting;
        this.rules = rules;
        this.reference = reference;
    }

    /** A submitted application as its PDF shows it; empty when the frozen document no longer reads. */
    Optional<SubmittedDocument> submitted(SubmissionSummary submission, String canonicalJson, Locale locale) {
        return read(submission, submission.callYear(), submission.actionType(), submission.nationalAgencyCode(),
                canonicalJson, locale);
    }

    /**
     * A draft as it would be submitted now, to the agency {@code agencyCode} (empty when the applicant is in no
     * Programme Country); empty when the draft does not read as an application document yet.
     */
    public Optional<SubmittedDocument> draft(int callYear, String actionType, String agencyCode, String canonicalJson,
                                             Locale locale) {
        return read(null, callYear, actionType, agencyCode, canonicalJson, locale);
    }

    private Optional<SubmittedDocument> read(@Nullable SubmissionSummary submission, int callYear, String actionType,
                                             String agencyCode, String canonicalJson, Locale locale) {
        ApplicationDocument document;
        try {
            document = reader.read(canonicalJson);
        } catch (MalformedDocument unreadable) {
            // A submitted document was read when it was submitted; one that no longer reads (a rule of the
            // reader changed since) still prints, field by field.
            return Optional.empty();
        }
        JsonNode json = JSON.readTree(canonicalJson);
        String agency = reference.nationalAgencies(callYear, null).stream()
                .filter(each -> each.code().equals(agencyCode)).findFirst()
                .map(each -> ("lv".equals(locale.getLanguage()) ? each.name() : each.nameEn())
                        + " (" + each.code() + ")")
                .orElse(agencyCode);
        Map<String, String> countries = new HashMap<>();
        reference.countries(callYear).forEach(country -> countries.put(country.code().value(), country.name().in(locale)));
        Map<String, String> priorities = new HashMap<>();
        reference.priorities(callYear, null).forEach(priority -> priorities.put(priority.code(), priority.name().in(locale)));
        Budget budget = budgeting.budgetOf(document, rules.parametersFor(callYear, actionType));
        // Issue 17: when the declaration was signed, from its section's history (not when it was submitted).
        java.time.Instant signedAt = submission == null ? null
                : register.declarationSignedAt(submission.applicationId(), submission.submittedAt()).orElse(null);
        return Optional.of(SubmittedDocument.of(submission, agency, document, countries, priorities, json, budget,
                signedAt));
    }
}

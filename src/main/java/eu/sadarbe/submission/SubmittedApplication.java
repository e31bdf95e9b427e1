package eu.sadarbe.submission;

import eu.sadarbe.applications.document.ApplicationDocument;

/**
 * The submission that counts for an application (its latest, R-SUB-01) with the frozen document: what the National
 * Agency checks, experts assess and selection ranks. {@code canonicalJson} also holds the description texts;
 * {@code ruleRevision} is the revision of the rule figures it is checked and budgeted with (issue 13, item 14).
 */
public record SubmittedApplication(SubmissionSummary submission, ApplicationDocument document, String canonicalJson,
                                   String submitterEmail, String submitterLanguage, long ruleRevision) {
}

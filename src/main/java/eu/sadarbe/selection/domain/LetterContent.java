package eu.sadarbe.selection.domain;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.calls.NationalAgency;

/** What a decision letter says: the candidate with its scores, the decision, the agency and the project title. */
record LetterContent(Candidate candidate, Decision decision, NationalAgency agency, @Nullable String title) {
}

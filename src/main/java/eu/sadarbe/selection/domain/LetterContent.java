package eu.sadarbe.selection.domain;

import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.calls.AgencyContacts;
import eu.sadarbe.calls.NationalAgency;

/**
 * What a decision letter says as an administrative decision (issue 17): the agency's letterhead, the date and the
 * register number (none yet on a draft), the addressee, the project, the decision and its grounds (the scores with
 * the pass marks, the rank and the cut-off or the reserve position, a reduced grant with its reason, the one
 * consolidated assessment comment), how to contest it and who signed it.
 */
record LetterContent(Candidate candidate, Decision decision, NationalAgency agency, @Nullable AgencyContacts contacts,
                     LetterSettings settings, Addressee addressee, @Nullable String title, @Nullable String reference,
                     LocalDate date, @Nullable RankedApplication placement, int cutOffRank, PassMarks passMarks,
                     @Nullable String assessmentComment, @Nullable String signatory) {

    /** A draft to check before it is issued: no register number, no signature yet. */
    public boolean draft() {
        return reference == null;
    }

    public String agencyName(Locale locale) {
        return "lv".equals(locale.getLanguage()) ? agency.name() : agency.nameEn();
    }

    /** A reduced grant of a selected application: the amount counted is below the requested one. */
    public boolean reduced() {
        return decision.outcome() == Outcome.SELECTED && decision.granted() != null
                && decision.granted().compareTo(candidate.requestedGrant()) < 0;
    }
}

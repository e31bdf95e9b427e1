package eu.sadarbe.assessment.web;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.assessment.inbox.InboxEntry;
import eu.sadarbe.calls.CallRoundSummary;

/** An application in the agency's inbox as the agency's REST API shows it; times with their Brussels offset. */
record AgencyApplicationResponse(String id, String applicationNumber, String round, String actionType,
                                 @Nullable String title, String applicant, String applicantCountry,
                                 OffsetDateTime submittedAt, BigDecimal requestedGrant, int errorFindings,
                                 String status, @Nullable String formalCheckReason, List<String> formalCheckRuleIds,
                                 @Nullable Integer finalScore) {

    static AgencyApplicationResponse of(InboxEntry entry) {
        return new AgencyApplicationResponse(entry.applicationId().toString(), entry.applicationNumber(),
                entry.round(), entry.actionType(), entry.title(), entry.applicantName(), entry.applicantCountry(),
                entry.submittedAt().atZone(CallRoundSummary.BRUSSELS).toOffsetDateTime(), entry.requestedGrant(),
                entry.errorFindings(), entry.status().name(), entry.formalCheckReason(), entry.formalCheckRuleIds(),
                entry.finalScore());
    }
}

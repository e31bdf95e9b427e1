package eu.sadarbe.applications.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.applications.ApplicationStatus;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.calls.CallRoundId;

/** The head row of a draft: its round, applicant, status and the version that moves on with every save. */
public record DraftRow(ApplicationId id, CallRoundId round, int callYear, String actionType, @Nullable String title,
                       String applicantOid, String applicantCountry, ApplicationStatus status,
                       @Nullable String withdrawalReason, long version, AccountId createdBy, Instant updatedAt) {

    public ApplicationSummary toSummary() {
        return new ApplicationSummary(id, round, callYear, actionType, title, applicantOid, applicantCountry, status,
                version, updatedAt);
    }
}

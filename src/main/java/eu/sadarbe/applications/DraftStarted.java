package eu.sadarbe.applications;

import java.time.Instant;

import eu.sadarbe.calls.CallRoundId;

/** A draft was started in a call round for its applicant organisation. */
public record DraftStarted(ApplicationId application, CallRoundId round, String applicantOid, Instant at) {
}

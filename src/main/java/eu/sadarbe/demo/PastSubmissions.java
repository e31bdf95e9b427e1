package eu.sadarbe.demo;

import java.time.Instant;
import java.util.OptionalLong;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.calls.CallRoundId;
import eu.sadarbe.submission.SubmissionDesk;

/**
 * Applications of past rounds brought in as they happened: the demo's clock is set to the moment the draft was
 * started and the ordinary {@link DraftDesk#start} starts it, then to the moment it was submitted and the ordinary
 * {@link SubmissionDesk#submit} checks, freezes, numbers, routes and receipts it (R-SUB-01: before the deadline on
 * that clock). {@link #inThePast} gives the real time back afterwards, whatever happened.
 */
@Component
@Profile("demo")
public class PastSubmissions {

    private final DraftDesk drafting;
    private final SubmissionDesk desk;
    private final DemoClock clock;

    PastSubmissions(DraftDesk drafting, SubmissionDesk desk, DemoClock clock) {
        this.drafting = drafting;
        this.desk = desk;
        this.clock = clock;
    }

    /** Runs {@code work}, which moves the clock back with {@link #submit}, and then returns to the real time. */
    public void inThePast(Runnable work) {
        try {
            work.run();
        } finally {
            clock.reset();
        }
    }

    /** Starts the document as a draft at {@code startedAt} and submits it at {@code submittedAt}. */
    public ApplicationId submit(AccountSummary submitter, String document, CallRoundId round, Instant startedAt,
                         Instant submittedAt) {
        clock.set(startedAt);
        ApplicationSummary draft = drafting.start(submitter.id(), document, round);
        clock.set(submittedAt);
        desk.submit(draft.id(), OptionalLong.empty(), "demo-" + submittedAt, DemoAccounts.signedIn(submitter));
        return draft.id();
    }
}

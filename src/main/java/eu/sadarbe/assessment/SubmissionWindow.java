package eu.sadarbe.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.submission.Deadline;
import eu.sadarbe.submission.SubmissionDesk;

/**
 * R-SUB-01: the back office starts on an application only once its deadline has passed — the round's, after any
 * extension of the whole round (R-SUB-03), or the application's individual extension when later (R-SUB-02) —
 * judged on the injected clock, the deadline in Brussels time. Until then the applicant may still resubmit.
 */
@Service
public class SubmissionWindow {

    private final SubmissionDesk submission;
    private final Clock clock;

    SubmissionWindow(SubmissionDesk submission, Clock clock) {
        this.submission = submission;
        this.clock = clock;
    }

    /** The application's deadline while it has not passed yet; empty once formal checks and the rest may start. */
    @Transactional(readOnly = true)
    public Optional<Deadline> stillOpen(ApplicationId application) {
        Deadline deadline = submission.deadlineOf(application);
        return deadline.isOpenAt(clock.instant()) ? Optional.of(deadline) : Optional.empty();
    }

    /**
     * The latest deadline of those applications that has not passed yet, if any; read for all of them at once
     * (issue 21), an application never submitted having none.
     */
    @Transactional(readOnly = true)
    public Optional<Deadline> stillOpen(Collection<ApplicationId> applications) {
        Instant now = clock.instant();
        return submission.deadlinesOf(applications).stream().filter(deadline -> deadline.isOpenAt(now))
                .max(Comparator.comparing(Deadline::moment));
    }

    /** Refuses with {@link RoundStillOpen} while the application's deadline has not passed. */
    @Transactional(readOnly = true)
    public void requirePassed(ApplicationId application) {
        stillOpen(application).ifPresent(deadline -> {
            throw new RoundStillOpen(deadline);
        });
    }

    /** Refuses with {@link RoundStillOpen} while any of the applications' deadlines has not passed. */
    @Transactional(readOnly = true)
    public void requirePassed(Collection<ApplicationId> applications) {
        stillOpen(applications).ifPresent(deadline -> {
            throw new RoundStillOpen(deadline);
        });
    }
}

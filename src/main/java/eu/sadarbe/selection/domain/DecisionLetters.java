package eu.sadarbe.selection.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.calls.NationalAgency;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.submission.SubmittedApplication;
import eu.sadarbe.submission.SubmittedApplications;
import eu.sadarbe.web.Mail;
import eu.sadarbe.web.Mails;

/**
 * Decision letters: made once the officer issued them, kept, and e-mailed to the submitter after commit. When the
 * SMTP server fails the event stays incomplete in the publication registry and is tried again; a letter already
 * mailed is never mailed twice. Sent only when an SMTP server is configured.
 */
@Component
public class DecisionLetters {

    private static final Duration RETRY_AFTER = Duration.ofMinutes(5);

    private final Decisions decisions;
    private final Candidates candidates;
    private final SubmittedApplications submitted;
    private final ReferenceData reference;
    private final DecisionLetterPdf pdfs;
    private final Mails mails;
    private final IncompleteEventPublications incomplete;
    private final Clock clock;

    DecisionLetters(Decisions decisions, Candidates candidates, SubmittedApplications submitted,
                    ReferenceData reference, DecisionLetterPdf pdfs, Mails mails, IncompleteEventPublications incomplete, Clock clock) {
        this.decisions = decisions;
        this.candidates = candidates;
        this.submitted = submitted;
        this.reference = reference;
        this.pdfs = pdfs;
        this.mails = mails;
        this.incomplete = incomplete;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DecisionLetterIssued issued) {
        Decision decision = decisions.find(issued.applicationId()).orElseThrow();
        if (decision.letterMailedAt() != null) {
            return;
        }
        Locale locale = Locale.forLanguageTag(issued.language());
        byte[] pdf = decisions.storedLetter(issued.applicationId()).orElseGet(() -> {
            byte[] made = pdfs.render(content(issued.applicationId(), decision), locale);
            decisions.storeLetter(issued.applicationId(), made);
            return made;
        });
        SubmittedApplication application = submitted.latestOf(issued.applicationId()).orElseThrow();
        if (send(application, locale, pdf)) {
            decisions.letterMailed(issued.applicationId(), clock.instant());
        }
    }

    /** The issued letter as kept, or (before it is issued) a draft in the applicant's language to check. */
    @Transactional(readOnly = true)
    public byte[] letter(ApplicationId id, LetterLanguages languages, SignedInUser officer) {
        Candidate candidate = candidates.find(id).orElseThrow(UnknownApplication::new);
        SelectionDesk.requireOfficer(officer, candidate.ranking().nationalAgencyCode());
        Decision decision = decisions.find(id).orElseThrow(UnknownApplication::new);
        return decisions.storedLetter(id).orElseGet(() -> pdfs.render(content(id, decision), Locale.forLanguageTag(
                decisions.letterLanguage(id).orElseGet(() -> languages.of(id)))));
    }

    /** Letters that could not be mailed (SMTP down) are tried again, on one node at a time. */
    @Scheduled(fixedDelayString = "${sadarbe.selection.retry-letters-after:PT5M}")
    @SchedulerLock(name = "selection-letters")
    void retryFailedLetters() {
        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof DecisionLetterIssued
                && publication.getPublicationDate().isBefore(clock.instant().minus(RETRY_AFTER)));
    }

    private LetterContent content(ApplicationId id, Decision decision) {
        Candidate candidate = candidates.find(id).orElseThrow();
        NationalAgency agency = reference.nationalAgencies(null, null).stream()
                .filter(each -> each.code().equals(candidate.ranking().nationalAgencyCode())).findFirst().orElseThrow();
        String title = submitted.latestOf(id).map(application -> application.submission().title()).orElse(null);
        return new LetterContent(candidate, decision, agency, title);
    }

    private boolean send(SubmittedApplication application, Locale locale, byte[] pdf) {
        String number = application.submission().applicationNumber();
        return mails.send(Mail.to(application.submitterEmail(), locale)
                .template("selection/mail/decision-letter", "selection.mail.subject", number)
                .with("number", number)
                .fromAgency(application.submission().nationalAgencyCode())
                .attach(number + "-decision.pdf", pdf, "application/pdf"));
    }
}

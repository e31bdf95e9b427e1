package eu.sadarbe.selection.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.applications.document.Organisation;
import eu.sadarbe.calls.NationalAgency;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.calls.RuleFigure;
import eu.sadarbe.organisations.LegalAddress;
import eu.sadarbe.organisations.Oid;
import eu.sadarbe.organisations.OrganisationRegister;
import eu.sadarbe.submission.SubmittedApplication;
import eu.sadarbe.submission.SubmittedApplications;
import eu.sadarbe.web.Formats;
import eu.sadarbe.web.Mail;
import eu.sadarbe.web.Mails;

/**
 * Decision letters: made once the officer issued them, kept, and e-mailed to the submitter after commit. Every
 * attempt is recorded (issue 17); when the SMTP server fails the event stays incomplete in the publication registry
 * and is tried again; a letter already mailed is never mailed twice. Sent only when an SMTP server is configured.
 */
@Component
public class DecisionLetters {

    private static final Duration RETRY_AFTER = Duration.ofMinutes(5);

    private final DecisionRepository decisions;
    private final CandidateRepository candidates;
    private final EnvelopeRepository envelopes;
    private final SubmittedApplications submitted;
    private final ReferenceData reference;
    private final RuleBook rules;
    private final OrganisationRegister organisations;
    private final LetterSettingsRepository settings;
    private final LetterAttemptRepository attempts;
    private final LetterLanguages languages;
    private final DecisionLetterPdf pdfs;
    private final Mails mails;
    private final IncompleteEventPublications incomplete;
    private final Clock clock;

    DecisionLetters(DecisionRepository decisions, CandidateRepository candidates, EnvelopeRepository envelopes,
                    SubmittedApplications submitted, ReferenceData reference, RuleBook rules,
                    OrganisationRegister organisations, LetterSettingsRepository settings,
                    LetterAttemptRepository attempts, LetterLanguages languages, DecisionLetterPdf pdfs, Mails mails,
                    IncompleteEventPublications incomplete, Clock clock) {
        this.decisions = decisions;
        this.candidates = candidates;
        this.envelopes = envelopes;
        this.submitted = submitted;
        this.reference = reference;
        this.rules = rules;
        this.organisations = organisations;
        this.settings = settings;
        this.attempts = attempts;
        this.languages = languages;
        this.pdfs = pdfs;
        this.mails = mails;
        this.incomplete = incomplete;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DecisionLetterIssued issued) {
        ApplicationId id = issued.applicationId();
        Decision decision = decisions.find(id).orElseThrow();
        if (decision.letterMailedAt() != null) {
            return;
        }
        Locale locale = Locale.forLanguageTag(issued.language());
        LetterContent content = content(id, decision);
        byte[] pdf = decisions.storedLetter(id).orElseGet(() -> {
            byte[] made = pdfs.render(content, locale);
            decision.letterMade(made);
            decisions.save(decision);
            return made;
        });
        SubmittedApplication application = submitted.latestOf(id).orElseThrow();
        boolean sent;
        try {
            sent = send(application, locale, content.agencyName(locale), pdf);
        } catch (RuntimeException failed) {
            // Kept in a transaction of its own: this one rolls back, and the publication is tried again.
            attempts.record(id, clock.instant(), LetterAttempt.Outcome.FAILED,
                    failed.getClass().getSimpleName() + ": " + failed.getMessage());
            throw failed;
        }
        attempts.record(id, clock.instant(), sent ? LetterAttempt.Outcome.SENT : LetterAttempt.Outcome.NO_MAIL_SERVER,
                null);
        if (sent) {
            decision.letterMailed(clock.instant());
            decisions.save(decision);
        }
    }

    /** The issued letter as kept, or (before it is issued) a draft in the language chosen for it, to check. */
    @Transactional(readOnly = true)
    public byte[] letter(ApplicationId id, LetterLanguages languages, SignedInUser officer) {
        Decision decision = officersDecision(id, officer);
        return decisions.storedLetter(id).orElseGet(() -> pdfs.render(content(id, decision), locale(id)));
    }

    /** The letter as HTML from the same template, in the language chosen for it: the officer's preview. */
    @Transactional(readOnly = true)
    public String preview(ApplicationId id, SignedInUser officer) {
        Decision decision = officersDecision(id, officer);
        return pdfs.html(content(id, decision), locale(id));
    }

    /** The language the letter is (or will be) written in: the officer's choice, else the application's. */
    @Transactional(readOnly = true)
    public String language(ApplicationId id) {
        return decisions.find(id).flatMap(Decision::letterLanguage).orElseGet(() -> languages.of(id));
    }

    /** The one assessment comment the officer approved at consolidation, which the letter quotes; null if none. */
    @Transactional(readOnly = true)
    public @Nullable String assessmentComment(ApplicationId id) {
        return candidates.assessmentComment(id).orElse(null);
    }

    /** The register number of the issued letter; null before it is issued. */
    @Transactional(readOnly = true)
    public @Nullable String reference(ApplicationId id) {
        return decisions.find(id).map(Decision::letterReference).orElse(null);
    }

    /** The agency's letter settings, to warn the officer while the agency has not confirmed them. */
    @Transactional(readOnly = true)
    public Optional<LetterSettings> settingsOf(String agencyCode) {
        return settings.of(agencyCode);
    }

    /** Whom the letter is e-mailed to: the person who submitted the application. */
    @Transactional(readOnly = true)
    public String recipient(ApplicationId id) {
        return submitted.latestOf(id).map(SubmittedApplication::submitterEmail).orElse("");
    }

    /** Where the letter's e-mail stands, with every attempt (issue 17). */
    @Transactional(readOnly = true)
    public Delivery delivery(ApplicationId id) {
        return Delivery.of(decisions.find(id).orElse(null), attempts.of(id));
    }

    /** The delivery of every letter of the ranking, by application. */
    @Transactional(readOnly = true)
    public Map<ApplicationId, Delivery> deliveries(Iterable<Decision> decided) {
        Map<ApplicationId, Delivery> deliveries = new LinkedHashMap<>();
        decided.forEach(decision -> deliveries.put(decision.applicationId(),
                Delivery.of(decision, decision.locked() ? attempts.of(decision.applicationId()) : List.of())));
        return deliveries;
    }

    /** Letters that could not be mailed (SMTP down) are tried again, on one node at a time. */
    @Scheduled(fixedDelayString = "${sadarbe.selection.retry-letters-after:PT5M}")
    @SchedulerLock(name = "selection-letters")
    void retryFailedLetters() {
        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof DecisionLetterIssued
                && publication.getPublicationDate().isBefore(clock.instant().minus(RETRY_AFTER)));
    }

    private Decision officersDecision(ApplicationId id, SignedInUser officer) {
        Candidate candidate = candidates.find(id).orElseThrow(UnknownApplication::new);
        officer.requireOfficerOf(candidate.ranking().nationalAgencyCode());
        return decisions.find(id).orElseThrow(UnknownApplication::new);
    }

    private Locale locale(ApplicationId id) {
        return Locale.forLanguageTag(language(id));
    }

    LetterContent content(ApplicationId id, Decision decision) {
        Candidate candidate = candidates.find(id).orElseThrow();
        String code = candidate.ranking().nationalAgencyCode();
        NationalAgency agency = reference.nationalAgencies(null, null).stream()
                .filter(each -> each.code().equals(code)).findFirst().orElseThrow();
        Optional<SubmittedApplication> application = submitted.latestOf(id);
        String title = application.map(each -> each.submission().title()).orElse(null);
        Envelope envelope = envelopes.of(candidate.ranking());
        Ranking ranking = Ranking.of(candidate.ranking(), candidates.of(candidate.ranking()), envelope.amount(),
                envelope.reserveSize());
        Instant dated = decision.letterIssuedAt() != null ? decision.letterIssuedAt() : clock.instant();
        return new LetterContent(candidate, decision, agency, reference.agencyContacts(code).orElse(null),
                settings.of(code).orElseGet(() -> new LetterSettings(code, "", "", "", "", false, null, null)),
                addressee(application.orElse(null), agency), title,
                decision.letterReference(), dated.atZone(Formats.BRUSSELS).toLocalDate(),
                ranking.find(id).orElse(null), ranking.cutOffRank(), passMarks(candidate),
                candidates.assessmentComment(id).orElse(null),
                decision.letterReference() == null ? null : decision.letterSignedBy());
    }

    /** R-AWD-02 with the call year's figures: the pass total and each criterion's share of its maximum. */
    private PassMarks passMarks(Candidate candidate) {
        var parameters = rules.parametersFor(candidate.ranking().callYear(), candidate.ranking().actionType());
        BigDecimal share = parameters.amount(RuleFigure.AWARD_PASS_CRITERION_SHARE);
        Map<String, BigDecimal> criteria = new LinkedHashMap<>();
        candidate.criteria().forEach(score -> criteria.put(score.criterion(),
                share.multiply(BigDecimal.valueOf(score.maximum())).stripTrailingZeros()));
        return new PassMarks(parameters.whole(RuleFigure.AWARD_PASS_TOTAL), criteria);
    }

    /** The applicant as the register knows it (legal name, address, legal representative), else as submitted. */
    private Addressee addressee(@Nullable SubmittedApplication application, NationalAgency agency) {
        Optional<Organisation> applicant = application == null ? Optional.empty()
                : application.document().applicant();
        Optional<LegalAddress> registered = applicant.map(Organisation::oid).filter(Oid::isOid).map(Oid::of)
                .flatMap(organisations::legalAddressOf);
        if (registered.isPresent()) {
            LegalAddress address = registered.get();
            List<String> lines = new ArrayList<>();
            lines.add(address.address());
            lines.add((address.postcode() == null ? "" : address.postcode() + " ") + address.city());
            if (!address.country().equals(agency.country())) {
                lines.add(address.country().value());
            }
            String representative = address.legalRepresentativeName() + (address.legalRepresentativePosition() == null
                    ? "" : ", " + address.legalRepresentativePosition());
            return new Addressee(address.legalName(), lines, representative);
        }
        return applicant.map(organisation -> new Addressee(
                        organisation.legalName() == null ? organisation.identifier() : organisation.legalName(),
                        organisation.city() == null ? List.of() : List.of(organisation.city()), null))
                .orElseGet(() -> new Addressee(candidate(application), List.of(), null));
    }

    private static String candidate(@Nullable SubmittedApplication application) {
        return application == null ? "" : application.submitterEmail();
    }

    private boolean send(SubmittedApplication application, Locale locale, String agencyName, byte[] pdf) {
        String number = application.submission().applicationNumber();
        return mails.send(Mail.to(application.submitterEmail(), locale)
                .template("selection/mail/decision-letter", "selection.mail.subject", number)
                .with("number", number)
                .with("agency", agencyName)
                .fromAgency(application.submission().nationalAgencyCode())
                .attach(number + "-decision.pdf", pdf, "application/pdf"));
    }
}

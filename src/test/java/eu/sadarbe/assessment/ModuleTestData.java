package eu.sadarbe.assessment;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.OwnPeople;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.OwnApplicant;
import eu.sadarbe.assessment.experts.Assessable;
import eu.sadarbe.assessment.experts.AssessableApplications;
import eu.sadarbe.assessment.inbox.FormalCheckDecision;
import eu.sadarbe.assessment.inbox.FormalChecks;
import eu.sadarbe.assessment.inbox.InboxEntries;
import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.calls.RoundExistsAlready;
import eu.sadarbe.organisations.Oid;
import eu.sadarbe.organisations.domain.OrganisationRegistration;
import eu.sadarbe.shared.CountryCode;
import eu.sadarbe.submission.ApplicationNotEligible;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionDesk;
import eu.sadarbe.submission.SubmissionSummary;

/**
 * What a module test of assessment, selection, grants or statistics starts from without the demo data: people of its
 * own (unique addresses), applicants acting for a Latvian VET provider of their own, and green-skills KA202
 * applications submitted to LV01 (or, from an Estonian applicant, to EE01, whose pool of experts holds no demo
 * expert) in a 2018 round of the module test's own. The round's deadline (21 March 2018, Brussels) has
 * long passed when the test goes on with formal checks, scores and decisions; the clock stands ten days before it
 * only while a draft is started or submitted ({@link SettableClock.AsTheClock}).
 */
public final class ModuleTestData {

    public static final int CALL_YEAR = 2018;
    public static final LocalDateTime DEADLINE = LocalDateTime.of(CALL_YEAR, 3, 21, 12, 0);
    private static final String PASSWORD = "dzeltena laiva kalnā zied";

    private final CallRounds rounds;
    private final DraftDesk drafting;
    private final SubmissionDesk desk;
    private final AccountRegister accounts;
    private final OrganisationRegistration registration;
    private final SettableClock clock;
    private final String label;
    private final BeanFactory beans;

    /**
     * For the module test of {@code module}, whose round this is, with the use cases of the module test's context (whose
     * clock is {@link SettableClock.AsTheClock}).
     */
    public ModuleTestData(String module, BeanFactory beans) {
        this.label = "Module tests (" + module + ")";
        this.rounds = beans.getBean(CallRounds.class);
        this.drafting = beans.getBean(DraftDesk.class);
        this.desk = beans.getBean(SubmissionDesk.class);
        this.accounts = beans.getBean(AccountRegister.class);
        this.registration = beans.getBean(OrganisationRegistration.class);
        this.clock = beans.getBean(SettableClock.class);
        this.beans = beans;
    }

    /** A new account of its own with the role (an officer or an expert of {@code agency}), signed in in English. */
    public SignedInUser person(String name, Role role, @Nullable String agency) {
        return OwnPeople.open(accounts, name, role, agency);
    }

    public static SignedInUser signedIn(AccountSummary account) {
        return OwnPeople.signedIn(account);
    }

    /**
     * The module test's own 2018 KA202 round, so that one module's decisions on a ranking never meet another's:
     * defined once per database under the highest round number no other test holds (the schema allows 1 to 9).
     */
    public CallRoundSummary round() {
        return rounds.all().stream().filter(round -> label.equals(round.label())).findFirst().orElseGet(() -> {
            for (int number = 9; ; number--) {
                try {
                    return rounds.define(CALL_YEAR, number, label, Set.of("KA202"), DEADLINE, "module tests");
                } catch (RoundExistsAlready taken) {
                    if (number == 1) {
                        throw taken;
                    }
                }
            }
        });
    }

    /**
     * A new applicant registers a Latvian VET provider of their own ({@link OwnApplicant}, under an Organisation ID
     * outside the demo data's) and starts the green-skills draft with it as the applicant (in place of E10000001; the
     * partners stay E10000002 and E10000003) in the round, in time: for LV01.
     */
    public Draft draft(String title) {
        return draft(title, UnaryOperator.identity());
    }

    /** As {@link #draft(String)}, with the document changed first (a description added, say). */
    public Draft draft(String title, UnaryOperator<String> change) {
        OwnApplicant applicant = OwnApplicant.register(accounts, registration);
        return draft(applicant.signedIn(), applicant.oid(), title, change);
    }

    /**
     * A new applicant's draft for EE01, the agency whose pool holds only module tests' experts (the demo's serve LV01
     * and LV02): an Estonian VET provider of their own in Tartu applies, and the document's Estonian partner
     * (E10000002) is Latvian instead, so that the consortium keeps three Programme Countries.
     */
    public Draft draftForEe01(String title) {
        OwnApplicant applicant = OwnApplicant.register(accounts, registration, CountryCode.of("EE"), "Tartu", "50090");
        return draft(applicant.signedIn(), applicant.oid(), title, ModuleTestData::forEe01);
    }

    /** Another draft for EE01 of the same applicant. */
    public Draft anotherForEe01(Draft first, String title) {
        return draft(first.applicant(), first.applicantOid().value(), title, ModuleTestData::forEe01);
    }

    private static String forEe01(String document) {
        return document.replace("\"country\": \"EE\"", "\"country\": \"lv\"")
                .replace("\"country\": \"LV\"", "\"country\": \"EE\"")
                .replace("\"country\": \"lv\"", "\"country\": \"LV\"");
    }

    /**
     * A draft for LV01 whose partners are the given organisations in place of E10000002 (Estonian in the document)
     * and E10000003 (German): what the formal check finds in the register is then the test's own choice.
     */
    public Draft draftWithPartners(String title, String estonianPartnerOid, String germanPartnerOid) {
        return draft(title, document -> document.replace("E10000002", estonianPartnerOid)
                .replace("E10000003", germanPartnerOid));
    }

    /** A registered organisation of the test's own in the country (the Organisation ID of {@link OwnApplicant}'s). */
    public String organisation(String country, String city, String postcode) {
        return OwnApplicant.register(accounts, registration, CountryCode.of(country), city, postcode).oid();
    }

    /** The submitted application, once in its agency's inbox, confirmed eligible by the officer: assessable. */
    public Assessable eligible(SubmissionSummary submission, SignedInUser officer) {
        InboxEntries inbox = beans.getBean(InboxEntries.class);
        AssessableApplications assessable = beans.getBean(AssessableApplications.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox.find(submission.applicationId()).isPresent());
        beans.getBean(FormalChecks.class).record(submission.applicationId(),
                new FormalCheckDecision(true, null, List.of()), officer);
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> assessable.byId(submission.applicationId()), Optional::isPresent).orElseThrow();
    }

    private Draft draft(SignedInUser applicant, String oid, String title, UnaryOperator<String> change) {
        String document = change.apply(AssessmentFixtures.greenSkills2019(title)
                .replace("\"callYear\": 2019", "\"callYear\": " + CALL_YEAR)
                .replace("E10000001", oid));
        clock.setBrussels(DEADLINE.minusDays(10));
        try {
            return new Draft(drafting.start(applicant.id(), document, round().id()).id(), applicant, Oid.of(oid));
        } finally {
            clock.reset();
        }
    }

    /** The applicant submits the draft, ten days before the deadline. */
    public SubmissionSummary submit(Draft draft) {
        clock.setBrussels(DEADLINE.minusDays(10));
        try {
            return desk.submit(draft.id(), OptionalLong.empty(), UUID.randomUUID().toString(), draft.applicant());
        } catch (ApplicationNotEligible ineligible) {
            throw new AssertionError("Not eligible: " + ineligible.report().findings(), ineligible);
        } finally {
            clock.reset();
        }
    }

    /** A new applicant's application, submitted. */
    public SubmissionSummary submitted(String title) {
        return submit(draft(title));
    }

    /** A draft, the applicant who started it and the organisation they applied for. */
    public record Draft(ApplicationId id, SignedInUser applicant, Oid applicantOid) {
    }
}

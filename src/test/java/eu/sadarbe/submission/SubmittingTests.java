package eu.sadarbe.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.applications.OwnApplicant;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.organisations.domain.OrganisationRegistration;

/**
 * Submitting: exactly once per idempotency key, frozen with its digest, numbered per agency, seen by the right people.
 * <p>
 * A module test of submission with its pages and the security chain of accounts, and the drafting module (with
 * places) for the draft's pages: the context of {@link DeclarationOfHonourTests}. The applicant is an
 * {@link OwnApplicant} of the test's own, as is the applicant who does not act for it; the officers of LV01 and LV02
 * are the test's own; the rounds are {@link SubmissionFixtures}'. That fifty parallel requests with one key leave one
 * submission is {@link SubmissionDeskTests}', on the whole application.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"drafting", "places"})
@Import(SubmissionTest.Configuration.class)
@AutoConfigureMockMvc
class SubmittingTests {

    static final LocalDateTime DEADLINE = LocalDateTime.of(2020, 12, 1, 12, 0);
    static final LocalDateTime BEFORE = LocalDateTime.of(2020, 6, 1, 10, 0);

    @Autowired
    SubmissionDesk desk;

    @Autowired
    SettableClock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CallRounds rounds;

    @Autowired
    DraftDesk drafting;

    @Autowired
    AccountRegister accounts;

    @Autowired
    OrganisationRegistration registration;

    SubmissionFixtures fixtures;

    CallRoundSummary round;

    OwnApplicant applicant;

    SignedInUser anna;

    SignedInUser peteris;

    SignedInUser ilze;

    SignedInUser janis;

    @BeforeEach
    void fixtures() {
        fixtures = new SubmissionFixtures(rounds, drafting, accounts, clock);
        round = fixtures.round(8, DEADLINE);
        applicant = OwnApplicant.register(accounts, registration);
        anna = applicant.signedIn();
        peteris = OwnApplicant.register(accounts, registration).signedIn();
        ilze = officer("Ilze Referente", "LV01");
        janis = officer("Jānis Referents", "LV02");
    }

    SignedInUser officer(String name, String agency) {
        return ModuleTestData.signedIn(accounts.open("officer-" + UUID.randomUUID() + "@example.lv", name,
                "dzeltena laiva kalnā zied", Set.of(Role.NA_OFFICER), agency));
    }

    /** The applicant's eligible green-skills draft in the round, started while the clock shows {@code brusselsNow}. */
    ApplicationSummary draft(CallRoundSummary round, LocalDateTime brusselsNow, String title) {
        clock.setBrussels(brusselsNow);
        return drafting.start(anna.id(), applicant.document(title), round.id());
    }

    ApplicationSummary draft(CallRoundSummary round, LocalDateTime brusselsNow) {
        return draft(round, brusselsNow, "Green skills for apprentices");
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Nested
    @DisplayName("Idempotency")
    class Idempotency {

        @Test
        void answersARetryWithTheSameKeyWithTheSameSubmission() throws Exception {
            ApplicationSummary draft = draft(round, BEFORE);
            String key = UUID.randomUUID().toString();
            String first = mvc.perform(post("/api/v1/applications/{id}/submissions", draft.id())
                            .header("Idempotency-Key", key).with(user(anna)))
                    .andExpect(status().isCreated())
                    .andExpect(header().exists("Location"))
                    .andExpect(jsonPath("$.applicationNumber").value(matchesPattern("2020-8-LV01-KA202-\\d{6}")))
                    .andExpect(jsonPath("$.nationalAgency").value("LV01"))
                    .andExpect(jsonPath("$.submittedAt").value(matchesPattern("2020-06-01T10:00:00\\+02:00")))
                    .andReturn().getResponse().getContentAsString();
            String retry = mvc.perform(post("/api/v1/applications/{id}/submissions", draft.id())
                            .header("Idempotency-Key", key).with(user(anna)))
                    .andExpect(status().isCreated())
                    .andReturn().getResponse().getContentAsString();
            assertThat(retry).isEqualTo(first);
        }

        @Test
        void refusesASubmissionWithoutAnIdempotencyKey() throws Exception {
            ApplicationSummary draft = draft(round, BEFORE);
            mvc.perform(post("/api/v1/applications/{id}/submissions", draft.id())
                            .with(user(anna)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").exists());
        }
    }

    @Nested
    @DisplayName("R-SUB-01")
    class Submitting {

        @Test
        void keepsEverySubmissionWithItsDigestAndTheSameNumberAndTheLastOneCounts() throws Exception {
            ApplicationSummary draft = draft(round, BEFORE);
            SubmissionSummary first = desk.submit(draft.id(), OptionalLong.empty(), "first", anna);
            clock.setBrussels(BEFORE.plusHours(1));
            SubmissionSummary second = desk.submit(draft.id(), OptionalLong.empty(), "second", anna);

            assertThat(second.id()).isNotEqualTo(first.id());
            assertThat(second.applicationNumber()).isEqualTo(first.applicationNumber());
            assertThat(desk.submissions(draft.id(), anna)).extracting(SubmissionSummary::id)
                    .containsExactly(first.id(), second.id());
            String frozen = jdbc.sql("SELECT canonical_json FROM submission WHERE id = ?").param(first.id())
                    .query(String.class).single();
            assertThat(first.sha256()).isEqualTo(HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(frozen.getBytes(StandardCharsets.UTF_8))));
            assertThat(frozen).contains("\"Green skills for apprentices\"").doesNotContain("\n");
        }

        @Test
        void numbersApplicationsOneAfterTheOtherPerNationalAgency() {
            SubmissionSummary one = desk.submit(draft(round, BEFORE).id(), OptionalLong.empty(), "n1", anna);
            SubmissionSummary two = desk.submit(draft(round, BEFORE).id(), OptionalLong.empty(), "n2", anna);

            int first = Integer.parseInt(one.applicationNumber().substring(one.applicationNumber().length() - 6));
            assertThat(two.applicationNumber()).isEqualTo("2020-8-LV01-KA202-%06d".formatted(first + 1));
        }

        @Test
        void refusesAnIneligibleApplicationWith422AndItsFindings() throws Exception {
            clock.setBrussels(BEFORE);
            ApplicationSummary draft = drafting.start(anna.id(),
                    applicant.document("Too long").replace("\"durationMonths\": 24", "\"durationMonths\": 40"),
                    round.id());

            mvc.perform(post("/api/v1/applications/{id}/submissions", draft.id()).header("Idempotency-Key", "x")
                            .with(user(anna)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.findings[?(@.severity == 'ERROR')].rule").isNotEmpty());
            assertThat(desk.submissions(draft.id(), anna)).isEmpty();
        }
    }

    @Nested
    @DisplayName("Access")
    class Access {

        @Test
        void refusesASubmissionBySomeoneWhoDoesNotActForTheApplicant() throws Exception {
            ApplicationSummary draft = draft(round, BEFORE);
            mvc.perform(post("/api/v1/applications/{id}/submissions", draft.id()).header("Idempotency-Key", "p")
                            .with(user(peteris)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/applications/{id}/submissions", draft.id()).header("Idempotency-Key", "i")
                            .with(user(ilze)))
                    .andExpect(status().isForbidden());
        }

        @Test
        void showsSubmissionsToTheOfficersOfTheRoutedAgencyOnly() throws Exception {
            ApplicationSummary draft = draft(round, BEFORE);
            SubmissionSummary submission = desk.submit(draft.id(), OptionalLong.empty(), "a",
                    anna);

            mvc.perform(get("/api/v1/applications/{id}/submissions", draft.id())
                            .with(user(ilze)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)))
                    .andExpect(jsonPath("$[0].sha256").value(submission.sha256()));
            mvc.perform(get("/api/v1/applications/{id}/submissions", draft.id())
                            .with(user(janis)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/applications/{id}/submissions/{s}/pdf", draft.id(), submission.id())
                            .with(user(janis)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/applications/{id}/submissions", draft.id())
                            .with(user(peteris)))
                    .andExpect(status().isForbidden());
        }

        @Test
        void officersOfTheRoutedAgencySeeNoDraftBeforeItIsSubmitted() throws Exception {
            ApplicationSummary draft = draft(round, BEFORE, "Not yet submitted");

            mvc.perform(get("/applications/{id}/submit", draft.id()).with(user(ilze)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/applications/{id}/submissions", draft.id()).with(user(ilze)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/applications/{id}", draft.id()).with(user(ilze)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/applications/{id}", draft.id()).with(user(ilze)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/applications/{id}/extension", draft.id()).with(user(ilze)))
                    .andExpect(status().isOk());

            desk.submit(draft.id(), OptionalLong.empty(), "seen", anna);
            mvc.perform(get("/applications/{id}/submit", draft.id()).with(user(ilze)))
                    .andExpect(status().isOk());
        }

        @Test
        void answersAnUnknownApplicationWith404() throws Exception {
            mvc.perform(get("/api/v1/applications/{id}/submissions", UUID.randomUUID())
                            .with(user(anna)))
                    .andExpect(status().isNotFound());
        }
    }

    @Nested
    @DisplayName("R-SUB-02")
    class LateSubmission {

        @Test
        void letsTheAgencysOfficerGrantAnIndividualExtensionThatOpensSubmissionForThatApplicationOnly() {
            ApplicationSummary late = draft(round, BEFORE);
            ApplicationSummary other = draft(round, BEFORE);
            LocalDateTime extended = DEADLINE.plusDays(7);

            clock.setBrussels(DEADLINE.plusDays(1));
            IndividualExtension extension = desk.grantExtension(late.id(), extended, "Server outage at the school",
                    ilze);

            assertThat(extension.nationalAgencyCode()).isEqualTo("LV01");
            assertThat(desk.submit(late.id(), OptionalLong.empty(), "late", anna)
                    .applicationNumber()).startsWith("2020-8-LV01-");
            assertThatThrownBy(() -> desk.submit(other.id(), OptionalLong.empty(), "other",
                    anna)).isInstanceOf(DeadlinePassed.class);
            assertThat(desk.extensions(late.id(), anna))
                    .singleElement().satisfies(shown -> {
                        assertThat(shown.reason()).isEqualTo("Server outage at the school");
                        assertThat(shown.grantedBy()).isEqualTo(ilze.email());
                    });

            clock.setBrussels(extended.plusSeconds(1));
            assertThatThrownBy(() -> desk.submit(late.id(), OptionalLong.empty(), "too late",
                    anna)).isInstanceOf(DeadlinePassed.class);
        }

        /** Issue 21: a ranking's deadlines read at once are each application's own, the extension included. */
        @Test
        void readsTheDeadlinesOfManyApplicationsAtOnceAsOneByOne() {
            ApplicationSummary onTime = draft(round, BEFORE);
            ApplicationSummary late = draft(round, BEFORE);
            ApplicationSummary unsubmitted = draft(round, BEFORE);
            desk.submit(onTime.id(), OptionalLong.empty(), "on time", anna);
            clock.setBrussels(DEADLINE.plusDays(1));
            desk.grantExtension(late.id(), DEADLINE.plusDays(5), "Flooded school",
                    ilze);
            desk.submit(late.id(), OptionalLong.empty(), "late", anna);

            List<Deadline> deadlines = desk.deadlinesOf(List.of(onTime.id(), late.id(), unsubmitted.id(),
                    new ApplicationId(UUID.randomUUID())));

            assertThat(deadlines).containsExactlyInAnyOrder(desk.deadlineOf(onTime.id()), desk.deadlineOf(late.id()));
            assertThat(deadlines).filteredOn(Deadline::individuallyExtended).singleElement()
                    .satisfies(extended -> assertThat(extended.moment().toLocalDateTime())
                            .isEqualTo(DEADLINE.plusDays(5)));
            assertThat(desk.deadlinesOf(List.of())).isEmpty();
        }

        @Test
        void refusesAnExtensionFromAnOfficerOfAnotherAgency() throws Exception {
            ApplicationSummary draft = draft(round, BEFORE);
            assertThatThrownBy(() -> desk.grantExtension(draft.id(), DEADLINE.plusDays(3), "no",
                    janis)).isInstanceOf(NotAllowedToSubmit.class);
            mvc.perform(get("/applications/{id}/extension", draft.id())
                            .with(user(janis)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/applications/{id}/extension", draft.id())
                            .with(user(ilze)))
                    .andExpect(status().isOk());
        }
    }

    /**
     * R-SUB-01 as the API answers it, through the security chain. The deadline itself, on ordinary days and on the
     * days the clocks change, is {@link SubmissionDeadlineTests}'.
     */
    @Nested
    @DisplayName("R-SUB-01")
    class LateApiSubmission {

        @Test
        void answersALateApiSubmissionWith409TheDeadlineAndTheServerTimeInBrusselsTime() throws Exception {
            LocalDateTime deadline = LocalDateTime.of(2020, 3, 24, 12, 0);
            ApplicationSummary draft = draft(fixtures.round(5, deadline), deadline.minusDays(1));

            clock.setBrussels(deadline.plusSeconds(1));

            mvc.perform(post("/api/v1/applications/{id}/submissions", draft.id())
                            .header("Idempotency-Key", UUID.randomUUID().toString()).header("Accept-Language", "lv")
                            .with(user(anna)))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.deadline").value(startsWith("2020-03-24T12:00")))
                    .andExpect(jsonPath("$.serverTime").value(startsWith("2020-03-24T12:00:01")))
                    .andExpect(jsonPath("$.detail").value(containsString("24.03.2020 12:00:00 pēc Briseles laika")))
                    .andExpect(jsonPath("$.detail").value(containsString("24.03.2020 12:00:01 pēc Briseles laika")));
        }
    }
}

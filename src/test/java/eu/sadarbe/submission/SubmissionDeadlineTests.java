package eu.sadarbe.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.OwnApplicant;
import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.organisations.domain.OrganisationRegistration;

/**
 * R-SUB-01 on the server's clock in Brussels time: 11:59:59 on the deadline day is in time, 12:00:01 is late, on
 * ordinary days and on the days the clocks change. The clock is a {@link SettableClock} the test sets.
 * <p>
 * A module test of submission (issue #14, item 8) in the context of {@link SubmissionModuleTests}: the modules it
 * depends on directly or through them, no demo data, the settable clock and mail server of {@link SubmissionTest}.
 * Anna is an {@link OwnApplicant} of the test's own, a Latvian VET provider as her school is; the rounds are
 * {@link SubmissionFixtures}'. How the API answers a late submission, through the security chain, is in
 * {@link SubmittingTests}.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(SubmissionTest.Configuration.class)
@AutoConfigureMockMvc
class SubmissionDeadlineTests {

    @Autowired
    SubmissionDesk desk;

    @Autowired
    SettableClock clock;

    @Autowired
    CallRounds rounds;

    @Autowired
    DraftDesk drafting;

    @Autowired
    AccountRegister accounts;

    @Autowired
    OrganisationRegistration registration;

    SubmissionFixtures fixtures;

    /** Anna's place: acts for a Latvian VET provider, so her KA202 applications go to LV01. */
    OwnApplicant anna;

    @BeforeEach
    void fixtures() {
        fixtures = new SubmissionFixtures(rounds, drafting, accounts, clock);
        anna = OwnApplicant.register(accounts, registration);
    }

    /** Anna's eligible green-skills draft in the round, started while the clock shows {@code brusselsNow}. */
    ApplicationSummary draft(CallRoundSummary round, LocalDateTime brusselsNow) {
        clock.setBrussels(brusselsNow);
        return drafting.start(anna.account().id(), anna.document("Green skills for apprentices"), round.id());
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** Round number, deadline (Brussels) and the offset Brussels has then. */
    static Stream<Arguments> deadlines() {
        return Stream.of(
                Arguments.of(5, LocalDateTime.of(2020, 3, 24, 12, 0), "+01:00"),    // winter time
                Arguments.of(6, LocalDateTime.of(2020, 3, 29, 12, 0), "+02:00"),    // clocks went forward at 02:00
                Arguments.of(7, LocalDateTime.of(2020, 10, 25, 12, 0), "+01:00"));  // clocks went back at 03:00
    }

    @Nested
    @DisplayName("R-SUB-01")
    class Deadline {

        @ParameterizedTest(name = "deadline {1}")
        @MethodSource("eu.sadarbe.submission.SubmissionDeadlineTests#deadlines")
        void acceptsASubmissionAt115959OnTheDeadlineDay(int roundNumber, LocalDateTime deadline, String offset) {
            CallRoundSummary round = fixtures.round(roundNumber, deadline);
            ApplicationSummary draft = draft(round, deadline.minusDays(2));

            clock.setBrussels(deadline.minusSeconds(1));
            SubmissionSummary submission = desk.submit(draft.id(), OptionalLong.empty(), key(), anna.signedIn());

            assertThat(submission.submittedAtBrussels().toOffsetDateTime())
                    .hasToString(deadline.toLocalDate() + "T11:59:59" + offset);
        }

        @ParameterizedTest(name = "deadline {1}")
        @MethodSource("eu.sadarbe.submission.SubmissionDeadlineTests#deadlines")
        void refusesASubmissionAt120001WithTheDeadlineAndTheServerTime(int roundNumber, LocalDateTime deadline,
                                                                      String offset) {
            CallRoundSummary round = fixtures.round(roundNumber, deadline);
            ApplicationSummary draft = draft(round, deadline.minusDays(2));

            clock.setBrussels(deadline.plusSeconds(1));

            assertThatThrownBy(() -> desk.submit(draft.id(), OptionalLong.empty(), key(), anna.signedIn()))
                    .isInstanceOfSatisfying(DeadlinePassed.class, late -> {
                        assertThat(late.deadline().toOffsetDateTime()).hasToString(deadline + offset);
                        assertThat(late.serverTime().toOffsetDateTime())
                                .hasToString(deadline.toLocalDate() + "T12:00:01" + offset);
                    });
            assertThat(desk.submissions(draft.id(), anna.signedIn())).isEmpty();
        }

        @Test
        void refusesAtNoonByTheDeadlineDaysOwnOffsetNotByWinterTime() {
            LocalDateTime deadline = LocalDateTime.of(2020, 3, 29, 12, 0);
            ApplicationSummary draft = draft(fixtures.round(6, deadline), deadline.minusDays(1));

            clock.set(Instant.parse("2020-03-29T10:00:00Z"));   // 12:00 CEST: closed, though 11:00 in winter time

            assertThatThrownBy(() -> desk.submit(draft.id(), OptionalLong.empty(), key(), anna.signedIn()))
                    .isInstanceOf(DeadlinePassed.class);
        }

        @Test
        void acceptsAfterTheClocksWentBackUntilNoonInWinterTime() {
            LocalDateTime deadline = LocalDateTime.of(2020, 10, 25, 12, 0);
            ApplicationSummary draft = draft(fixtures.round(7, deadline), deadline.minusDays(1));

            clock.set(Instant.parse("2020-10-25T10:30:00Z"));   // 11:30 CET: open, though 12:30 in summer time

            assertThat(desk.submit(draft.id(), OptionalLong.empty(), key(), anna.signedIn())
                    .applicationNumber()).startsWith("2020-7-LV01-KA202-");
        }
    }

    static String key() {
        return UUID.randomUUID().toString();
    }
}

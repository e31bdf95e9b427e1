package eu.sadarbe.selection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.selection.ApplicationPlacedOnReserve;
import eu.sadarbe.selection.ApplicationRejected;
import eu.sadarbe.selection.ApplicationSelected;
import eu.sadarbe.selection.RankingKey;

/** The decision's verbs and the transitions they allow and refuse (R-AWD-05), without Spring. */
class DecisionTests {

    static final RankingKey KEY = new RankingKey("LV01", 2020, 1, "KA202");
    static final Decision.Officer ILZE = new Decision.Officer(UUID.randomUUID(), "ilze.ozola@demo.sadarbe.eu",
            Instant.parse("2020-07-01T10:00:00Z"));
    static final Decision.Officer LATER = new Decision.Officer(ILZE.id(), ILZE.email(),
            Instant.parse("2020-07-02T10:00:00Z"));

    final Candidate passing = candidate(true);
    final Candidate failing = candidate(false);

    @Nested
    @DisplayName("R-AWD-05 the ranking's decisions")
    class Ranking {

        @Test
        void selectingAnUndecidedApplicationDecidesItAndRegistersApplicationSelected() {
            Decision decision = Decision.undecided(passing.applicationId());
            assertThat(decision.taken()).isFalse();

            assertThat(decision.select(passing, new BigDecimal("55000"), ILZE)).isTrue();

            assertThat(decision.outcome()).isEqualTo(Outcome.SELECTED);
            assertThat(decision.granted()).isEqualByComparingTo("55000");
            assertThat(decision.overridden()).isFalse();
            assertThat(decision.decidedByEmail()).isEqualTo(ILZE.email());
            assertThat(decision.takeEvents()).singleElement().isInstanceOfSatisfying(ApplicationSelected.class,
                    selected -> {
                        assertThat(selected.grantedAmount()).isEqualByComparingTo("55000");
                        assertThat(selected.applicationNumber()).isEqualTo(passing.applicationNumber());
                        assertThat(selected.ranking()).isEqualTo(KEY);
                    });
            assertThat(decision.takeEvents()).as("events are handed out once").isEmpty();
        }

        @Test
        void theSameDecisionAgainChangesNothingAndRegistersNothing() {
            Decision decision = Decision.undecided(passing.applicationId());
            decision.select(passing, new BigDecimal("55000"), ILZE);
            decision.takeEvents();

            assertThat(decision.select(passing, new BigDecimal("55000.00"), LATER)).isFalse();

            assertThat(decision.decidedAt()).isEqualTo(ILZE.at());
            assertThat(decision.takeEvents()).isEmpty();
        }

        @Test
        void reserveAndRejectRegisterTheirEvents() {
            Decision decision = Decision.undecided(passing.applicationId());
            assertThat(decision.reserve(passing, 2, ILZE)).isTrue();
            assertThat(decision.takeEvents()).singleElement().isInstanceOfSatisfying(
                    ApplicationPlacedOnReserve.class, reserve -> assertThat(reserve.reservePosition()).isEqualTo(2));

            assertThat(decision.reject(passing, "R-AWD-02", LATER)).isTrue();
            assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(decision.granted()).isNull();
            assertThat(decision.takeEvents()).singleElement().isInstanceOfSatisfying(ApplicationRejected.class,
                    rejected -> assertThat(rejected.reason()).isEqualTo("R-AWD-02"));
        }

        @Test
        void theRankingKeepsAnOfficersOverride() {
            Decision decision = Decision.undecided(passing.applicationId());
            decision.overrideReject(passing, "Double funding", ILZE);
            decision.takeEvents();

            assertThat(decision.select(passing, new BigDecimal("60000"), LATER)).isFalse();

            assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(decision.takeEvents()).isEmpty();
        }

        @Test
        void refusesTheCandidateOfAnotherApplication() {
            Decision decision = Decision.undecided(ApplicationId.random());
            assertThatThrownBy(() -> decision.select(passing, new BigDecimal("1000"), ILZE))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    @DisplayName("R-AWD-05 the officer's override")
    class Override {

        @Test
        void needsAReason() {
            Decision decision = Decision.undecided(passing.applicationId());
            assertThatThrownBy(() -> decision.overrideReject(passing, "  ", ILZE))
                    .isInstanceOfSatisfying(ChangeRefused.class, refused -> assertThat(refused.messageKey())
                            .isEqualTo("selection.problem.overrideReasonRequired"));
            assertThat(decision.taken()).isFalse();
        }

        @Test
        void selectsOrReservesOnlyAPassingApplication() {
            Decision decision = Decision.undecided(failing.applicationId());
            assertThatThrownBy(() -> decision.overrideSelect(failing, null, "Strategic", ILZE))
                    .isInstanceOfSatisfying(ChangeRefused.class, refused -> assertThat(refused.messageKey())
                            .isEqualTo("selection.problem.notPassing"));
            assertThatThrownBy(() -> decision.overrideReserve(failing, 1, "Strategic", ILZE))
                    .isInstanceOf(ChangeRefused.class);
            assertThat(decision.overrideReject(failing, "Below the pass marks", ILZE)).isTrue();
        }

        @Test
        void selectsForTheRankingsGrantUnlessGivenOneNeverAboveTheRequestedGrant() {
            Decision decision = Decision.undecided(passing.applicationId());
            assertThatThrownBy(() -> decision.overrideSelect(passing, new BigDecimal("60000.01"), "Why", ILZE))
                    .isInstanceOfSatisfying(ChangeRefused.class, refused -> assertThat(refused.messageKey())
                            .isEqualTo("selection.problem.grantAmount"));
            assertThatThrownBy(() -> decision.overrideSelect(passing, BigDecimal.ZERO, "Why", ILZE))
                    .isInstanceOf(ChangeRefused.class);

            assertThat(decision.overrideSelect(passing, null, " Strategic priority ", ILZE)).isTrue();

            assertThat(decision.granted()).isEqualByComparingTo("55000");
            assertThat(decision.overridden()).isTrue();
            assertThat(decision.reason()).isEqualTo("Strategic priority");
        }
    }

    @Nested
    @DisplayName("The decision letter")
    class Letter {

        @Test
        void isIssuedOnceInTheChosenLanguageAndMakesTheDecisionFinal() {
            Decision decision = Decision.undecided(passing.applicationId());
            decision.select(passing, new BigDecimal("55000"), ILZE);
            decision.chooseLetterLanguage(passing, "en");
            decision.takeEvents();
            LetterReference reference = new LetterReference("LV01", 2020, 7);

            assertThat(decision.issueLetter(reference, "lv", "Ilze Ozola", LATER.at())).isTrue();

            assertThat(decision.locked()).isTrue();
            assertThat(decision.letterLanguage()).contains("en");
            assertThat(decision.letterReference()).isEqualTo("LV01/2020/L-00007");
            assertThat(decision.letterSequence()).isEqualTo(7);
            assertThat(decision.takeEvents()).containsExactly(new DecisionLetterIssued(passing.applicationId(), "en"));
            assertThat(decision.issueLetter(reference.next(), "lv", "Ilze Ozola", LATER.at())).isFalse();
            assertThat(decision.letterReference()).isEqualTo("LV01/2020/L-00007");
        }

        @Test
        void afterTheLetterNothingChangesTheDecision() {
            Decision decision = Decision.undecided(passing.applicationId());
            decision.select(passing, new BigDecimal("55000"), ILZE);
            decision.issueLetter(new LetterReference("LV01", 2020, 1), "lv", "Ilze Ozola", LATER.at());
            decision.takeEvents();

            assertThat(decision.reject(passing, null, LATER)).isFalse();
            assertThatThrownBy(() -> decision.overrideReject(passing, "Changed our mind", LATER))
                    .isInstanceOf(DecisionFinal.class);
            assertThatThrownBy(() -> decision.chooseLetterLanguage(passing, "en"))
                    .isInstanceOf(DecisionFinal.class);
            assertThat(decision.outcome()).isEqualTo(Outcome.SELECTED);
            assertThat(decision.takeEvents()).isEmpty();
        }

        @Test
        void needsADecisionAndEnglishOrLatvian() {
            Decision decision = Decision.undecided(passing.applicationId());
            assertThatThrownBy(() -> decision.chooseLetterLanguage(passing, "en"))
                    .isInstanceOfSatisfying(ChangeRefused.class, refused -> assertThat(refused.messageKey())
                            .isEqualTo("letters.problem.noDecision"));
            decision.reserve(passing, 1, ILZE);
            assertThatThrownBy(() -> decision.chooseLetterLanguage(passing, "de"))
                    .isInstanceOfSatisfying(ChangeRefused.class, refused -> assertThat(refused.messageKey())
                            .isEqualTo("letters.problem.language"));
        }

        @Test
        void isMadeAndMailedOnlyOnceIssued() {
            Decision decision = Decision.undecided(passing.applicationId());
            decision.select(passing, new BigDecimal("55000"), ILZE);
            assertThatThrownBy(() -> decision.letterMailed(LATER.at())).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> decision.letterMade(new byte[] {1})).isInstanceOf(IllegalStateException.class);

            decision.issueLetter(new LetterReference("LV01", 2020, 1), "lv", "Ilze Ozola", LATER.at());
            decision.letterMailed(LATER.at());

            assertThat(decision.letterMailedAt()).isEqualTo(LATER.at());
        }
    }

    static Candidate candidate(boolean passes) {
        return new Candidate(ApplicationId.random(), UUID.randomUUID(), "2020-1-LV01-KA202-000042", KEY, true, null,
                List.of(), true, passes ? 80 : 50, 25, 20, passes, List.of(), new BigDecimal("60000"), null,
                new BigDecimal("55000"), null);
    }
}

package eu.sadarbe.selection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.assessment.CriterionScore;
import eu.sadarbe.selection.RankingKey;

/** The ranking within the budget envelope, without Spring. */
class RankingTests {

    static final RankingKey KEY = new RankingKey("LV01", 2020, 61, "KA202");

    @Nested
    @DisplayName("R-AWD-05")
    class RankByFinalScore {

        @Test
        void ranksByTotalThenRelevanceThenImpactThenApplicationNumber() {
            List<Candidate> candidates = List.of(
                    passing("A-004", 80, 25, 20, "1000"),
                    passing("A-003", 80, 25, 24, "1000"),
                    passing("A-002", 80, 27, 15, "1000"),
                    passing("A-001", 90, 20, 20, "1000"),
                    passing("A-006", 70, 20, 20, "1000"),
                    passing("A-005", 70, 20, 20, "1000"));

            Ranking ranking = Ranking.of(KEY, candidates, new BigDecimal("100000"), 10);

            assertThat(ranking.ranked()).extracting(row -> row.candidate().applicationNumber())
                    .containsExactly("A-001", "A-002", "A-003", "A-004", "A-005", "A-006");
            assertThat(ranking.ranked()).extracting(RankedApplication::rank).containsExactly(1, 2, 3, 4, 5, 6);
        }

        @Test
        void fundsASumExactlyEqualToTheEnvelopeButNotOneCentMore() {
            List<Candidate> candidates = List.of(passing("A-001", 90, 25, 25, "60000.00"),
                    passing("A-002", 80, 25, 25, "40000.00"), passing("A-003", 70, 25, 25, "10000.00"));

            Ranking exact = Ranking.of(KEY, candidates, new BigDecimal("100000.00"), 10);
            Ranking oneCentShort = Ranking.of(KEY, candidates, new BigDecimal("99999.99"), 10);

            assertThat(exact.cutOffRank()).isEqualTo(2);
            assertThat(exact.fundedTotal()).isEqualByComparingTo("100000.00");
            assertThat(exact.remaining()).isEqualByComparingTo("0");
            assertThat(oneCentShort.cutOffRank()).isEqualTo(1);
            assertThat(oneCentShort.ranked().get(1).placement()).isEqualTo(Placement.RESERVE);
        }

        @Test
        void stopsAtTheFirstApplicationThatDoesNotFitEvenWhenASmallerOneBelowWould() {
            List<Candidate> candidates = List.of(passing("A-001", 90, 25, 25, "60000"),
                    passing("A-002", 80, 25, 25, "50000"), passing("A-003", 70, 25, 25, "10000"));

            Ranking ranking = Ranking.of(KEY, candidates, new BigDecimal("100000"), 10);

            assertThat(ranking.ranked()).extracting(RankedApplication::placement)
                    .containsExactly(Placement.FUNDED, Placement.RESERVE, Placement.RESERVE);
            assertThat(ranking.ranked()).extracting(RankedApplication::cumulativeGrant)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("60000"), new BigDecimal("110000"), new BigDecimal("120000"));
        }

        @Test
        void keepsTheNextApplicationsBelowTheCutOffOnAReserveListOfTheChosenSize() {
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                candidates.add(passing("A-00" + i, 90 - i, 25, 25, "10000"));
            }

            Ranking ranking = Ranking.of(KEY, candidates, new BigDecimal("20000"), 3);

            assertThat(ranking.funded()).hasSize(2);
            assertThat(ranking.reserve()).extracting(RankedApplication::reservePosition).containsExactly(1, 2, 3);
            assertThat(ranking.reserve()).extracting(row -> row.candidate().applicationNumber())
                    .containsExactly("A-003", "A-004", "A-005");
            assertThat(ranking.ranked().get(5).placement()).isEqualTo(Placement.NOT_FUNDED);
        }

        @Test
        void aReducedGrantMovesTheCutOffDown() {
            Candidate first = passing("A-001", 90, 25, 25, "60000");
            Candidate second = passing("A-002", 80, 25, 25, "50000");
            Candidate reduced = new Candidate(second.applicationId(), second.submissionId(), "A-002", KEY, true, null,
                    List.of(), true, 80, 25, 25, true, List.of(), new BigDecimal("50000"), new BigDecimal("40000"),
                    new BigDecimal("40000"), null);

            assertThat(Ranking.of(KEY, List.of(first, second), new BigDecimal("100000"), 10).cutOffRank()).isEqualTo(1);
            assertThat(Ranking.of(KEY, List.of(first, reduced), new BigDecimal("100000"), 10).cutOffRank())
                    .isEqualTo(2);
        }
    }

    @Test
    @DisplayName("R-AWD-02: failing and formally ineligible applications are listed apart, never ranked")
    void listsFailingAndIneligibleApplicationsApart() {
        Candidate failing = new Candidate(new ApplicationId(UUID.randomUUID()), UUID.randomUUID(), "A-009", KEY, true,
                null, List.of(), true, 55, 20, 10, false, List.of(), BigDecimal.TEN, null, BigDecimal.TEN, null);
        Candidate ineligible = new Candidate(new ApplicationId(UUID.randomUUID()), UUID.randomUUID(), "A-008", KEY,
                false, "Too few partners", List.of("R-ELIG-02"), false, 0, 0, 0, false, List.of(), BigDecimal.ZERO,
                null, BigDecimal.ZERO, null);

        Ranking ranking = Ranking.of(KEY, List.of(failing, ineligible, passing("A-001", 70, 20, 20, "5")),
                new BigDecimal("10"), 10);

        assertThat(ranking.ranked()).hasSize(1);
        assertThat(ranking.failing()).containsExactly(failing);
        assertThat(ranking.ineligible()).containsExactly(ineligible);
    }

    static Candidate passing(String number, int total, int relevance, int impact, String grant) {
        return new Candidate(new ApplicationId(UUID.randomUUID()), UUID.randomUUID(), number, KEY, true, null,
                List.of(), true, total, relevance, impact, true,
                List.of(new CriterionScore("relevance", relevance, 30, List.of())), new BigDecimal(grant), null,
                new BigDecimal(grant), null);
    }
}

package eu.sadarbe.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The consolidated assessment comment proposed to the officer (issue 17). */
class CommentProposalTests {

    static ScoreSheet sheet(Scores scores, String relevance, String impact) {
        return new ScoreSheet(UUID.randomUUID(), scores.relevance(), scores.design(), scores.team(), scores.impact(),
                relevance, "", "", impact, null, "", null, null);
    }

    @Nested
    @DisplayName("R-AWD-03")
    class OutlierLeftOut {

        @Test
        void proposesOnlyTheCommentsOfTheTwoAssessmentsTheScoreCounts() {
            List<Scores> scores = List.of(new Scores(27, 18, 18, 27), new Scores(18, 12, 12, 18),
                    new Scores(25, 17, 16, 22));
            List<ScoreSheet> sheets = List.of(sheet(scores.get(0), "Needs well analysed.", "Wide reach."),
                    sheet(scores.get(1), "Needs copied from elsewhere.", "No plan at all."),
                    sheet(scores.get(2), "Clear link to the priorities.", "Wide reach."));
            List<ScoreSheet> counted = AwardRules.counted(scores).stream().map(sheets::get).toList();

            String proposal = CommentProposal.of(counted, criterion -> criterion.key().toUpperCase());

            assertThat(proposal).isEqualTo("""
                    RELEVANCE: Needs well analysed. Clear link to the priorities.

                    IMPACT: Wide reach.""");
            assertThat(proposal).as("the outlier's comments").doesNotContain("copied", "No plan");
        }
    }

    @Test
    void leavesOutBlankCommentsAndCriteriaWithoutAny() {
        String proposal = CommentProposal.of(List.of(sheet(new Scores(20, 15, 15, 20), "  ", ""),
                sheet(new Scores(22, 15, 15, 20), "", " Convincing dissemination. ")), criterion -> "Impact");

        assertThat(proposal).isEqualTo("Impact: Convincing dissemination.");
    }

    @Test
    void isEmptyWhenNoExpertCommented() {
        assertThat(CommentProposal.of(List.of(sheet(new Scores(20, 15, 15, 20), "", "")), Criterion::key)).isEmpty();
    }
}

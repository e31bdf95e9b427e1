package eu.sadarbe.assessment.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The consolidated assessment comment proposed to the officer (issue 17): per award criterion, the comments of the
 * experts whose assessments the final score counts. R-AWD-03: the comments of a third assessment left out as the
 * outlier are not proposed, so the applicant never reads a judgement the score does not rest on.
 */
public final class CommentProposal {

    private CommentProposal() {
    }

    /** One paragraph per criterion with comments, "Relevance: first. Second.", in the guide's order. */
    public static String of(List<ScoreSheet> counted, Function<Criterion, String> label) {
        List<String> paragraphs = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            List<String> comments = counted.stream().map(sheet -> sheet.comment(criterion))
                    .map(String::strip).filter(comment -> !comment.isEmpty()).distinct().toList();
            if (!comments.isEmpty()) {
                paragraphs.add(label.apply(criterion) + ": " + String.join(" ", comments));
            }
        }
        return String.join("\n\n", paragraphs);
    }

    /** The proposal for an application whose assessment can be consolidated: the counted sheets only. */
    static String of(AssessmentState state, Function<Criterion, String> label) {
        return of(counted(state), label);
    }

    static List<ScoreSheet> counted(AssessmentState state) {
        return state.counted().stream().map(index -> state.sheets().get(index).sheet()).toList();
    }
}

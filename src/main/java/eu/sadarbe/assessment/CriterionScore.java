package eu.sadarbe.assessment;

import java.util.List;

/**
 * The consolidated points of one award criterion (R-AWD-01) with its maximum and the counted experts' comments on
 * it, in the order the experts were assigned (R-AWD-03: an outlier's comments are left out). {@code criterion} is one of {@code relevance}, {@code design}, {@code team},
 * {@code impact}.
 */
public record CriterionScore(String criterion, int points, int maximum, List<String> comments) {

    public CriterionScore {
        comments = List.copyOf(comments);
    }
}

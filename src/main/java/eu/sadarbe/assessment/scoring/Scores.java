package eu.sadarbe.assessment.scoring;

import java.util.EnumMap;
import java.util.Map;

/** Whole points for each of the four award criteria (R-AWD-01). */
public record Scores(int relevance, int design, int team, int impact) {

    public int total() {
        return relevance + design + team + impact;
    }

    public int of(Criterion criterion) {
        return switch (criterion) {
            case RELEVANCE -> relevance;
            case DESIGN -> design;
            case TEAM -> team;
            case IMPACT -> impact;
        };
    }

    static Scores of(Map<Criterion, Integer> points) {
        return new Scores(points.get(Criterion.RELEVANCE), points.get(Criterion.DESIGN), points.get(Criterion.TEAM),
                points.get(Criterion.IMPACT));
    }

    Map<Criterion, Integer> asMap() {
        Map<Criterion, Integer> map = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            map.put(criterion, of(criterion));
        }
        return map;
    }

    @Override
    public String toString() {
        return relevance + "/" + design + "/" + team + "/" + impact + " = " + total();
    }
}

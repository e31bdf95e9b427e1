package eu.sadarbe.assessment.scoring;

import eu.sadarbe.calls.RuleFigure;

/** The four award criteria of Strategic Partnerships (R-AWD-01), in the guide's order, with their maximum's figure. */
public enum Criterion {
    RELEVANCE("relevance", RuleFigure.AWARD_RELEVANCE_MAXIMUM),
    DESIGN("design", RuleFigure.AWARD_DESIGN_MAXIMUM),
    TEAM("team", RuleFigure.AWARD_TEAM_MAXIMUM),
    IMPACT("impact", RuleFigure.AWARD_IMPACT_MAXIMUM);

    private final String key;
    private final RuleFigure maximum;

    Criterion(String key, RuleFigure maximum) {
        this.key = key;
        this.maximum = maximum;
    }

    /** The name used in events, JSON, forms and message keys ({@code scoring.criterion.<key>}). */
    public String key() {
        return key;
    }

    RuleFigure maximumFigure() {
        return maximum;
    }
}

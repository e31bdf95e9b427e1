package eu.sadarbe.reporting.domain;

/** The report's own words: how the project was implemented, its results, impact and dissemination. */
public record Narrative(String implementation, String results, String impact, String dissemination) {

    public static final Narrative EMPTY = new Narrative("", "", "", "");
}

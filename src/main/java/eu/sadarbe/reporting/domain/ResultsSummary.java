package eu.sadarbe.reporting.domain;

/**
 * The public summary of the project's results (R-REP-02): required in English, and in the project's language when
 * that is not English ({@code originalLanguage}, an ISO 639-1 code such as {@code lv}). Published on the results
 * platform; the balance is not paid without it.
 */
public record ResultsSummary(String english, String original, String originalLanguage) {

    public static ResultsSummary empty(String language) {
        return new ResultsSummary("", "", language);
    }

    public boolean isComplete() {
        return !english.isBlank() && ("en".equals(originalLanguage) || !original.isBlank());
    }
}

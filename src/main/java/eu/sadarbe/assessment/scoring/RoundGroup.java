package eu.sadarbe.assessment.scoring;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The applications of one call year, round and action type that an officer assesses together, written
 * {@code 2020/1/KA202} in forms. Spring binds it with {@link #of(String)}; anything else is a malformed request.
 */
public record RoundGroup(int callYear, int roundNumber, String actionType) {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})/(\\d)/(KA\\d{3})");

    public static RoundGroup of(String written) {
        Matcher parts = WRITTEN.matcher(written);
        if (!parts.matches()) {
            throw new IllegalArgumentException("Not a group of call year, round and action type: " + written);
        }
        return new RoundGroup(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)), parts.group(3));
    }

    @Override
    public String toString() {
        return callYear + "/" + roundNumber + "/" + actionType;
    }
}

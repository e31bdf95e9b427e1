package eu.sadarbe.selection.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.sadarbe.calls.CallYears;

/**
 * The register number of a decision letter (issue 17): the agency, the call year and a number counted per agency and
 * call year from 1, in the order the letters were issued: {@code LV01/2020/L-00042}. An administrative decision is
 * cited by it.
 */
public record LetterReference(String agencyCode, int callYear, int sequence) {

    private static final Pattern FORMAT = Pattern.compile("([A-Z]{2}\\d{2})/(\\d{4})/L-(\\d{5,})");

    public LetterReference {
        if (!agencyCode.matches("[A-Z]{2}\\d{2}") || callYear < CallYears.FIRST || sequence < 1) {
            throw new IllegalArgumentException("Not a letter reference: " + agencyCode + " " + callYear + " "
                    + sequence);
        }
    }

    public static LetterReference parse(String text) {
        Matcher matcher = FORMAT.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a letter reference: " + text);
        }
        return new LetterReference(matcher.group(1), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)));
    }

    /** The reference after this one. */
    public LetterReference next() {
        return new LetterReference(agencyCode, callYear, sequence + 1);
    }

    @Override
    public String toString() {
        return String.format("%s/%d/L-%05d", agencyCode, callYear, sequence);
    }
}

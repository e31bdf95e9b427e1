package eu.sadarbe.organisations;

import java.util.Locale;
import java.util.regex.Pattern;

/** The Organisation ID: {@code E} followed by 8 digits, issued by Sadarbe at registration and never reused. */
public record Oid(String value) {

    public static final Pattern FORMAT = Pattern.compile("E\\d{8}");

    public Oid {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("An Organisation ID is E followed by 8 digits");
        }
    }

    public static Oid of(String value) {
        return new Oid(value.trim().toUpperCase(Locale.ROOT));
    }

    public static boolean isOid(String text) {
        return FORMAT.matcher(text.trim().toUpperCase(Locale.ROOT)).matches();
    }

    public static Oid fromNumber(long number) {
        return new Oid("E" + String.format(Locale.ROOT, "%08d", number));
    }

    @Override
    public String toString() {
        return value;
    }
}

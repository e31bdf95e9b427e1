package eu.sadarbe.organisations.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Text as the duplicate guard and the partner search compare it: without case and diacritics, so that
 * {@code riga} finds {@code Rīga} and {@code ĢIMNĀZIJA} equals {@code gimnazija}.
 */
public final class SearchKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchKeys() {
    }

    public static String of(@Nullable String text) {
        if (text == null) {
            return "";
        }
        // Letters that Unicode does not decompose into a base letter and a mark
        String plain = text.replace("ł", "l").replace("Ł", "l").replace("ø", "o").replace("Ø", "o")
                .replace("đ", "d").replace("Đ", "d").replace("ß", "ss").replace("æ", "ae").replace("Æ", "ae")
                .replace("œ", "oe").replace("Œ", "oe").replace("ı", "i").replace("ħ", "h").replace("Ħ", "h");
        String decomposed = Normalizer.normalize(plain, Normalizer.Form.NFD);
        String withoutMarks = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** A registration number compared without spaces, dashes and dots. */
    public static String ofRegistrationNumber(String number) {
        return of(number).replaceAll("[\\s.\\-/]", "");
    }

    /** For SQL LIKE: the key with the wildcard characters escaped. */
    public static String likePattern(String key) {
        return "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}

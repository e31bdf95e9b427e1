package eu.sadarbe.results.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Text folded for search, in Java so that H2 and PostgreSQL search the same column the same way: lower case,
 * without diacritics ({@code Rīga} → {@code riga}, {@code ĢIMNĀZIJA} → {@code gimnazija}), every run of characters
 * other than letters and digits one space. PostgreSQL's {@code unaccent} would need an extension that a managed
 * database may refuse to create, and H2 has none.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {
    }

    public static String fold(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String plain = text.replace("ł", "l").replace("Ł", "l").replace("ø", "o").replace("Ø", "o")
                .replace("đ", "d").replace("Đ", "d").replace("ß", "ss").replace("æ", "ae").replace("Æ", "ae")
                .replace("œ", "oe").replace("Œ", "oe").replace("ı", "i").replace("ħ", "h").replace("Ħ", "h");
        String withoutMarks = MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("");
        return NON_WORD.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** The folded words of a query, at most ten, each of plain letters and digits. */
    public static List<String> words(@Nullable String query) {
        String folded = fold(query);
        return folded.isEmpty() ? List.of() : Arrays.stream(folded.split(" ")).limit(10).toList();
    }
}

package eu.sadarbe.places.domain;

import java.text.Normalizer;

/**
 * Place names compared as people type them: without case, diacritics or punctuation, so that {@code Rīga},
 * {@code Riga} and {@code riga} or {@code Frankfurt (Oder)} and {@code frankfurt-oder} are the same name.
 */
public final class PlaceNames {

    private PlaceNames() {
    }

    public static String fold(String name) {
        String decomposed = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        boolean spaceDue = false;
        for (int index = 0; index < decomposed.length(); index++) {
            char letter = decomposed.charAt(index);
            if (Character.isLetterOrDigit(letter)) {
                if (spaceDue && !folded.isEmpty()) {
                    folded.append(' ');
                }
                spaceDue = false;
                folded.append(plain(Character.toLowerCase(letter)));
            } else if (Character.isWhitespace(letter) || letter == '-' || letter == '/' || letter == '_'
                    || letter == '‐' || letter == '‑' || letter == '–' || letter == '—') {
                spaceDue = true;
            }
            // Marks (the diacritics split off above) and other punctuation are dropped.
        }
        return folded.toString();
    }

    // Letters that Unicode does not decompose into a base letter and a mark
    private static String plain(char letter) {
        return switch (letter) {
            case 'ł' -> "l";
            case 'ø' -> "o";
            case 'đ', 'ð' -> "d";
            case 'ı' -> "i";
            case 'ħ' -> "h";
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'þ' -> "th";
            default -> String.valueOf(letter);
        };
    }

    private static boolean isAscii(String text) {
        for (int index = 0; index < text.length(); index++) {
            if (text.charAt(index) > 127) {
                return false;
            }
        }
        return true;
    }
}

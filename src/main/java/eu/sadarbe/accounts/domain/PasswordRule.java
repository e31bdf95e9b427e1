package eu.sadarbe.accounts.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;

/**
 * What a new password must be (OWASP ASVS 2.1): at least 12 characters, at most 72 bytes (what the password hash
 * reads), and hard to guess by zxcvbn's estimate (score 3 of 4), which knows common passwords, names and words,
 * keyboard patterns and dates, and here also the person's own name and e-mail address.
 */
public final class PasswordRule {

    public static final int MINIMUM_LENGTH = 12;
    static final int MAXIMUM_BYTES = 72;
    private static final int MINIMUM_SCORE = 3;
    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private PasswordRule() {
    }

    /** What is wrong with this password for this person; empty when it may be used. */
    public static List<PasswordProblem> problems(String password, String displayName, String email) {
        if (password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            return List.of(PasswordProblem.TOO_SHORT);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
            return List.of(PasswordProblem.TOO_LONG);
        }
        Strength strength = ZXCVBN.measure(password, personalWords(displayName, email));
        List<PasswordProblem> problems = new ArrayList<>();
        if (strength.getSequence().stream().anyMatch(PasswordRule::isPersonal)) {
            problems.add(PasswordProblem.PERSONAL);
        }
        if (strength.getScore() < MINIMUM_SCORE) {
            problems.add(PasswordProblem.GUESSABLE);
        }
        return problems;
    }

    private static boolean isPersonal(Match match) {
        return "user_inputs".equals(match.dictionaryName) && match.tokenLength() >= 3;
    }

    /** The name, its parts, the address and its parts before and after the @, lower case. */
    private static List<String> personalWords(String displayName, String email) {
        List<String> words = new ArrayList<>();
        String name = displayName.trim().toLowerCase(Locale.ROOT);
        String address = email.trim().toLowerCase(Locale.ROOT);
        words.add(name);
        words.addAll(Arrays.asList(name.split("[\\s\\-']+")));
        words.add(address);
        words.addAll(Arrays.asList(address.split("[@.+_\\-]+")));
        return words.stream().filter(word -> word.length() >= 3).distinct().toList();
    }
}

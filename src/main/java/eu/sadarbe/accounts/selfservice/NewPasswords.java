package eu.sadarbe.accounts.selfservice;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.accounts.domain.PasswordProblem;
import eu.sadarbe.accounts.domain.PasswordRule;

/** Checks of what people type for a new account or password, the same on every page. */
final class NewPasswords {

    private NewPasswords() {
    }

    static List<Refused.Problem> check(@Nullable String password, String name, String email, String field) {
        List<Refused.Problem> problems = new ArrayList<>();
        String typed = password == null ? "" : password;
        for (PasswordProblem problem : PasswordRule.problems(typed, name, email)) {
            problems.add(new Refused.Problem(field, problem.messageKey()));
        }
        return problems;
    }

    static List<Refused.Problem> checkName(@Nullable String name, String field) {
        if (name == null || name.isBlank()) {
            return List.of(new Refused.Problem(field, "accounts.name.missing"));
        }
        if (name.strip().length() > 200) {
            return List.of(new Refused.Problem(field, "accounts.name.tooLong"));
        }
        return List.of();
    }

    /** A plausible address: one @, something either side, a dot in the domain, no spaces, at most 254 characters. */
    static boolean isEmailAddress(@Nullable String email) {
        return email != null && email.length() <= 254 && email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }
}

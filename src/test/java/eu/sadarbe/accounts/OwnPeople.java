package eu.sadarbe.accounts;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * People of a test's own, for module tests and slices (no demo accounts there): a new account with one role, and an
 * account as the signed-in person a request carries ({@code .with(user(…))} on a module test with its pages).
 */
public final class OwnPeople {

    /** The password of every account made here, for a test that signs in with it (HTTP Basic, the sign-in form). */
    public static final String PASSWORD = "dzeltena laiva kalnā zied";

    private OwnPeople() {
    }

    /** A new account with the role (an officer or an expert of {@code agency}), signed in in English. */
    public static SignedInUser open(AccountRegister accounts, String name, Role role, @Nullable String agency) {
        return signedIn(accounts.open(role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@example.lv",
                name, PASSWORD, Set.of(role), agency));
    }

    /** The account signed in, in English. */
    public static SignedInUser signedIn(AccountSummary account) {
        return signedIn(account, "en");
    }

    /** The account signed in, in the language ({@code "lv"} or {@code "en"}). */
    public static SignedInUser signedIn(AccountSummary account, String language) {
        return new SignedInUser(account.id(), account.email(), account.displayName(), account.roles(),
                account.nationalAgencyCode(), language, true, null);
    }

    /** The same person signed in in the other language. */
    public static SignedInUser signedIn(SignedInUser person, String language) {
        return new SignedInUser(person.id(), person.email(), person.displayName(), person.roles(),
                person.nationalAgencyCode(), language, true, null);
    }
}

package eu.sadarbe.accounts.singlesignon;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.accounts.SignedInUser;

/** What came of a sign-in through the provider: the person is let in to an account, or refused with a reason. */
public sealed interface ProviderSignIn {

    /** Signed in to this account, with its roles; on a first sign-in the identity was linked, or the account opened. */
    record Admitted(SignedInUser user, boolean linked, boolean accountOpened) implements ProviderSignIn {
    }

    record Refused(Refusal reason) implements ProviderSignIn {
    }

    /** Why a sign-in through the provider was refused; each has a message on the sign-in page. */
    enum Refusal {
        /** The provider gave no e-mail address, so no account could be found or opened. */
        NO_EMAIL,
        /** The provider did not vouch that the person controls the address (claim {@code email_verified}). */
        UNVERIFIED,
        /** The account is not active (deactivated, or its sign-up not yet verified). */
        INACTIVE,
        /** The account with this address is linked to another identity at the same provider. */
        OTHER_IDENTITY,
        /** The provider refused or the person cancelled there. */
        FAILED,
        /** The provider could not be reached. */
        UNAVAILABLE;

        /** The form used in the sign-in page's address and message keys. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Refusal> ofCode(@Nullable String code) {
            for (Refusal refusal : values()) {
                if (refusal.code().equals(code)) {
                    return Optional.of(refusal);
                }
            }
            return Optional.empty();
        }
    }
}

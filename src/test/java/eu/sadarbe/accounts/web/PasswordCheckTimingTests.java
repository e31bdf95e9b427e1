package eu.sadarbe.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;

/**
 * Issue #15: signing in with an address whose sign-up is not verified yet does the same work as with an unknown
 * address — one password comparison by the real password encoder (a bcrypt hash) — so the answer comes no sooner
 * and tells nothing about the address. The account's status is checked only after the right password.
 */
class PasswordCheckTimingTests {

    static final String PASSWORD = "a long enough secret phrase";

    final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    final AtomicInteger comparisons = new AtomicInteger();
    final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            comparisons.incrementAndGet();
            return real.matches(raw, encoded);
        }
    };
    final String hash = real.encode(PASSWORD);
    final UserDetailsService users = email -> switch (email) {
        case "unverified@example.eu" -> person(email, false);
        case "active@example.eu" -> person(email, true);
        default -> throw new UsernameNotFoundException("No account");
    };
    final AuthenticationProvider check = SecurityConfiguration.passwordCheck(users, counting,
            new AccountStatusUserDetailsChecker());

    @Test
    void anUnknownAddressAndAnUnverifiedAccountBothCompareThePassword() {
        assertThatThrownBy(() -> signIn("nobody@example.eu", PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThat(comparisons.getAndSet(0)).as("unknown address").isEqualTo(1);

        assertThatThrownBy(() -> signIn("unverified@example.eu", "a wrong secret phrase"))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(comparisons.getAndSet(0)).as("unverified account, wrong password").isEqualTo(1);

        assertThatThrownBy(() -> signIn("unverified@example.eu", PASSWORD)).isInstanceOf(DisabledException.class);
        assertThat(comparisons.getAndSet(0)).as("unverified account, right password").isEqualTo(1);

        assertThat(signIn("active@example.eu", PASSWORD).isAuthenticated()).isTrue();
        assertThat(comparisons.get()).isEqualTo(1);
    }

    @Test
    void anUnverifiedAccountWithAWrongPasswordIsRefusedLikeAnUnknownAddress() {
        Throwable unknown = catchRefusal("nobody@example.eu", PASSWORD);
        Throwable unverified = catchRefusal("unverified@example.eu", "a wrong secret phrase");
        assertThat(unverified).hasSameClassAs(unknown).hasMessage(unknown.getMessage());
    }

    private Throwable catchRefusal(String email, String password) {
        try {
            signIn(email, password);
        } catch (RuntimeException refused) {
            return refused;
        }
        throw new AssertionError("signed in");
    }

    private org.springframework.security.core.Authentication signIn(String email, String password) {
        return check.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    private SignedInUser person(String email, boolean enabled) {
        return new SignedInUser(new AccountId(UUID.randomUUID()), email, "Someone", Set.of(Role.APPLICANT), null,
                "en", enabled, hash);
    }
}

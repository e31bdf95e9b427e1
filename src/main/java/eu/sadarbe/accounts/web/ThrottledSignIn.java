package eu.sadarbe.accounts.web;

import java.time.Instant;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import eu.sadarbe.accounts.domain.SignInThrottle;

/** Password sign-in (form and HTTP Basic) that refuses an address after repeated failures. */
class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final SignInThrottle throttle;

    ThrottledSignIn(AuthenticationProvider passwordCheck, SignInThrottle throttle) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName();
        var lockedUntil = throttle.lockedUntil(email);
        if (lockedUntil.isPresent()) {
            throw new SignInLocked(lockedUntil.get());
        }
        try {
            Authentication signedIn = passwordCheck.authenticate(authentication);
            throttle.succeeded(email);
            return signedIn;
        } catch (BadCredentialsException wrongPassword) {
            throttle.failed(email);
            throw wrongPassword;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many failed sign-ins for this address; refused until the lock runs out. */
    static class SignInLocked extends LockedException {

        private final Instant until;

        SignInLocked(Instant until) {
            super("Sign-in locked after repeated failures");
            this.until = until;
        }

        Instant until() {
            return until;
        }
    }
}

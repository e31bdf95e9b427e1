package eu.sadarbe.accounts.web;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import eu.sadarbe.accounts.SecurityEventKind;
import eu.sadarbe.accounts.SecurityEvents;
import eu.sadarbe.accounts.domain.SignInThrottle;

/**
 * Password sign-in (form and HTTP Basic alike) behind the throttle: an attempt from an address whose failures,
 * for this account or for any, reached the limit is refused before the password is checked.
 */
class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final SignInThrottle throttle;
    private final SecurityEvents events;
    private final Clock clock;

    ThrottledSignIn(AuthenticationProvider passwordCheck, SignInThrottle throttle, SecurityEvents events,
                    Clock clock) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String email = attempt.getName();
        String address = clientAddress(attempt);
        var refusal = throttle.refusal(email, address);
        if (refusal.isPresent()) {
            events.log(SecurityEventKind.SIGN_IN_THROTTLED, email, detail(refusal.get(), "refused"));
            throw new SignInThrottled(clock.instant().plus(refusal.get()));
        }
        try {
            Authentication signedIn = passwordCheck.authenticate(attempt);
            throttle.succeeded(email, address);
            return signedIn;
        } catch (BadCredentialsException wrong) {
            // Unknown addresses fail the same way, so that failures never tell which accounts exist.
            events.record(SecurityEventKind.SIGN_IN_FAILED, null, email, Map.of("channel", channel()));
            throttle.failed(email, address);
            var wait = throttle.refusal(email, address);
            if (wait.isPresent()) {
                events.record(SecurityEventKind.SIGN_IN_THROTTLED, null, email, detail(wait.get(), "started"));
                throw new SignInThrottled(clock.instant().plus(wait.get()));
            }
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static Map<String, Object> detail(Duration wait, String throttling) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("channel", channel());
        detail.put("throttling", throttling);
        detail.put("retryAfterSeconds", Math.max(1, wait.toSeconds()));
        return detail;
    }

    /** The address as the servlet container resolved it; proxies are trusted there, never here. */
    private static String clientAddress(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }

    private static String channel() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && SecurityConfiguration.API.matches(request.getRequest()) ? "api" : "form";
    }
}

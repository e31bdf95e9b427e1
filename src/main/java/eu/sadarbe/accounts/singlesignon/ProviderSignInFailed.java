package eu.sadarbe.accounts.singlesignon;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import eu.sadarbe.accounts.SecurityEventKind;
import eu.sadarbe.accounts.SecurityEvents;
import eu.sadarbe.accounts.singlesignon.ProviderSignIn.Refusal;

/**
 * Back to the sign-in page with a message when a sign-in through the provider does not succeed: Sadarbe's own
 * refusals (recorded where they were decided) and the provider's errors or absence (recorded here).
 */
final class ProviderSignInFailed implements AuthenticationFailureHandler {

    private final SecurityEvents events;
    private final Refusal otherwise;
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    /** @param otherwise the reason given for an error that is not Sadarbe's own refusal */
    ProviderSignInFailed(SecurityEvents events, Refusal otherwise) {
        this.events = events;
        this.otherwise = otherwise;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        String code = failure instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : null;
        Refusal reason;
        if (code != null && code.startsWith(LinkedAccountUserService.REFUSAL_PREFIX)) {
            reason = Refusal.ofCode(code.substring(LinkedAccountUserService.REFUSAL_PREFIX.length())).orElse(otherwise);
        } else {
            reason = "client_registration_not_found".equals(code) || "invalid_token_response".equals(code)
                    ? Refusal.UNAVAILABLE : otherwise;
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("reason", reason.code());
            detail.put("error", code == null ? failure.getClass().getSimpleName() : code);
            events.record(SecurityEventKind.SINGLE_SIGN_ON_REFUSED, null, null, detail);
        }
        redirect.sendRedirect(request, response, "/sign-in?sso=" + reason.code());
    }
}

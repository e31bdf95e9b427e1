package eu.sadarbe.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens bound to the session once there is one (issue 12): a signed-in person's token lives in their
 * database-backed session, so a token planted in a cookie cannot be used against them. Before any session exists
 * (an anonymous visitor reading public pages, the sign-in form) the token stays in a cookie, so that public pages do
 * not each create a session row.
 */
class SessionBoundCsrfTokens implements CsrfTokenRepository {

    private static final String HEADER = "X-CSRF-TOKEN";

    private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

    SessionBoundCsrfTokens() {
        session.setHeaderName(HEADER);
        cookie.setHeaderName(HEADER);
    }

    /**
     * Issue 21: the signed-in person's new token is stored in their session by the sign-in request itself. Left to
     * the first request that needs it, several requests arriving at once on the new session (a browser's parallel
     * loads, htmx, the benchmark's connections) each found none, each made one and each inserted it, and all but one
     * failed with {@code duplicate key … spring_session_attributes_pk}. The sign-in request is one request alone on
     * its session; after it the token is only read.
     */
    static AuthenticationSuccessHandler storedAtSignIn(AuthenticationSuccessHandler next) {
        return (request, response, authentication) -> {
            request.getSession(true);
            if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                token.getToken();
            }
            next.onAuthenticationSuccess(request, response, authentication);
        };
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return session.generateToken(request);
    }

    @Override
    public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            session.saveToken(token, request, response);
            if (token == null) {
                cookie.saveToken(null, request, response);
            }
        } else {
            cookie.saveToken(token, request, response);
        }
    }

    @Override
    public @Nullable CsrfToken loadToken(HttpServletRequest request) {
        return request.getSession(false) != null ? session.loadToken(request) : cookie.loadToken(request);
    }
}

package eu.sadarbe.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
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

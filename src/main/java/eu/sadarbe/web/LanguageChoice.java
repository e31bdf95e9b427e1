package eu.sadarbe.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Resolves the language from the user's choice (a cookie, set by the language switch and at sign-in from the
 * account's preference), then from Accept-Language, else English. Holds nothing in the session, so public pages
 * stay session-free and any node answers alike.
 */
public class LanguageChoice implements LocaleResolver {

    public static final String COOKIE = "sadarbe-lang";
    private static final Duration KEPT_FOR = Duration.ofDays(365);

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Locale chosen = chosen(request);
        if (chosen != null) {
            return chosen;
        }
        String header = request.getHeader("Accept-Language");
        if (header != null) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(header), Languages.SUPPORTED);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException malformedHeader) {
                return Languages.ENGLISH;
            }
        }
        return Languages.ENGLISH;
    }

    /**
     * The language the person chose (the language switch, or a sign-in), or null where the page's language only
     * follows the browser's Accept-Language: a choice wins over the account's preference at sign-in, a browser's
     * default does not.
     */
    public static @Nullable Locale chosen(HttpServletRequest request) {
        if (request.getAttribute(COOKIE) instanceof Locale locale) {
            return locale;
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                Locale locale = COOKIE.equals(cookie.getName()) ? Languages.parse(cookie.getValue()) : null;
                if (locale != null) {
                    return locale;
                }
            }
        }
        return null;
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        Locale chosen = locale == null ? Languages.ENGLISH : locale;
        request.setAttribute(COOKIE, chosen);
        if (response != null) {
            remember(response, chosen, request.isSecure());
        }
    }

    public static void remember(HttpServletResponse response, Locale locale, boolean secure) {
        Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge((int) KEPT_FOR.toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}

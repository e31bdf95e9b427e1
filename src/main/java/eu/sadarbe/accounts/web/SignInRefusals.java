package eu.sadarbe.accounts.web;

import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import eu.sadarbe.web.Formats;

/**
 * How a refused sign-in is answered. The sign-in page gets the typed e-mail address back through the session
 * (a flash attribute), never in the URL, where it would reach logs and browser history; a throttled attempt
 * learns when to try again. The API answers 401, 403, or 429 with {@code Retry-After}, as problem details in the
 * caller's language.
 */
class SignInRefusals {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final MessageSource messages;
    private final LocaleResolver languages;
    private final Clock clock;
    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

    SignInRefusals(MessageSource messages, LocaleResolver languages, Clock clock) {
        this.messages = messages;
        this.languages = languages;
        this.clock = clock;
    }

    void signInFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String email = request.getParameter("email");
        FlashMap flash = new FlashMap();
        flash.put("email", email == null ? "" : email.length() > 254 ? email.substring(0, 254) : email);
        String outcome = "error";
        if (failure instanceof SignInThrottled throttled) {
            flash.put("retryAt", throttled.retryAt());
            outcome = "throttled";
        }
        flash.setTargetRequestPath(request.getContextPath() + "/sign-in");
        flashMaps.saveOutputFlashMap(flash, request, response);
        response.sendRedirect(request.getContextPath() + "/sign-in?" + outcome);
    }

    void apiUnauthorised(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        Locale language = languages.resolveLocale(request);
        if (failure instanceof SignInThrottled throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds(clock.instant())));
            String when = WHEN.format(throttled.retryAt().atZone(Formats.BRUSSELS));
            ObjectNode body = body(HttpStatus.TOO_MANY_REQUESTS, language,
                    messages.getMessage("signIn.throttled.api", new Object[] {when}, language));
            body.put("retryAt", throttled.retryAt().toString());
            write(response, HttpStatus.TOO_MANY_REQUESTS, body);
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Sadarbe\"");
        write(response, HttpStatus.UNAUTHORIZED, body(HttpStatus.UNAUTHORIZED, language,
                messages.getMessage("signIn.api.unauthorised", null, language)));
    }

    /** A signed-in caller whose role does not reach this part of the API: 403 in their language. */
    void apiForbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        Locale language = languages.resolveLocale(request);
        write(response, HttpStatus.FORBIDDEN, body(HttpStatus.FORBIDDEN, language,
                messages.getMessage("accounts.problem.forbidden", null, language)));
    }

    /** Titled by the status as every problem of the API is ({@code problem.title.401}…), in the caller's language. */
    private ObjectNode body(HttpStatus status, Locale language, String detail) {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", "about:blank");
        body.put("title", messages.getMessage("problem.title." + status.value(), null, language));
        body.put("status", status.value());
        body.put("detail", detail);
        return body;
    }

    private static void write(HttpServletResponse response, HttpStatus status, ObjectNode body) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}

package eu.sadarbe.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * An upload larger than {@code spring.servlet.multipart.max-request-size} is refused by its Content-Length before
 * anything reads its body. Left to Tomcat, the first filter that asked for a form field (the CSRF token) made
 * Tomcat parse the parts, fail, and answer its raw English "HTTP Status 413" page, since the error page failed the
 * same way. Here a form goes back to the page it belongs to when its module names one ({@link OversizeUploadPages}),
 * else gets Sadarbe's own page; the API gets problem+json; both in the caller's language.
 */
class UploadLimits extends OncePerRequestFilter {

    private final long maximumBytes;
    private final List<OversizeUploadPages> pages;
    private final MessageSource messages;
    private final LocaleResolver languages;

    UploadLimits(long maximumBytes, List<OversizeUploadPages> pages, MessageSource messages,
                 LocaleResolver languages) {
        this.maximumBytes = maximumBytes;
        this.pages = pages;
        this.messages = messages;
        this.languages = languages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() <= maximumBytes) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<String> page = RefusalResponse.wantsJson(request) ? Optional.empty()
                : pages.stream().flatMap(known -> known.pageFor(path).stream()).findFirst();
        if (page.isPresent()) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + page.get());
            return;
        }
        // The body is not read: Tomcat swallows up to server.tomcat.max-swallow-size and then closes the connection.
        RefusalResponse.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "upload-too-large",
                "request.problem.uploadTooLarge.title", "request.problem.uploadTooLarge.detail", messages,
                languages.resolveLocale(request), maximumBytes / (1024 * 1024));
    }
}

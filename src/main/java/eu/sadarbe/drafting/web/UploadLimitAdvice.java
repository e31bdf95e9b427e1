package eu.sadarbe.drafting.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import eu.sadarbe.web.OversizeUploadPages;

/**
 * A file beyond the server's multipart limit is refused before any controller runs: by its Content-Length in
 * {@code web.UploadLimits}, which asks this class for the page to go back to, or here when Spring's multipart
 * parsing finds it (a body sent without a length). For an annex upload the
 * applicant goes back to the annexes page with a message instead of an error page; the API answers 413 as
 * problem+json; anything else gets the 413 error page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice implements OversizeUploadPages {

    private static final Pattern ANNEX_UPLOAD = Pattern.compile("^/applications/([0-9a-fA-F-]{36})/annexes/?$");

    private final MessageSource messages;

    UploadLimitAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @Nullable ResponseEntity<ProblemDetail> tooLarge(HttpServletRequest request, HttpServletResponse response,
                                                     Locale locale) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<String> page = pageFor(path);
        if (page.isPresent()) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(request.getContextPath()
                    + page.get())).build();
        }
        if (path.startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                    messages.getMessage("drafting.annexes.tooLarge", null, locale));
            problem.setType(URI.create("urn:sadarbe:problem:file-too-large"));
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
        return null;
    }

    /** An annex upload goes back to the annexes page, which says why. */
    @Override
    public Optional<String> pageFor(String path) {
        Matcher annexUpload = ANNEX_UPLOAD.matcher(path);
        return annexUpload.matches()
                ? Optional.of("/applications/" + annexUpload.group(1) + "/sections/annexes?tooLarge")
                : Optional.empty();
    }
}

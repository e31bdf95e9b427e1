package eu.sadarbe.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * JSON controllers answer malformed requests as {@code application/problem+json}, worded in the caller's
 * language from the message bundles ({@code problemDetail.*}); pages keep their friendly error pages. A value the
 * database cannot hold (too long, out of range, a NUL character) is a malformed request too, not a 500.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail valueOutOfRange(DataIntegrityViolationException violation, Locale locale) {
        if (!ValueOutOfRange.isDataError(violation)) {
            throw violation;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage(ValueOutOfRange.DETAIL, null, locale));
        problem.setTitle(messages.getMessage(ValueOutOfRange.TITLE, null, locale));
        problem.setType(java.net.URI.create("https://sadarbe.eu/problems/value-out-of-range"));
        return problem;
    }
}

package eu.sadarbe.web;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import eu.sadarbe.shared.Refusal;

/**
 * The API's one error layer: JSON controllers answer a refused request ({@link Refusal}) and a malformed one as
 * {@code application/problem+json}, titled by the status alike in every module and worded in the caller's
 * language from the message bundles; pages have {@link PageProblems}. A value the database cannot hold (too long,
 * out of range, a NUL character) is a malformed request too, not a 500. Ordered before the pages' advice, which
 * would otherwise answer the API with a page.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class ApiProblems extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** Any other exception is not a refusal and goes on to Spring's own handling (a 500 with no stack trace). */
    @ExceptionHandler(RuntimeException.class)
    ProblemDetail refused(RuntimeException exception, Locale locale) {
        if (!(exception instanceof Refusal refusal)) {
            throw exception;
        }
        return problem(refusal, new RefusalTexts(messages, locale));
    }

    static ProblemDetail problem(Refusal refusal, RefusalTexts texts) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(refusal.kind().status()),
                texts.detail(refusal));
        problem.setTitle(texts.title(refusal));
        String type = refusal.problemType();
        if (type != null) {
            problem.setType(URI.create(type));
        }
        refusal.problemProperties(texts).forEach(problem::setProperty);
        return problem;
    }

    /** Spring's own problems (a missing parameter, a wrong method…) are titled by their status too, in both languages. */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception exception, @Nullable Object body,
                                                             HttpHeaders headers, HttpStatusCode status,
                                                             WebRequest request) {
        HttpStatus known = HttpStatus.resolve(status.value());
        if (body instanceof ProblemDetail problem && known != null
                && (problem.getTitle() == null || problem.getTitle().equals(known.getReasonPhrase()))) {
            problem.setTitle(new RefusalTexts(messages, LocaleContextHolder.getLocale()).title(status.value()));
        }
        return super.handleExceptionInternal(exception, body, headers, status, request);
    }

    /** Fields that fail their constraints: each named with its message, in the caller's language. */
    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = invalid.getBody();
        problem.setTitle(new RefusalTexts(messages, locale).title(status.value()));
        problem.setDetail(messages.getMessage("problem.invalidFields", null, locale));
        problem.setProperty("errors", invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", messages.getMessage(error, locale)))
                .toList());
        return handleExceptionInternal(invalid, problem, headers, status, request);
    }

    /** A body that is not JSON of the expected shape, said in the caller's language. */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
                                                                           HttpHeaders headers, HttpStatusCode status,
                                                                           WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage("problem.unreadable", null, locale));
        problem.setTitle(new RefusalTexts(messages, locale).title(status.value()));
        return handleExceptionInternal(unreadable, problem, headers, status, request);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail valueOutOfRange(DataIntegrityViolationException violation, Locale locale) {
        if (!ValueOutOfRange.isDataError(violation)) {
            throw violation;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage(ValueOutOfRange.DETAIL, null, locale));
        problem.setTitle(messages.getMessage(ValueOutOfRange.TITLE, null, locale));
        problem.setType(URI.create("https://sadarbe.eu/problems/value-out-of-range"));
        return problem;
    }
}

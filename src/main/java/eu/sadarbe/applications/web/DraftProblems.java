package eu.sadarbe.applications.web;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import eu.sadarbe.calls.UnknownCallYear;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What the drafts API says differently from the rest of the API, before the API's general advice: a call year
 * without rules in a document is a 422 (the check cannot run, as in the public check), not the reference data's 400
 * for a parameter; a body it cannot read names its problem type. Every other refusal of the drafts is a
 * {@link eu.sadarbe.shared.Refusal} answered by the API's one advice.
 */
@Order(Ordered.LOWEST_PRECEDENCE - 100)
@RestControllerAdvice(assignableTypes = {ApplicationApiController.class, InvitationApiController.class,
        WithdrawalApiController.class, AnnexApiController.class})
class DraftProblems {

    private final MessageSource messages;

    DraftProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(UnknownCallYear.class)
    ProblemDetail unknownYear(UnknownCallYear unknown, Locale locale) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule-set-not-available",
                text("check.ruleSetNotAvailable.title", locale),
                text("check.ruleSetNotAvailable.detail", locale, String.valueOf(unknown.callYear())));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail unreadable(Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", text("applications.badRequest.title", locale),
                text("applications.badRequest.detail", locale));
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("urn:sadarbe:problem:" + type));
        return problem;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}

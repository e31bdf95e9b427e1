package eu.sadarbe.applications.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import eu.sadarbe.applications.ApplicationChanged;
import eu.sadarbe.applications.ApplicationNotFound;
import eu.sadarbe.applications.ApplicationWithdrawn;
import eu.sadarbe.applications.DraftRefused;
import eu.sadarbe.applications.MalformedDocument;
import eu.sadarbe.applications.NotAllowedToEdit;
import eu.sadarbe.applications.SectionConflict;
import eu.sadarbe.calls.UnknownCallYear;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The drafts API's refusals as problem+json in the caller's language. */
@RestControllerAdvice(assignableTypes = {ApplicationApiController.class, InvitationApiController.class,
        WithdrawalApiController.class, AnnexApiController.class})
class DraftProblems {

    private final MessageSource messages;

    DraftProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MalformedDocument.class)
    ProblemDetail malformed(MalformedDocument malformed, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "malformed-application-document",
                text("check.malformed.title", locale), text("check.malformed.detail", locale, malformed.faults().size()));
        List<Map<String, String>> errors = malformed.faults().stream()
                .map(fault -> Map.of("pointer", fault.pointer(), "detail",
                        text("document.fault." + fault.kind().name(), locale, fault.arguments().toArray())))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(DraftRefused.class)
    ProblemDetail refused(DraftRefused refused, Locale locale) {
        HttpStatus status = switch (refused.reason()) {
            case NOT_ACTING_FOR_APPLICANT, NOT_SIGNATORY -> HttpStatus.FORBIDDEN;
            case ANNEX_TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            default -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        ProblemDetail problem = problem(status, "draft-refused", text("applications.refused.title", locale),
                text(refused.messageKey(), locale, refused.arguments().toArray()));
        problem.setProperty("reason", refused.reason().name());
        return problem;
    }

    @ExceptionHandler(UnknownCallYear.class)
    ProblemDetail unknownYear(UnknownCallYear unknown, Locale locale) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule-set-not-available",
                text("check.ruleSetNotAvailable.title", locale),
                text("check.ruleSetNotAvailable.detail", locale, String.valueOf(unknown.callYear())));
    }

    @ExceptionHandler(ApplicationNotFound.class)
    ProblemDetail notFound(ApplicationNotFound notFound, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "application-not-found", text("applications.notFound.title", locale),
                text("applications.notFound.detail", locale));
    }

    @ExceptionHandler(NotAllowedToEdit.class)
    ProblemDetail notAllowed(NotAllowedToEdit notAllowed, Locale locale) {
        return problem(HttpStatus.FORBIDDEN, "not-allowed-to-edit", text("applications.notAllowed.title", locale),
                text("applications.notAllowed.detail", locale));
    }

    @ExceptionHandler(ApplicationWithdrawn.class)
    ProblemDetail withdrawn(ApplicationWithdrawn withdrawn, Locale locale) {
        return problem(HttpStatus.CONFLICT, "application-withdrawn", text("applications.withdrawn.title", locale),
                text("applications.withdrawn.detail", locale));
    }

    @ExceptionHandler(ApplicationChanged.class)
    ProblemDetail changed(ApplicationChanged changed, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, "application-changed",
                text("applications.changed.title", locale),
                text("applications.changed.detail", locale, changed.expectedVersion(), changed.currentVersion()));
        problem.setProperty("currentVersion", changed.currentVersion());
        return problem;
    }

    @ExceptionHandler(IfMatchRequired.class)
    ProblemDetail ifMatchRequired(IfMatchRequired required, Locale locale) {
        return problem(HttpStatus.PRECONDITION_REQUIRED, "if-match-required",
                text("applications.ifMatchRequired.title", locale), text("applications.ifMatchRequired.detail", locale));
    }

    @ExceptionHandler(SectionConflict.class)
    ProblemDetail conflict(SectionConflict conflict, Locale locale) {
        return problem(HttpStatus.CONFLICT, "section-changed", text("applications.changed.title", locale),
                text("applications.sectionChanged.detail", locale, conflict.current().updatedBy()));
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

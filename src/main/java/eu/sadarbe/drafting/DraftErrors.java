package eu.sadarbe.drafting;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import eu.sadarbe.applications.ApplicationNotFound;
import eu.sadarbe.applications.ApplicationWithdrawn;
import eu.sadarbe.applications.DraftRefused;
import eu.sadarbe.applications.MalformedDocument;
import eu.sadarbe.applications.NotAllowedToEdit;
import eu.sadarbe.calls.UnknownCallYear;

/** Words what went wrong with a draft in the reader's language, as lines of a GOV.UK error summary. */
@Component
class DraftErrors {

    private final MessageSource messages;

    DraftErrors(MessageSource messages) {
        this.messages = messages;
    }

    List<ErrorLine> lines(Exception problem, Locale locale) {
        if (problem instanceof MalformedDocument malformed) {
            return malformed.faults().stream().map(fault -> new ErrorLine(fault.pointer(),
                    text("document.fault." + fault.kind().name(), locale, fault.arguments().toArray()))).toList();
        }
        if (problem instanceof DraftRefused refused) {
            return List.of(new ErrorLine("", text(refused.messageKey(), locale, refused.arguments().toArray())));
        }
        if (problem instanceof UnknownPartner unknown) {
            return List.of(new ErrorLine("", text("drafting.organisations.unknown", locale, unknown.oid())));
        }
        if (problem instanceof SectionForms.NotJson) {
            return List.of(new ErrorLine("", text("drafting.json.invalid", locale)));
        }
        if (problem instanceof UnknownCallYear unknown) {
            return List.of(new ErrorLine("", text("check.ruleSetNotAvailable.detail", locale,
                    String.valueOf(unknown.callYear()))));
        }
        return List.of(new ErrorLine("", text("drafting.start.incomplete", locale)));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    /** One error: where in the document (JSON Pointer, may be empty) and what. */
    record ErrorLine(String pointer, String text) {
    }

    /** Drafts another user may not see answer 404; a refused change 403; a withdrawn draft 409. */
    @ControllerAdvice(assignableTypes = {DraftPageController.class, SectionPageController.class,
            ActivityPageController.class, PartnerPickerController.class, AnnexPageController.class})
    static class PageErrors {

        @ExceptionHandler(ApplicationNotFound.class)
        void notFound(HttpServletResponse response) throws IOException {
            response.sendError(HttpStatus.NOT_FOUND.value());
        }

        @ExceptionHandler(NotAllowedToEdit.class)
        void notAllowed(HttpServletResponse response) throws IOException {
            response.sendError(HttpStatus.FORBIDDEN.value());
        }

        @ExceptionHandler(ApplicationWithdrawn.class)
        void withdrawn(HttpServletResponse response) throws IOException {
            response.sendError(HttpStatus.CONFLICT.value());
        }
    }
}

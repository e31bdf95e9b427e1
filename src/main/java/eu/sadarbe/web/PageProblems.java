package eu.sadarbe.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import eu.sadarbe.shared.Refusal;

/**
 * The pages' one error layer: a refused request ({@link Refusal}) gets the friendly error page with its status
 * and, in the page's language, what was refused; a value the database cannot hold (too long, out of range, a NUL
 * character) gets the page for a malformed request instead of a 500. Checked last: a form that can show itself
 * again with the input and its errors handles its refusal where it happens, and the API ({@link ApiProblems},
 * ordered first) answers in JSON.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

    private final MessageSource messages;
    private final LayoutAdvice layout;

    PageProblems(MessageSource messages, LayoutAdvice layout) {
        this.messages = messages;
        this.layout = layout;
    }

    /** Any other exception is not a refusal and goes on to Spring's own handling (the error page, never a trace). */
    @ExceptionHandler(RuntimeException.class)
    ModelAndView refused(RuntimeException exception, HttpServletRequest request, Locale locale,
                         @Nullable Authentication authentication) {
        if (!(exception instanceof Refusal refusal)) {
            throw exception;
        }
        return page(HttpStatus.valueOf(refusal.kind().status()), new RefusalTexts(messages, locale).detail(refusal),
                request, locale, authentication);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView valueOutOfRange(DataIntegrityViolationException violation, HttpServletRequest request,
                                 Locale locale, @Nullable Authentication authentication) {
        if (!ValueOutOfRange.isDataError(violation)) {
            throw violation;
        }
        return page(HttpStatus.BAD_REQUEST, messages.getMessage(ValueOutOfRange.DETAIL, null, locale), request,
                locale, authentication);
    }

    private ModelAndView page(HttpStatus status, String detail, HttpServletRequest request, Locale locale,
                              @Nullable Authentication authentication) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        page.addObject("layout", layout.layout(request, locale));
        page.addObject("currentPerson", layout.currentPerson(authentication));
        return page;
    }
}

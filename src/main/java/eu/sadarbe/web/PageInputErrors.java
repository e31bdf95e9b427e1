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

/**
 * Pages answer a value the database cannot hold (too long, out of range, a NUL character) with the error page
 * for a malformed request, saying so in the page's language, instead of a 500. Checked last: a module's own
 * handler, which can show the form again with the input, comes first.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageInputErrors {

    private final MessageSource messages;
    private final LayoutAdvice layout;

    PageInputErrors(MessageSource messages, LayoutAdvice layout) {
        this.messages = messages;
        this.layout = layout;
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView valueOutOfRange(DataIntegrityViolationException violation, HttpServletRequest request,
                                 Locale locale, @Nullable Authentication authentication) {
        if (!ValueOutOfRange.isDataError(violation)) {
            throw violation;
        }
        ModelAndView page = new ModelAndView("error", HttpStatus.BAD_REQUEST);
        page.addObject("status", HttpStatus.BAD_REQUEST.value());
        page.addObject("detail", messages.getMessage(ValueOutOfRange.DETAIL, null, locale));
        page.addObject("layout", layout.layout(request, locale));
        page.addObject("currentPerson", layout.currentPerson(authentication));
        return page;
    }
}

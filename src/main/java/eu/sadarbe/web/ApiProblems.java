package eu.sadarbe.web;

import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * JSON controllers answer malformed requests as {@code application/problem+json}, worded in the caller's
 * language from the message bundles ({@code problemDetail.*}); pages keep their friendly error pages.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {
}

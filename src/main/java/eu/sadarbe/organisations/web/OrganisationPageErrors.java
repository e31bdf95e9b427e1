package eu.sadarbe.organisations.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import eu.sadarbe.organisations.domain.NotAllowedToChange;
import eu.sadarbe.organisations.domain.UnknownOrganisation;

/** The register's pages answer an unknown Organisation ID with "not found" and a refused change with 403. */
@ControllerAdvice(assignableTypes = {OrganisationPageController.class, PartnerPageController.class,
        ImportPageController.class})
class OrganisationPageErrors {

    @ExceptionHandler(UnknownOrganisation.class)
    void unknown(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    @ExceptionHandler(NotAllowedToChange.class)
    void notAllowed(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.FORBIDDEN.value());
    }
}

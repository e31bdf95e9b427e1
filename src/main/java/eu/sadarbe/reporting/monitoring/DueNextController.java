package eu.sadarbe.reporting.monitoring;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;

import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.grants.GrantAgreementId;

/**
 * "What is due next" for a project in force: the report the project owes and its due date (R-REP-01), the next
 * payment due or the last one received, the final grant once settled. Shown on the project's page (grants'
 * {@code /projects/{id}}, loaded by htmx into the panel of {@code reporting/due-next}) and on its own without
 * JavaScript. The project's people and the agency's officers see it; anyone else is told it does not exist.
 */
@Controller
class DueNextController {

    private final Portfolio portfolio;
    private final ApplicationRegister applications;

    DueNextController(Portfolio portfolio, ApplicationRegister applications) {
        this.portfolio = portfolio;
        this.applications = applications;
    }

    @GetMapping("/projects/{id}/due-next")
    String dueNext(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
                   @AuthenticationPrincipal SignedInUser user, Model model) {
        GrantAgreementId agreementId;
        try {
            agreementId = GrantAgreementId.of(id);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFound();
        }
        PortfolioLine line = portfolio.of(agreementId).orElseThrow(NotFound::new);
        boolean officer = user.has(Role.NA_OFFICER) && line.agreement().agencyCode().equals(user.nationalAgencyCode());
        if (!officer && !applications.mayView(user.id(), line.agreement().applicationId())) {
            throw new NotFound();
        }
        model.addAttribute("line", line);
        model.addAttribute("today", portfolio.today());
        return htmx != null ? "reporting/due-next :: content" : "reporting/due-next-page";
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        return "error";
    }

    /** No such agreement in force, or not the user's to see. */
    static class NotFound extends RuntimeException {
        NotFound() {
            super("No such project in force");
        }
    }
}

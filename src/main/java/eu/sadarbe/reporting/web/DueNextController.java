package eu.sadarbe.reporting.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.reporting.monitoring.Portfolio;
import eu.sadarbe.reporting.monitoring.PortfolioLine;
import eu.sadarbe.shared.Refusal;

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
        boolean officer = user.isOfficerOf(line.agreement().agencyCode());
        if (!officer && !applications.mayView(user.id(), line.agreement().applicationId())) {
            throw new NotFound();
        }
        model.addAttribute("line", line);
        model.addAttribute("today", portfolio.today());
        return htmx != null ? "reporting/due-next :: content" : "reporting/due-next-page";
    }

    /** No such agreement in force, or not the user's to see. */
    static class NotFound extends RuntimeException implements Refusal {
        NotFound() {
            super("No such project in force");
        }

        @Override
        public Kind kind() {
            return Kind.NOT_FOUND;
        }

        @Override
        public String messageKey() {
            return "monitoring.problem.notFound";
        }
    }
}

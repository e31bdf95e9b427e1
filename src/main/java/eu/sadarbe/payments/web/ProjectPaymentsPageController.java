package eu.sadarbe.payments.web;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.payments.domain.PaymentAccess;
import eu.sadarbe.payments.domain.PaymentDesk;
import eu.sadarbe.payments.domain.UnknownPayment;

/** The project's payments: received and due, with dates, for the project's organisations and its agency's officers. */
@Controller
class ProjectPaymentsPageController {

    private final PaymentDesk desk;

    ProjectPaymentsPageController(PaymentDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/projects/{agreementId}/payments")
    String payments(@PathVariable UUID agreementId, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("payments", desk.project(new GrantAgreementId(agreementId), user));
        return "payments/project";
    }

    @ExceptionHandler(PaymentAccess.NotAllowed.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(Model model) {
        model.addAttribute("status", 403);
        return "error";
    }

    @ExceptionHandler(UnknownPayment.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        return "error";
    }
}

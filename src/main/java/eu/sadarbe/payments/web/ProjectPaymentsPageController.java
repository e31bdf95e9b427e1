package eu.sadarbe.payments.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.payments.domain.PaymentDesk;

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
}

package eu.sadarbe.grants.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.budget.BudgetCategory;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.grants.PaymentScheme;
import eu.sadarbe.grants.domain.Amendment;
import eu.sadarbe.grants.domain.AgreementStatus;
import eu.sadarbe.grants.domain.AmendmentKind;
import eu.sadarbe.grants.domain.BeneficiaryDetails;
import eu.sadarbe.grants.domain.GrantAgreement;
import eu.sadarbe.grants.domain.GrantDesk;
import eu.sadarbe.grants.domain.GrantRefused;
import eu.sadarbe.grants.domain.NotYourAgreement;
import eu.sadarbe.grants.domain.PaymentShares;
import eu.sadarbe.grants.domain.PortfolioEntry;
import eu.sadarbe.shared.OrganisationType;

/**
 * Grant agreements on screen: the coordinator's projects and project page (agreement, signatures, amendments, next
 * steps; signing; asking for amendments with the eligibility findings shown before sending), and the officer's
 * portfolio per round, preparation and the same agreement page with the agency's signature and decisions.
 */
@Controller
class GrantPageController {

    private final GrantDesk desk;

    GrantPageController(GrantDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/projects")
    String projects(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("agreements", desk.projectsOf(user));
        return "grants/projects";
    }

    @GetMapping("/projects/{id}")
    String project(@PathVariable String id, @AuthenticationPrincipal SignedInUser user, Model model) {
        return agreementPage(desk.read(agreementId(id), user), user, model, false);
    }

    @GetMapping("/agency/grants/{id}")
    String agencyAgreement(@PathVariable String id, @AuthenticationPrincipal SignedInUser user, Model model) {
        GrantAgreement agreement = desk.read(agreementId(id), user);
        if (!desk.isOfficerOf(user, agreement)) {
            throw new NotYourAgreement();
        }
        return agreementPage(agreement, user, model, true);
    }

    private String agreementPage(GrantAgreement agreement, SignedInUser user, Model model, boolean agencyView) {
        PaymentShares shares = desk.paymentShares(agreement);
        model.addAttribute("agreement", agreement);
        model.addAttribute("terms", agreement.current());
        model.addAttribute("shares", shares);
        model.addAttribute("transferLimit", desk.transferLimit(agreement));
        model.addAttribute("agencyView", agencyView);
        model.addAttribute("beneficiary", !agencyView && desk.actsForBeneficiary(agreement, user));
        model.addAttribute("officer", agencyView);
        model.addAttribute("categories", BudgetCategory.values());
        model.addAttribute("firstDue", agreement.enteredIntoForceOn() == null ? null
                : agreement.enteredIntoForceOn().plusDays(shares.firstDueDays()));
        model.addAttribute("base", agencyView ? "/agency/grants/" + agreement.id() : "/projects/" + agreement.id());
        return "grants/agreement";
    }

    @GetMapping({"/projects/{id}/documents/{name}", "/agency/grants/{id}/documents/{name}"})
    ResponseEntity<byte[]> document(@PathVariable String id, @PathVariable String name,
                                    @AuthenticationPrincipal SignedInUser user) {
        if (!name.matches("agreement|amendment-\\d{1,3}|signed-\\d{1,3}")) {
            throw new NotYourAgreement();
        }
        GrantAgreementId agreementId = agreementId(id);
        byte[] pdf = desk.document(agreementId, name, user).orElseThrow(NotYourAgreement::new);
        String number = desk.read(agreementId, user).preparation().number();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(number + "-" + name + ".pdf").build().toString())
                .body(pdf);
    }

    @PostMapping("/projects/{id}/signature")
    String sign(@PathVariable String id, @RequestParam(defaultValue = "") String sha256,
                @RequestParam(defaultValue = "false") boolean accept, @AuthenticationPrincipal SignedInUser user,
                RedirectAttributes redirect) {
        return act(redirect, "/projects/" + id, "grants.done.signed", () -> {
            if (!accept) {
                throw new GrantRefused("grants.refused.acceptMissing", null);
            }
            desk.signByBeneficiary(agreementId(id), sha256, user);
        });
    }

    @PostMapping("/projects/{id}/signed-upload")
    String upload(@PathVariable String id, @RequestParam(required = false) @Nullable MultipartFile file,
                  @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return act(redirect, "/projects/" + id, "grants.done.signed",
                () -> desk.uploadSigned(agreementId(id), bytes(file), user));
    }

    @PostMapping("/projects/{id}/amendments/{version}/signature")
    String signAmendment(@PathVariable String id, @PathVariable int version,
                         @RequestParam(defaultValue = "") String sha256,
                         @RequestParam(defaultValue = "false") boolean accept,
                         @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return act(redirect, "/projects/" + id, "grants.done.amendmentSigned", () -> {
            if (!accept) {
                throw new GrantRefused("grants.refused.acceptMissing", null);
            }
            desk.signAmendment(agreementId(id), version, sha256, user);
        });
    }

    @PostMapping("/projects/{id}/amendments/{version}/signed-upload")
    String uploadAmendment(@PathVariable String id, @PathVariable int version,
                           @RequestParam(required = false) @Nullable MultipartFile file,
                           @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return act(redirect, "/projects/" + id, "grants.done.amendmentSigned",
                () -> desk.uploadSignedAmendment(agreementId(id), version, bytes(file), user));
    }

    @GetMapping("/projects/{id}/amendments/new")
    String amendmentForm(@PathVariable String id, @RequestParam(defaultValue = "PARTNER_JOINS") String kind,
                         @AuthenticationPrincipal SignedInUser user, Model model) {
        AmendmentForm form = new AmendmentForm();
        form.setKind(kind);
        return amendmentPage(id, form, user, model, null, null);
    }

    @PostMapping("/projects/{id}/amendments")
    String requestAmendment(@PathVariable String id, @ModelAttribute("form") AmendmentForm form,
                            @RequestParam(defaultValue = "check") String action,
                            @AuthenticationPrincipal SignedInUser user, Model model, Locale locale,
                            RedirectAttributes redirect) {
        GrantAgreementId agreementId = agreementId(id);
        try {
            if ("send".equals(action)) {
                Amendment amendment = desk.requestAmendment(agreementId, form.request(), form.joiningType(), user,
                        locale);
                redirect.addFlashAttribute("done", "grants.done.amendmentRequested");
                redirect.addFlashAttribute("doneArgument", amendment.version());
                return "redirect:/projects/" + id + "#amendments";
            }
            List<String> findings = desk.check(agreementId, form.request(), form.joiningType(), user, locale);
            return amendmentPage(id, form, user, model, findings, null);
        } catch (GrantRefused refused) {
            return amendmentPage(id, form, user, model, null, refused);
        }
    }

    private String amendmentPage(String id, AmendmentForm form, SignedInUser user, Model model,
                                 @Nullable List<String> findings, @Nullable GrantRefused refused) {
        GrantAgreement agreement = desk.read(agreementId(id), user);
        if (!desk.actsForBeneficiary(agreement, user)) {
            throw new NotYourAgreement();
        }
        model.addAttribute("agreement", agreement);
        model.addAttribute("terms", agreement.current());
        model.addAttribute("form", form);
        model.addAttribute("kinds", AmendmentKind.values());
        model.addAttribute("categories", BudgetCategory.values());
        model.addAttribute("organisationTypes", OrganisationType.values());
        model.addAttribute("transferLimit", desk.transferLimit(agreement));
        model.addAttribute("findings", findings);
        problem(model, refused);
        return "grants/amendment";
    }

    /** The agency's agreements 50 at a time (issue 21), of one status or of all, grouped by round on the page. */
    @GetMapping("/agency/grants")
    String portfolio(@AuthenticationPrincipal SignedInUser user,
                     @RequestParam(name = "status", required = false) @Nullable String chosen,
                     @RequestParam(defaultValue = "0") int page, Model model) {
        AgreementStatus status = null;
        for (AgreementStatus each : AgreementStatus.values()) {
            if (each.name().equals(chosen)) {
                status = each;
            }
        }
        GrantDesk.PortfolioPage shown = desk.portfolio(user, status, page);
        Map<String, List<PortfolioEntry>> byRound = new TreeMap<>();
        shown.agreements().forEach(entry -> byRound.computeIfAbsent(entry.round(), round -> new ArrayList<>())
                .add(entry));
        model.addAttribute("byRound", byRound);
        model.addAttribute("statuses", AgreementStatus.values());
        model.addAttribute("status", status == null ? "" : status.name());
        model.addAttribute("count", shown.count());
        model.addAttribute("page", shown.page());
        model.addAttribute("pages", shown.pages());
        GrantDesk.PreparableSelections preparable = desk.preparable(user);
        model.addAttribute("preparable", preparable.shown());
        model.addAttribute("preparableCount", preparable.count());
        return "grants/portfolio";
    }

    @GetMapping("/agency/grants/prepare/{applicationId}")
    String prepareForm(@PathVariable String applicationId, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("preparable", desk.preparable(applicationId(applicationId), user));
        model.addAttribute("schemes", PaymentScheme.values());
        model.addAttribute("entered", Map.of());
        return "grants/prepare";
    }

    @PostMapping("/agency/grants/prepare/{applicationId}")
    String prepare(@PathVariable String applicationId, @RequestParam Map<String, String> form,
                   @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        ApplicationId id = applicationId(applicationId);
        GrantDesk.Preparable preparable = desk.preparable(id, user);
        List<BeneficiaryDetails> details = new ArrayList<>();
        for (int index = 0; index < preparable.beneficiaries().size(); index++) {
            details.add(new BeneficiaryDetails(preparable.beneficiaries().get(index).identifier(),
                    form.getOrDefault("iban" + index, ""), form.getOrDefault("bic" + index, ""),
                    form.getOrDefault("representative" + index, "")));
        }
        try {
            PaymentScheme scheme;
            try {
                scheme = PaymentScheme.valueOf(form.getOrDefault("scheme", ""));
            } catch (IllegalArgumentException none) {
                throw new GrantRefused("grants.refused.scheme", "R-PAY-01");
            }
            List<GrantAgreement> prepared = desk.prepare(id, scheme, form.getOrDefault("language", "en"), details,
                    user);
            redirect.addFlashAttribute("done", "grants.done.prepared");
            redirect.addFlashAttribute("doneArgument", prepared.size());
            return "redirect:/agency/grants";
        } catch (GrantRefused refused) {
            model.addAttribute("preparable", preparable);
            model.addAttribute("schemes", PaymentScheme.values());
            model.addAttribute("entered", form);
            problem(model, refused);
            return "grants/prepare";
        }
    }

    @PostMapping("/agency/grants/{id}/signature")
    String signByAgency(@PathVariable String id, @AuthenticationPrincipal SignedInUser user,
                        RedirectAttributes redirect) {
        return act(redirect, "/agency/grants/" + id, "grants.done.inForce",
                () -> desk.signByAgency(agreementId(id), user));
    }

    @PostMapping("/agency/grants/{id}/amendments/{version}/approval")
    String approve(@PathVariable String id, @PathVariable int version, @AuthenticationPrincipal SignedInUser user,
                   RedirectAttributes redirect) {
        return act(redirect, "/agency/grants/" + id, "grants.done.amendmentApproved",
                () -> desk.approveAmendment(agreementId(id), version, user));
    }

    @PostMapping("/agency/grants/{id}/amendments/{version}/rejection")
    String reject(@PathVariable String id, @PathVariable int version, @RequestParam(defaultValue = "") String reason,
                  @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        return act(redirect, "/agency/grants/" + id, "grants.done.amendmentRejected",
                () -> desk.rejectAmendment(agreementId(id), version, reason, user));
    }

    private static String act(RedirectAttributes redirect, String page, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
        } catch (GrantRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            redirect.addFlashAttribute("problemRule", refused.rule());
            redirect.addFlashAttribute("problemArguments", refused.arguments());
        }
        return "redirect:" + page;
    }

    private static void problem(Model model, @Nullable GrantRefused refused) {
        if (refused != null) {
            model.addAttribute("problem", refused.messageKey());
            model.addAttribute("problemRule", refused.rule());
            model.addAttribute("problemArguments", refused.arguments());
        }
    }

    private static byte[] bytes(@Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new GrantRefused("grants.refused.noFile", null);
        }
        try {
            return file.getBytes();
        } catch (IOException unreadable) {
            throw new GrantRefused("grants.refused.noFile", null);
        }
    }

    static GrantAgreementId agreementId(String id) {
        try {
            return GrantAgreementId.of(id);
        } catch (IllegalArgumentException malformed) {
            throw new NotYourAgreement();
        }
    }

    private static ApplicationId applicationId(String id) {
        try {
            return new ApplicationId(java.util.UUID.fromString(id));
        } catch (IllegalArgumentException malformed) {
            throw new NotYourAgreement();
        }
    }
}

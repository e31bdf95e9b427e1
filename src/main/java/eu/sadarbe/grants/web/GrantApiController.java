package eu.sadarbe.grants.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.grants.PaymentScheme;
import eu.sadarbe.grants.domain.AgreementStatus;
import eu.sadarbe.grants.domain.Amendment;
import eu.sadarbe.grants.domain.BeneficiaryDetails;
import eu.sadarbe.grants.domain.GrantAgreement;
import eu.sadarbe.grants.domain.GrantDesk;
import eu.sadarbe.grants.domain.GrantRefused;
import eu.sadarbe.grants.domain.NotYourAgreement;

/**
 * Grant agreements over HTTP: the beneficiary's side under {@code /api/v1/grants}, the agency's under
 * {@code /api/v1/agency/{code}/grants}. Nobody outside the project's organisations and its agency's officers reads
 * or changes an agreement: they get 404 as if it did not exist.
 */
@RestController
@Tag(name = "Grant agreements", description = "Prepare, sign and amend grant agreements (rules file section 6, R-PAY-01, R-BUD-01)")
class GrantApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final GrantDesk desk;

    GrantApiController(GrantDesk desk) {
        this.desk = desk;
    }

    /** The officer's preparation: payment scheme, language and one entry per beneficiary (KA229: per school). */
    record PrepareRequest(@Nullable String applicationId, @Nullable PaymentScheme scheme, @Nullable String language,
                          @Nullable List<BeneficiaryDetails> beneficiaries) {
    }

    /** The digest of the exact PDF the legal representative accepts. */
    record SignatureRequest(@Nullable String sha256) {
    }

    /** The officer's reason for rejecting an amendment. */
    record RejectionRequest(@Nullable String reason) {
    }

    @Operation(summary = "The agreements of the projects the caller acts for")
    @GetMapping("/api/v1/grants")
    List<AgreementResponse> mine(@AuthenticationPrincipal SignedInUser user) {
        return desk.projectsOf(user).stream().map(AgreementResponse::of).toList();
    }

    @Operation(summary = "One agreement with its versions, amendments, signatures and audit trail",
            description = "404 unless the caller acts for one of the project's organisations or is an officer of its agency.")
    @GetMapping("/api/v1/grants/{id}")
    AgreementResponse one(@PathVariable String id, @AuthenticationPrincipal SignedInUser user) {
        return AgreementResponse.of(desk.read(GrantPageController.agreementId(id), user));
    }

    @Operation(summary = "The beneficiary's legal representative accepts the exact agreement PDF (its SHA-256)",
            description = "422 when the digest is not the agreement's or the agreement does not await this signature.")
    @PostMapping("/api/v1/grants/{id}/signature")
    AgreementResponse sign(@PathVariable String id, @RequestBody SignatureRequest request,
                           @AuthenticationPrincipal SignedInUser user) {
        return AgreementResponse.of(desk.signByBeneficiary(GrantPageController.agreementId(id),
                request.sha256() == null ? "" : request.sha256(), user));
    }

    @Operation(summary = "The coordinator asks for an amendment", description = """
            kind: PARTNER_JOINS (organisationId, legalName, country, organisationType, mandate), PARTNER_WITHDRAWS
            (organisationId), END_DATE_EXTENDED (projectEnd), BUDGET_TRANSFER (from, to, amount; R-BUD-01),
            BANK_ACCOUNT_CHANGED (iban, bic). 422 with the rule when refused, with the eligibility findings
            (R-ELIG-01…12) when a partner change leaves the consortium ineligible.""")
    @PostMapping("/api/v1/grants/{id}/amendments")
    AgreementResponse.AmendmentResponse amend(@PathVariable String id, @RequestBody AmendmentForm request,
                                              @AuthenticationPrincipal SignedInUser user, Locale locale) {
        Amendment amendment = desk.requestAmendment(GrantPageController.agreementId(id), request.request(),
                request.joiningType(), user, locale);
        return AgreementResponse.AmendmentResponse.of(amendment);
    }

    @Operation(summary = "The legal representative accepts the exact amendment PDF (its SHA-256)")
    @PostMapping("/api/v1/grants/{id}/amendments/{version}/signature")
    AgreementResponse signAmendment(@PathVariable String id, @PathVariable int version,
                                    @RequestBody SignatureRequest request, @AuthenticationPrincipal SignedInUser user) {
        return AgreementResponse.of(desk.signAmendment(GrantPageController.agreementId(id), version,
                request.sha256() == null ? "" : request.sha256(), user));
    }

    @Operation(summary = "The agency's agreements (its portfolio), page by page",
            description = "By call year, round, action type and number; `status` AWAITING_BENEFICIARY, "
                    + "AWAITING_AGENCY or IN_FORCE (all by default); `page` from 0, `size` up to 100 (25 by "
                    + "default). Each entry is a summary: `GET /api/v1/grants/{id}` gives the whole agreement with "
                    + "its versions, amendments, signatures and audit trail. For the agency's officers only.")
    @GetMapping("/api/v1/agency/{code}/grants")
    AgreementPage portfolio(@PathVariable String code,
                                @RequestParam(required = false) @Nullable AgreementStatus status,
                                @Parameter(description = "The page, from 0") @RequestParam(defaultValue = "0") int page,
                                @Parameter(description = "Agreements per page, 1 to 100")
                                @RequestParam(defaultValue = "25") int size,
                                @AuthenticationPrincipal SignedInUser user) {
        requireAgency(code, user);
        int perPage = Math.min(Math.max(1, size), MAX_PAGE_SIZE);
        GrantDesk.PortfolioPage found = desk.portfolio(user, code, status, page, perPage);
        return new AgreementPage(found.count(), found.page(), perPage, found.pages(),
                found.agreements().stream().map(AgreementPage.AgreementSummary::of).toList());
    }

    @Operation(summary = "Prepare the agreement(s) of a final selection of the agency", description = """
            One multi-beneficiary agreement with the coordinator, or for KA229 one per school, each routed to the
            agency of the school's country. IBAN and BIC are checked; 422 with a message otherwise.""")
    @PostMapping("/api/v1/agency/{code}/grants")
    List<AgreementResponse> prepare(@PathVariable String code, @RequestBody PrepareRequest request,
                                    @AuthenticationPrincipal SignedInUser user) {
        requireAgency(code, user);
        if (request.scheme() == null) {
            throw new GrantRefused("grants.refused.scheme", "R-PAY-01");
        }
        ApplicationId applicationId;
        try {
            applicationId = new ApplicationId(java.util.UUID.fromString(String.valueOf(request.applicationId())));
        } catch (IllegalArgumentException malformed) {
            throw new GrantRefused("grants.refused.notPreparable", "R-AWD-05");
        }
        return desk.prepare(applicationId, request.scheme(), request.language() == null ? "en" : request.language(),
                request.beneficiaries() == null ? List.of() : request.beneficiaries(), user).stream()
                .map(AgreementResponse::of).toList();
    }

    @Operation(summary = "The agency signs last: the agreement enters into force")
    @PostMapping("/api/v1/agency/{code}/grants/{id}/signature")
    AgreementResponse signByAgency(@PathVariable String code, @PathVariable String id,
                                   @AuthenticationPrincipal SignedInUser user) {
        requireAgency(code, user);
        return AgreementResponse.of(desk.signByAgency(GrantPageController.agreementId(id), user));
    }

    @Operation(summary = "Approve an amendment the beneficiary signed (the agency's signature)")
    @PostMapping("/api/v1/agency/{code}/grants/{id}/amendments/{version}/approval")
    AgreementResponse approve(@PathVariable String code, @PathVariable String id, @PathVariable int version,
                              @AuthenticationPrincipal SignedInUser user) {
        requireAgency(code, user);
        return AgreementResponse.of(desk.approveAmendment(GrantPageController.agreementId(id), version, user));
    }

    @Operation(summary = "Reject an open amendment, with a reason")
    @PostMapping("/api/v1/agency/{code}/grants/{id}/amendments/{version}/rejection")
    AgreementResponse reject(@PathVariable String code, @PathVariable String id, @PathVariable int version,
                             @RequestBody RejectionRequest request, @AuthenticationPrincipal SignedInUser user) {
        requireAgency(code, user);
        GrantAgreement agreement = desk.rejectAmendment(GrantPageController.agreementId(id), version,
                request.reason() == null ? "" : request.reason(), user);
        return AgreementResponse.of(agreement);
    }

    private static void requireAgency(String code, SignedInUser user) {
        if (!user.isOfficerOf(code)) {
            throw new NotYourAgreement();
        }
    }
}

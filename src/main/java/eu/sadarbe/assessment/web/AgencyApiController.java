package eu.sadarbe.assessment.web;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.assessment.inbox.FinancialCapacity;
import eu.sadarbe.assessment.inbox.FormalCheckDecision;
import eu.sadarbe.assessment.inbox.FormalCheckView;
import eu.sadarbe.assessment.inbox.FormalChecks;
import eu.sadarbe.assessment.inbox.Inbox;
import eu.sadarbe.assessment.inbox.InboxFilter;
import eu.sadarbe.assessment.inbox.InboxView;
import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.web.Formats;

/**
 * The agency's own tools over HTTP: its inbox, one application with findings, status and audit trail, and the
 * formal check. Only officers of the agency in the path: anyone else gets 403, anonymous callers 401.
 */
@RestController
@Tag(name = "Agency back office", description = "A National Agency's submitted applications and formal checks")
class AgencyApiController {

    private final Inbox inbox;
    private final FormalChecks checks;
    private final MessageSource messages;

    AgencyApiController(Inbox inbox, FormalChecks checks, MessageSource messages) {
        this.inbox = inbox;
        this.checks = checks;
        this.messages = messages;
    }

    @Operation(summary = "The applications submitted to the agency", description = """
            Filtered by round (2020-2), action type and status (SUBMITTED, ELIGIBLE, INELIGIBLE, ASSESSING,
            ASSESSED, SELECTED, RESERVE, REJECTED); sorted by number, score, grant or submitted; 100 per page.""")
    @GetMapping("/api/v1/agency/{code}/applications")
    InboxResponse applications(@PathVariable String code,
                               @RequestParam(required = false) @Nullable String round,
                               @RequestParam(required = false) @Nullable String actionType,
                               @RequestParam(required = false) @Nullable String status,
                               @Parameter(description = "number, score, grant or submitted")
                               @RequestParam(required = false) @Nullable String sort,
                               @Parameter(description = "asc or desc")
                               @RequestParam(required = false) @Nullable String direction,
                               @RequestParam(required = false) @Nullable Integer page,
                               @AuthenticationPrincipal SignedInUser user) {
        InboxView view = inbox.of(user, code, InboxFilter.of(round, actionType, status, sort, direction, page));
        return new InboxResponse(view.page().total(), view.page().page(), view.page().pages(),
                view.page().entries().stream().map(AgencyApplicationResponse::of).toList());
    }

    @Operation(summary = "One application: summary, findings on the frozen document, status and audit trail",
            description = """
            `financialCapacity` says whether the officer asks for the applicant's financial-capacity documents:
            when the requested grant is above the call year's threshold (R-AWD-04, 60,000 EUR in 2014–2020).""")
    @GetMapping("/api/v1/agency/{code}/applications/{id}")
    ApplicationResponse application(@PathVariable String code, @PathVariable ApplicationId id,
                                    @AuthenticationPrincipal SignedInUser user, Locale locale) {
        return response(checks.view(code, id, user), locale);
    }

    @Operation(summary = "Record the formal check", description = """
            {"eligible": true} confirms; {"eligible": false, "reason": "…", "ruleIds": ["R-ELIG-10"]} rejects as
            ineligible. 409 before the application's deadline has passed (R-SUB-01, with its extensions R-SUB-02 and
            R-SUB-03). A changed check is allowed until the experts start (then 409). 422 without reason or rule id.""")
    @PostMapping("/api/v1/agency/{code}/applications/{id}/formal-check")
    ApplicationResponse formalCheck(@PathVariable String code, @PathVariable ApplicationId id,
                                    @RequestBody FormalCheckRequest request, @AuthenticationPrincipal SignedInUser user,
                                    Locale locale) {
        checks.record(code, id, new FormalCheckDecision(Boolean.TRUE.equals(request.eligible()), request.reason(),
                request.ruleIds() == null ? List.of() : request.ruleIds()), user);
        return response(checks.view(code, id, user), locale);
    }

    private ApplicationResponse response(FormalCheckView view, Locale locale) {
        return new ApplicationResponse(AgencyApplicationResponse.of(view.entry()),
                view.submitted().submission().sha256(), view.budget().total().amount(),
                view.findings().stream().map(finding -> new FormalCheckFinding(finding.rule(),
                        finding.severity().name(), finding.path(), messages.getMessage(finding.messageKey(),
                                finding.arguments().toArray(), finding.messageKey(), locale))).toList(),
                view.history().stream().map(entry -> new AuditResponse(entry.action(), entry.subject(), entry.before(),
                        entry.after(), entry.actorEmail(),
                        entry.at().atZone(CallRoundSummary.BRUSSELS).toOffsetDateTime())).toList(),
                financialCapacity(view.financialCapacity(), locale));
    }

    /** R-AWD-04: whether the officer asks for the financial-capacity documents, in the caller's language. */
    private FinancialCapacityResponse financialCapacity(FinancialCapacity capacity, Locale locale) {
        Formats formats = Formats.in(locale);
        return new FinancialCapacityResponse(FinancialCapacity.RULE, capacity.documentsRequired(),
                capacity.requestedGrant().amount(), capacity.threshold().amount(), capacity.otherAnnexes(),
                messages.getMessage(capacity.documentsRequired() ? "formalCheck.financialCapacity.required"
                                : "formalCheck.financialCapacity.notRequired",
                        new Object[] {formats.money(capacity.requestedGrant()), formats.money(capacity.threshold())},
                        locale));
    }

    /** The formal check as JSON. */
    record FormalCheckRequest(@Nullable Boolean eligible, @Nullable String reason, @Nullable List<String> ruleIds) {
    }

    record InboxResponse(int total, int page, int pages, List<AgencyApplicationResponse> applications) {
    }

    record ApplicationResponse(AgencyApplicationResponse application, String sha256, BigDecimal requestedGrant,
                               List<FormalCheckFinding> findings, List<AuditResponse> audit,
                               FinancialCapacityResponse financialCapacity) {
    }

    /** R-AWD-04: documents required when the requested grant is above the call year's threshold. */
    record FinancialCapacityResponse(String rule, boolean documentsRequired, BigDecimal requestedGrant,
                                     BigDecimal threshold, List<String> otherAnnexes, String message) {
    }

    record FormalCheckFinding(String rule, String severity, String path, String message) {
    }

    record AuditResponse(String action, @Nullable String subject, @Nullable String before, @Nullable String after,
                         String by, OffsetDateTime at) {
    }
}

package eu.sadarbe.reporting.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.budget.BudgetCategory;
import eu.sadarbe.reporting.ReportId;
import eu.sadarbe.reporting.ReportKind;
import eu.sadarbe.reporting.ReportStatus;
import eu.sadarbe.reporting.domain.AgencyReportPage;
import eu.sadarbe.reporting.domain.CategoryFigures;
import eu.sadarbe.reporting.domain.FinalGrant;
import eu.sadarbe.reporting.domain.IneligibleLine;
import eu.sadarbe.reporting.domain.Report;
import eu.sadarbe.reporting.domain.ReportAssessment;
import eu.sadarbe.reporting.domain.ReportLine;
import eu.sadarbe.reporting.domain.ReportRefused;
import eu.sadarbe.reporting.domain.ReportSettlement;

/**
 * The agency's side of reports over HTTP, the same use cases as its pages ({@link ReportSettlement}): the agency's
 * reports by status, page by page; one report's assessment — awarded, reported, eligible and accepted per budget
 * category, the lines found ineligible (R-RED-02), the score (R-RED-01) with its reduction, the final grant, what was
 * paid and the balance or recovery, and whether the public results summary is there (R-REP-02); marking a line
 * ineligible or eligible again, scoring, returning for changes, and approving. Only officers of the report's agency: a report of another
 * agency answers 404 as an unknown one does, another agency's list 403; other people get 403, anonymous callers 401.
 */
@RestController
@Tag(name = "Report assessment", description = "The National Agency's assessment of interim and final reports: "
        + "ineligible lines (R-RED-02), score and reduction (R-RED-01), final grant, balance or recovery, and the "
        + "public results summary (R-REP-02)")
class SettlementApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final ReportSettlement settlement;

    SettlementApiController(ReportSettlement settlement) {
        this.settlement = settlement;
    }

    @Operation(summary = "The agency's reports in a status, by due date, page by page",
            description = "`status` OPEN, SUBMITTED (the default: those waiting for the officer), ASSESSED or "
                    + "CLOSED; `kind` INTERIM or FINAL; `page` from 0, `size` up to 100 (25 by default). For the "
                    + "agency's officers only: an officer of another agency gets 403.")
    @GetMapping("/api/v1/agency/{code}/reports")
    ReportPage reports(@PathVariable String code,
                       @RequestParam(defaultValue = "SUBMITTED") ReportStatus status,
                       @RequestParam(required = false) @Nullable ReportKind kind,
                       @Parameter(description = "The page, from 0") @RequestParam(defaultValue = "0") int page,
                       @Parameter(description = "Reports per page, 1 to 100")
                       @RequestParam(defaultValue = "25") int size,
                       @AuthenticationPrincipal SignedInUser user) {
        int perPage = Math.min(Math.max(1, size), MAX_PAGE_SIZE);
        AgencyReportPage found = settlement.ofAgency(code, status, kind, page, perPage, user);
        return new ReportPage(found.total(), found.page(), perPage, found.pages(),
                found.reports().stream().map(ReportEntry::of).toList());
    }

    @Operation(summary = "A report's assessment: the final grant per category, ineligible lines, score, balance",
            description = "Per budget category what the agreement awarded, what the activities reported are worth "
                    + "at its unit costs, what stays eligible without the lines found ineligible (R-RED-02), what "
                    + "moved in from underspending elsewhere (R-BUD-01) and what is accepted; every line of the "
                    + "report with its ineligibility; the score and the reduction it gives (R-RED-01); the final "
                    + "grant, the pre-financing paid and the balance (negative: an amount to recover); whether the "
                    + "public results summary is complete (R-REP-02); and, once approved, the decision and its "
                    + "order. An interim report has no score or reduction: its `finalGrant` is the amount used.")
    @GetMapping("/api/v1/agency/reports/{id}/assessment")
    AssessmentResponse assessment(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user) {
        return AssessmentResponse.of(settlement.read(new ReportId(id), user));
    }

    @Operation(summary = "Mark a line of a submitted report ineligible, with the reason, or eligible again",
            description = "`{\"eligible\": false, \"reason\": \"…\"}` removes the line and every amount linked to "
                    + "it (a learning activity's participants, a participant's special needs) from every category "
                    + "(R-RED-02); `{\"eligible\": true}` undoes it. 422 (with `rule`) without a reason or for a "
                    + "line the report does not have, and when the report is not submitted.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The assessment as it stands now"),
                    @ApiResponse(responseCode = "422", description = "No reason, no such line, or not submitted",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(implementation = ProblemDetail.class)))})
    @PutMapping("/api/v1/agency/reports/{id}/lines/{lineId}/eligibility")
    AssessmentResponse eligibility(@PathVariable UUID id, @PathVariable String lineId,
                                   @RequestBody EligibilityRequest request,
                                   @AuthenticationPrincipal SignedInUser user) {
        if (request.eligible() == null) {
            throw new HttpMessageNotReadableException("eligible is required", null);
        }
        ReportId report = new ReportId(id);
        if (request.eligible()) {
            settlement.undoIneligible(report, lineId, user);
        } else {
            settlement.markIneligible(report, lineId, request.reason() == null ? "" : request.reason(), user);
        }
        return AssessmentResponse.of(settlement.read(report, user));
    }

    @Operation(summary = "Score a submitted final report, with comments (R-RED-01)",
            description = "`{\"score\": 45, \"comments\": \"…\"}`, the score a whole number from 0 to the call "
                    + "year's maximum (100). A score below 50 reduces the final grant by the R-RED-01 bands. 422 "
                    + "(with `rule`) without a score or outside the range, and when the report is not submitted.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The assessment with the reduction"),
                    @ApiResponse(responseCode = "422", description = "No score, out of range, or not submitted",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(implementation = ProblemDetail.class)))})
    @PutMapping("/api/v1/agency/reports/{id}/score")
    AssessmentResponse score(@PathVariable UUID id, @RequestBody ScoreRequest request,
                             @AuthenticationPrincipal SignedInUser user) {
        if (request.score() == null) {
            throw new ReportRefused("settlement.refused.scoreNotNumber", "R-RED-01");
        }
        ReportId report = new ReportId(id);
        settlement.score(report, request.score(), request.comments() == null ? "" : request.comments(), user);
        return AssessmentResponse.of(settlement.read(report, user));
    }

    @Operation(summary = "Approve a submitted report: the second pre-financing, or the balance or recovery",
            description = "An interim report releases the second pre-financing (R-PAY-02); a final one needs its "
                    + "score (R-RED-01) and its complete public results summary (R-REP-02), settles the final grant "
                    + "into a balance payment or a recovery order, gets its final letter and closes. 422 (with "
                    + "`rule`) otherwise, and when the report is not submitted.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "Approved: the assessment with its decision"),
                    @ApiResponse(responseCode = "422", description = "Not scored, no summary, or not submitted",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(implementation = ProblemDetail.class)))})
    @PostMapping("/api/v1/agency/reports/{id}/approval")
    AssessmentResponse approve(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user) {
        return AssessmentResponse.of(settlement.approve(new ReportId(id), user));
    }

    @Operation(summary = "Return a submitted report to the project for changes, saying what to change",
            description = "`{\"reason\": \"…\"}` (at most 2,000 characters): the report is open again for the "
                    + "project's people. 422 without a reason, or when the report is not submitted.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "Returned: the assessment, the report open"),
                    @ApiResponse(responseCode = "422", description = "No reason, too long, or not submitted",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(implementation = ProblemDetail.class)))})
    @PostMapping("/api/v1/agency/reports/{id}/return")
    AssessmentResponse returnForChanges(@PathVariable UUID id, @RequestBody ReturnRequest request,
                                        @AuthenticationPrincipal SignedInUser user) {
        ReportId report = new ReportId(id);
        settlement.returnForChanges(report, request.reason() == null ? "" : request.reason(), user);
        return AssessmentResponse.of(settlement.read(report, user));
    }

    /** What the project is to change. */
    record ReturnRequest(@Nullable String reason) {
    }

    /** A line to mark: ineligible with the reason, or eligible again. */
    record EligibilityRequest(@Nullable Boolean eligible, @Nullable String reason) {
    }

    /** A score with the officer's comments. */
    record ScoreRequest(@Nullable Integer score, @Nullable String comments) {
    }

    /** One page of the agency's reports. */
    record ReportPage(int total, int page, int size, int pages, List<ReportEntry> reports) {
    }

    /** A report in the agency's list. */
    record ReportEntry(UUID id, String kind, String status, UUID agreementId, String agreementNumber,
                       String applicationNumber, String beneficiary, String title, LocalDate dueOn,
                       @Nullable Instant submittedAt) {

        static ReportEntry of(Report report) {
            return new ReportEntry(report.id().value(), report.kind().name(), report.status().name(),
                    report.project().agreementId().value(), report.project().agreementNumber(),
                    report.project().applicationNumber(), report.project().beneficiaryName(),
                    report.project().title(), report.dueOn(), report.submittedAt());
        }
    }

    /** A report's assessment as the officer's page shows it. */
    record AssessmentResponse(UUID id, String kind, String status, UUID agreementId, String agreementNumber,
                              List<CategoryAssessment> categories, TotalsResponse totals, TransferResponse transfer,
                              List<LineResponse> lines, List<IneligibleResponse> ineligible, ScoreResponse score,
                              ReductionResponse reduction,
                              @Schema(description = "The final grant after the reduction (final report), or the "
                                      + "amount used (interim report)") BigDecimal finalGrant,
                              @Schema(description = "The pre-financing paid before the decision") BigDecimal paid,
                              @Schema(description = "Final grant less what was paid: positive, a balance to pay; "
                                      + "negative, an amount to recover (final report)") BigDecimal balance,
                              ResultsSummaryCheck summary, @Nullable DecisionResponse decision) {

        static AssessmentResponse of(ReportSettlement.Assessed assessed) {
            Report report = assessed.report();
            FinalGrant figures = assessed.figures();
            ReportAssessment assessment = assessed.assessment();
            Map<String, IneligibleLine> marked = assessment.ineligible();
            boolean isFinal = report.kind() == ReportKind.FINAL;
            ReportAssessment.Decision decision = assessment.decision();
            return new AssessmentResponse(report.id().value(), report.kind().name(), report.status().name(),
                    report.project().agreementId().value(), report.project().agreementNumber(),
                    Arrays.stream(BudgetCategory.values())
                            .map(category -> CategoryAssessment.of(category, figures.category(category))).toList(),
                    new TotalsResponse(figures.awardedTotal(), figures.reportedTotal(), figures.eligibleTotal(),
                            figures.acceptedTotal()),
                    new TransferResponse("R-BUD-01", figures.transferLimitShare(),
                            assessed.transferLimit().status().name()),
                    assessed.lines().stream().map(line -> LineResponse.of(line, marked.get(line.id()))).toList(),
                    assessment.ineligibleLines().stream().map(IneligibleResponse::of).toList(),
                    new ScoreResponse("R-RED-01", assessment.score(), assessed.bands().maximum(),
                            assessment.comments(), assessment.scoredBy(), assessment.scoredAt()),
                    new ReductionResponse("R-RED-01", figures.reduction().band().name(), figures.reduction().percent(),
                            figures.reductionAmount()),
                    isFinal ? figures.finalGrant() : figures.acceptedTotal(), assessed.paid(),
                    isFinal ? assessed.balance() : BigDecimal.ZERO.setScale(2),
                    new ResultsSummaryCheck("R-REP-02", report.content().summary().isComplete()),
                    decision == null ? null : DecisionResponse.of(decision));
        }
    }

    /** One budget category: awarded, reported, eligible, transferred in (R-BUD-01) and accepted, in euro. */
    record CategoryAssessment(String category, BigDecimal awarded, BigDecimal reported, BigDecimal eligible,
                            BigDecimal transferredIn, BigDecimal accepted) {

        static CategoryAssessment of(BudgetCategory category, CategoryFigures figures) {
            return new CategoryAssessment(category.name(), figures.awarded(), figures.reported(), figures.eligible(),
                    figures.transferredIn(), figures.accepted());
        }
    }

    /** The sums over every category. */
    record TotalsResponse(BigDecimal awarded, BigDecimal reported, BigDecimal eligible, BigDecimal accepted) {
    }

    /** R-BUD-01: the share of a category's awarded amount that may move to others, and the figure's status. */
    record TransferResponse(String rule, BigDecimal limitShare, String figureStatus) {
    }

    /** A line of the report (R-RED-02): what it is, what it belongs to, and its ineligibility when marked. */
    record LineResponse(String id, String kind, @Nullable String activityType, String description,
                        @Nullable String linkedTo, boolean eligible, @Nullable String reason) {

        static LineResponse of(ReportLine line, @Nullable IneligibleLine marked) {
            return new LineResponse(line.id(), line.kind(), line.activityType(), line.description(), line.linkedTo(),
                    marked == null, marked == null ? null : marked.reason());
        }
    }

    /** R-RED-02: a line found ineligible, why, by whom and when. */
    record IneligibleResponse(String rule, String lineId, String reason, String markedBy, Instant markedAt) {

        static IneligibleResponse of(IneligibleLine line) {
            return new IneligibleResponse("R-RED-02", line.lineId(), line.reason(), line.markedBy(), line.markedAt());
        }
    }

    /** R-RED-01: the score out of the maximum (none yet: null), with the comments. */
    record ScoreResponse(String rule, @Nullable Integer points, int maximum, String comments,
                         @Nullable String scoredBy, @Nullable Instant scoredAt) {
    }

    /** R-RED-01: the band the score falls in (NONE, LIGHT, MEDIUM, HEAVY), its percentage and the amount cut. */
    record ReductionResponse(String rule, String band, BigDecimal percent, BigDecimal amount) {
    }

    /** R-REP-02: whether the public results summary is there, in English and the project's language. */
    record ResultsSummaryCheck(String rule, boolean complete) {
    }

    /** The approval: who, when, and the payment or recovery order it gave (none when nothing is due). */
    record DecisionResponse(String decidedBy, Instant decidedAt, @Nullable String orderKind,
                            @Nullable BigDecimal orderAmount, @Nullable LocalDate orderDueOn) {

        static DecisionResponse of(ReportAssessment.Decision decision) {
            return new DecisionResponse(decision.decidedBy(), decision.decidedAt(),
                    decision.orderKind() == null ? null : decision.orderKind().name(), decision.orderAmount(),
                    decision.orderDueOn());
        }
    }
}

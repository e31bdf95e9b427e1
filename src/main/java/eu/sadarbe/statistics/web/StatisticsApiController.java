package eu.sadarbe.statistics.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import eu.sadarbe.statistics.domain.CutOff;
import eu.sadarbe.statistics.domain.Figure;
import eu.sadarbe.statistics.domain.Figures;
import eu.sadarbe.statistics.domain.Group;
import eu.sadarbe.statistics.domain.ProgrammeStatistics;
import eu.sadarbe.statistics.domain.StatisticsFilter;
import eu.sadarbe.statistics.domain.StatisticsReport;

/** The public statistics as JSON: the same figures as the page, for any filter, without sign-in. */
@RestController
@RequestMapping("/api/v1/statistics")
@Tag(name = "Statistics", description = "The programme's funnel from applications received to projects contracted "
        + "and completed, with success rates, cut-off scores and amounts; public aggregates only")
class StatisticsApiController {

    private final ProgrammeStatistics statistics;
    private final MessageSource messages;

    StatisticsApiController(ProgrammeStatistics statistics, MessageSource messages) {
        this.statistics = statistics;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "The funnel (received, eligible, passed the pass marks R-AWD-02, selected, reserve list, "
            + "contracted, completed) for the filter, by action type, field and country, with the cut-off score of "
            + "each ranking (R-AWD-05). Figures that would tell one application's score or request are SUPPRESSED; "
            + "completed counts projects whose last agreement was settled after the final report; the reduction rate "
            + "(1 - final grant / contracted grant of the completed projects) is NOT_YET_AVAILABLE while none is "
            + "completed")
    @ApiResponse(responseCode = "200", description = "the statistics",
            content = @Content(schema = @Schema(implementation = StatisticsResponse.class)))
    @ApiResponse(responseCode = "400", description = "a filter value that cannot be a call year (2014-2020), round, "
            + "agency code (LV01), action type (KA201), field or country code (LV)",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> statistics(
            @Parameter(description = "call year, 2014-2020") @RequestParam(required = false) @Nullable String callYear,
            @Parameter(description = "round number within the call year") @RequestParam(required = false) @Nullable String round,
            @Parameter(description = "National Agency code, e.g. LV01") @RequestParam(required = false) @Nullable String agency,
            @Parameter(description = "action type, e.g. KA201") @RequestParam(required = false) @Nullable String actionType,
            @Parameter(description = "field: SCHOOL_EDUCATION, VOCATIONAL_EDUCATION_AND_TRAINING, HIGHER_EDUCATION, "
                    + "ADULT_EDUCATION or YOUTH") @RequestParam(required = false) @Nullable String field,
            @Parameter(description = "the applicant's country (ISO 3166-1 alpha-2)") @RequestParam(required = false) @Nullable String country,
            Locale locale) {
        FilterForm.Checked checked = new FilterForm(callYear, round, agency, actionType, field, country).check();
        if (!checked.errors().isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    checked.errors().values().stream().map(key -> messages.getMessage(key, null, locale))
                            .collect(Collectors.joining(" ")));
            problem.setTitle(messages.getMessage("problem.badRequest", null, locale));
            problem.setProperty("parameters", List.copyOf(checked.errors().keySet()));
            return ResponseEntity.badRequest().body(problem);
        }
        return ResponseEntity.ok(StatisticsResponse.of(statistics.report(checked.filter())));
    }

    record StatisticsResponse(StatisticsFilter filter, FiguresResponse total, List<GroupResponse> byActionType,
                              List<GroupResponse> byField, List<GroupResponse> byCountry,
                              List<CutOffResponse> cutOffs, int smallestPublishedGroup) {
        static StatisticsResponse of(StatisticsReport report) {
            return new StatisticsResponse(report.filter(), FiguresResponse.of(report.total()),
                    GroupResponse.of(report.byActionType()), GroupResponse.of(report.byField()),
                    GroupResponse.of(report.byCountry()), report.cutOffs().stream().map(CutOffResponse::of).toList(),
                    Figures.SMALLEST_GROUP);
        }
    }

    record GroupResponse(String key, FiguresResponse figures) {
        static List<GroupResponse> of(List<Group> groups) {
            return groups.stream().map(group -> new GroupResponse(group.key(), FiguresResponse.of(group.figures())))
                    .toList();
        }
    }

    /** Counts, rates (0 to 1, four decimals; null when nothing to divide by) and figures with their availability. */
    record FiguresResponse(long received, long awaitingFormalCheck, long eligible, long ineligible, long passed,
                           long selected, long reserve, long rejected, long contracted, Figure completed,
                           Map<String, @Nullable BigDecimal> rates, Figure requested, Figure requestedBySelected,
                           Figure awarded, Figure contractedAmount, Figure reductionRate) {
        static FiguresResponse of(Figures figures) {
            Map<String, @Nullable BigDecimal> rates = new java.util.LinkedHashMap<>();
            rates.put("success", figures.successRate());
            rates.put("eligible", figures.eligibleRate());
            rates.put("passed", figures.passRate());
            rates.put("selectedOfPassed", figures.selectionRate());
            rates.put("contractedOfSelected", figures.contractRate());
            return new FiguresResponse(figures.received(), figures.awaitingCheck(), figures.eligible(),
                    figures.ineligible(), figures.passed(), figures.selected(), figures.reserve(), figures.rejected(),
                    figures.contracted(), figures.completed(), rates, figures.requested(),
                    figures.requestedBySelected(), figures.awarded(), figures.contractedAmount(),
                    figures.reductionRate());
        }
    }

    record CutOffResponse(String agency, int callYear, int round, String actionType, long selected, Figure cutOffScore) {
        static CutOffResponse of(CutOff cutOff) {
            return new CutOffResponse(cutOff.agency(), cutOff.callYear(), cutOff.round(), cutOff.actionType(),
                    cutOff.selected(), cutOff.score());
        }
    }
}

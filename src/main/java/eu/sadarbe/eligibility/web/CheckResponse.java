package eu.sadarbe.eligibility.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import eu.sadarbe.budget.Budget;
import eu.sadarbe.eligibility.CheckReport;

/** The 200 answer of {@code POST /api/v1/application-checks} (shared API document §2). */
record CheckResponse(
        @Schema(description = "true exactly when no finding has severity ERROR") boolean eligible,
        @Schema(description = "the agency of the applicant's country for this action type (R-ELIG-09); null when the applicant is not in a Programme Country")
        @Nullable AgencyResponse nationalAgency,
        List<FindingResponse> findings,
        BudgetResponse budget) {

    static CheckResponse of(CheckReport report, CheckMessages messages, Locale locale) {
        return new CheckResponse(report.eligible(),
                report.nationalAgency().map(agency -> new AgencyResponse(agency.code(), agency.name())).orElse(null),
                report.findings().stream().map(finding -> new FindingResponse(finding.rule(),
                        finding.severity().name(), finding.path(), messages.of(finding, locale))).toList(),
                BudgetResponse.of(report.budget()));
    }

    record AgencyResponse(String code, String name) {
    }

    record FindingResponse(@Schema(example = "R-ELIG-02") String rule,
                           @Schema(allowableValues = {"ERROR", "WARNING"}) String severity,
                           @Schema(description = "JSON Pointer into the document") String path,
                           String message) {
    }

    record BudgetResponse(String currency, List<CategoryResponse> categories, BigDecimal total, BigDecimal maximum) {

        static BudgetResponse of(Budget budget) {
            return new BudgetResponse("EUR", budget.categories().entrySet().stream()
                    .map(entry -> new CategoryResponse(entry.getKey().name(), entry.getValue().amount())).toList(),
                    budget.total().amount(), budget.maximum().amount());
        }
    }

    record CategoryResponse(String category, BigDecimal amount) {
    }
}

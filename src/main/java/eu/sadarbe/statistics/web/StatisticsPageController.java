package eu.sadarbe.statistics.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.statistics.domain.Cell;
import eu.sadarbe.statistics.domain.Figure;
import eu.sadarbe.statistics.domain.Figures;
import eu.sadarbe.statistics.domain.Group;
import eu.sadarbe.statistics.domain.ProgrammeStatistics;
import eu.sadarbe.statistics.domain.StatisticsReport;
import eu.sadarbe.web.CsvFiles;
import eu.sadarbe.web.Formats;
import eu.sadarbe.web.Plurals;
import eu.sadarbe.web.PublicPaths;

/**
 * The public statistics page (issue #20, item 4): the filters as a plain GET form, the funnel and the success rates
 * by action type and by country as server-drawn SVG charts each beside its table, the amounts and cut-off scores,
 * and the same figures as a CSV file. No sign-in, no session.
 */
@Controller
class StatisticsPageController {


    private final ProgrammeStatistics statistics;
    private final ReferenceData reference;
    private final MessageSource messages;
    private final Plurals plurals;

    StatisticsPageController(ProgrammeStatistics statistics, ReferenceData reference, MessageSource messages,
                             Plurals plurals) {
        this.statistics = statistics;
        this.reference = reference;
        this.messages = messages;
        this.plurals = plurals;
    }

    @Bean
    static PublicPaths statisticsPublicPaths() {
        return PublicPaths.of("/statistics", "/statistics.csv", "/api/v1/statistics");
    }

    @GetMapping("/statistics")
    String page(@RequestParam(required = false) @Nullable String callYear,
                @RequestParam(required = false) @Nullable String round,
                @RequestParam(required = false) @Nullable String agency,
                @RequestParam(required = false) @Nullable String actionType,
                @RequestParam(required = false) @Nullable String field,
                @RequestParam(required = false) @Nullable String country, Locale locale, Model model) {
        FilterForm form = new FilterForm(callYear, round, agency, actionType, field, country);
        FilterForm.Checked checked = form.check();
        StatisticsReport report = statistics.report(checked.filter());
        Labels labels = new Labels(reference, messages, locale);
        model.addAttribute("form", form);
        model.addAttribute("errors", checked.errors());
        model.addAttribute("report", report);
        model.addAttribute("labels", labels);
        model.addAttribute("csvUrl", form.query("/statistics.csv"));
        model.addAttribute("apiUrl", form.query("/api/v1/statistics"));
        model.addAttribute("funnelChart", funnelChart(report.total(), locale));
        model.addAttribute("actionTypeChart", successChart("chart-action-types", "statistics.byActionType",
                report.byActionType(), code -> code, locale));
        model.addAttribute("countryChart", successChart("chart-countries", "statistics.byCountry",
                report.byCountry(), labels::country, locale));
        return "statistics/statistics";
    }

    @GetMapping("/statistics.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) @Nullable String callYear,
                               @RequestParam(required = false) @Nullable String round,
                               @RequestParam(required = false) @Nullable String agency,
                               @RequestParam(required = false) @Nullable String actionType,
                               @RequestParam(required = false) @Nullable String field,
                               @RequestParam(required = false) @Nullable String country, Locale locale) {
        FilterForm.Checked checked = new FilterForm(callYear, round, agency, actionType, field, country).check();
        List<Cell> cells = statistics.cells(checked.filter());
        byte[] file = CsvFiles.write(csvHeaders(locale), cells.stream().map(cell -> csvRow(cell, locale)).toList());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("sadarbe-statistics.csv").build().toString())
                .body(file);
    }

    private BarChart funnelChart(Figures total, Locale locale) {
        BarChart.Builder chart = BarChart.builder("chart-funnel", message("statistics.funnel.chartTitle", locale),
                plurals.in(locale, "statistics.funnel.chartDescription", total.received(), total.selected(),
                        total.contracted()));
        long received = total.received();
        stage(chart, "statistics.stage.received", total.received(), received, locale);
        stage(chart, "statistics.stage.eligible", total.eligible(), received, locale);
        stage(chart, "statistics.stage.passed", total.passed(), received, locale);
        stage(chart, "statistics.stage.selected", total.selected(), received, locale);
        stage(chart, "statistics.stage.reserve", total.reserve(), received, locale);
        stage(chart, "statistics.stage.contracted", total.contracted(), received, locale);
        if (total.completed().isPublished()) {
            stage(chart, "statistics.stage.completed", total.completed().value().longValue(), received, locale);
        } else {
            chart.unavailable(message("statistics.stage.completed", locale),
                    message("statistics.notYetAvailable", locale));
        }
        return chart.build();
    }

    private void stage(BarChart.Builder chart, String key, long count, long received, Locale locale) {
        BigDecimal share = Figures.share(count, received);
        chart.bar(message(key, locale), share == null ? 0 : share.doubleValue(),
                Formats.in(locale).number(count) + (share == null ? "" : " (" + Formats.percent(share, locale) + ")"));
    }

    private BarChart successChart(String id, String titleKey, List<Group> groups,
                                  java.util.function.Function<String, String> label, Locale locale) {
        BarChart.Builder chart = BarChart.builder(id, message(titleKey + ".chartTitle", locale),
                plurals.in(locale, "statistics.success.chartDescription", groups.size()));
        for (Group group : groups) {
            BigDecimal rate = group.figures().successRate();
            chart.bar(label.apply(group.key()), rate == null ? 0 : rate.doubleValue(),
                    (rate == null ? "–" : Formats.percent(rate, locale)) + " (" + plurals.in(locale,
                            "statistics.success.ofReceived", group.figures().selected(), group.figures().received())
                            + ")");
        }
        return chart.build();
    }

    private List<String> csvHeaders(Locale locale) {
        List<String> headers = new ArrayList<>();
        for (String key : List.of("callYear", "round", "agency", "actionType", "field", "country", "received",
                "awaitingCheck", "eligible", "ineligible", "passed", "selected", "reserve", "rejected", "contracted",
                "completed", "successRate", "requested", "requestedBySelected", "awarded", "contractedAmount",
                "reductionRate")) {
            headers.add(message("statistics.csv." + key, locale));
        }
        return headers;
    }

    private List<String> csvRow(Cell cell, Locale locale) {
        Figures figures = cell.figures();
        BigDecimal success = figures.successRate();
        return List.of(String.valueOf(cell.callYear()), String.valueOf(cell.round()), cell.agency(),
                cell.actionType(), cell.field() == null ? "" : cell.field(),
                cell.country() == null ? "" : cell.country(), String.valueOf(figures.received()),
                String.valueOf(figures.awaitingCheck()), String.valueOf(figures.eligible()),
                String.valueOf(figures.ineligible()), String.valueOf(figures.passed()),
                String.valueOf(figures.selected()), String.valueOf(figures.reserve()),
                String.valueOf(figures.rejected()), String.valueOf(figures.contracted()),
                csvFigure(figures.completed(), locale, false), success == null ? "" : success.toPlainString(),
                csvFigure(figures.requested(), locale, true), csvFigure(figures.requestedBySelected(), locale, true),
                csvFigure(figures.awarded(), locale, true), csvFigure(figures.contractedAmount(), locale, true),
                csvFigure(figures.reductionRate(), locale, false));
    }

    /** Plain numbers (a dot for decimals) so any spreadsheet reads them; a word where a figure is held back. */
    private String csvFigure(Figure figure, Locale locale, boolean money) {
        return switch (figure.availability()) {
            case PUBLISHED -> money ? figure.value().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() : figure.value().toPlainString();
            case SUPPRESSED -> message("statistics.suppressedShort", locale);
            case NOT_YET_AVAILABLE -> message("statistics.notYetAvailable", locale);
        };
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}

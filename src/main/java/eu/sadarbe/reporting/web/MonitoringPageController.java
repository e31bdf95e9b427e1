package eu.sadarbe.reporting.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.reporting.ReportStatus;
import eu.sadarbe.reporting.monitoring.Portfolio;
import eu.sadarbe.reporting.monitoring.PortfolioFilter;
import eu.sadarbe.reporting.monitoring.PortfolioLine;
import eu.sadarbe.reporting.monitoring.ReportState;
import eu.sadarbe.web.Spreadsheets;

/**
 * The agency's monitoring page (issue 19, item 6): its portfolio of agreements in force with reports due and
 * overdue (R-REP-01), payments made and due, absorption and flags; filters, order, pages of 50 and the same lines
 * as an .xlsx file. Filters it does not understand are dropped and said so, never an error.
 */
@Controller
class MonitoringPageController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Portfolio portfolio;
    private final MessageSource messages;

    MonitoringPageController(Portfolio portfolio, MessageSource messages) {
        this.portfolio = portfolio;
        this.messages = messages;
    }

    @GetMapping("/agency/monitoring")
    String monitoring(@RequestParam(required = false) @Nullable String callYear,
                      @RequestParam(required = false) @Nullable String round,
                      @RequestParam(required = false) @Nullable String actionType,
                      @RequestParam(required = false) @Nullable String status,
                      @RequestParam(required = false) @Nullable String flag,
                      @RequestParam(required = false) @Nullable String sort,
                      @RequestParam(required = false) @Nullable String direction,
                      @RequestParam(required = false) @Nullable String page,
                      @AuthenticationPrincipal SignedInUser user, Model model) {
        String agency = user.requireOfficerAgency();
        PortfolioFilter filter = PortfolioFilter.of(callYear, round, actionType, status, flag, sort, direction, page);
        Portfolio.Page shown = portfolio.page(agency, filter);
        model.addAttribute("agency", agency);
        model.addAttribute("filter", filter);
        model.addAttribute("result", shown);
        model.addAttribute("choices", portfolio.choices(agency));
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("today", portfolio.today());
        model.addAttribute("threshold", portfolio.lowAbsorptionShare());
        model.addAttribute("query", filter.query());
        return "reporting/monitoring";
    }

    @GetMapping("/agency/monitoring.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @Nullable String callYear,
                                  @RequestParam(required = false) @Nullable String round,
                                  @RequestParam(required = false) @Nullable String actionType,
                                  @RequestParam(required = false) @Nullable String status,
                                  @RequestParam(required = false) @Nullable String flag,
                                  @RequestParam(required = false) @Nullable String sort,
                                  @RequestParam(required = false) @Nullable String direction,
                                  @AuthenticationPrincipal SignedInUser user, Locale locale) {
        String agency = user.requireOfficerAgency();
        PortfolioFilter filter = PortfolioFilter.of(callYear, round, actionType, status, flag, sort, direction, null);
        List<PortfolioLine> lines = portfolio.lines(agency, filter);
        List<String> headers = Arrays.stream(new String[] {"agreement", "application", "beneficiary", "title",
                        "actionType", "round", "projectEnd", "awarded", "interimDue", "interimStatus", "finalDue",
                        "finalStatus", "reported", "absorption", "paid", "due", "nextPayment", "nextPaymentDue",
                        "finalGrant", "lateReport", "lowAbsorption"})
                .map(column -> text("monitoring.export." + column, locale)).toList();
        List<List<?>> rows = new ArrayList<>();
        String yes = text("monitoring.export.yes", locale);
        for (PortfolioLine line : lines) {
            ReportState interim = line.interim();
            ReportState fin = line.fin();
            rows.add(Arrays.asList(line.agreement().number(), line.agreement().applicationNumber(),
                    line.agreement().beneficiaryName(), line.agreement().title(), line.agreement().actionType(),
                    line.round(), line.agreement().projectEnd(), line.agreement().awardedTotal(),
                    interim == null ? null : interim.dueOn(),
                    interim == null ? null : text("monitoring.status." + interim.status(), locale),
                    fin == null ? null : fin.dueOn(),
                    fin == null ? null : text("monitoring.status." + fin.status(), locale),
                    line.reported(),
                    line.absorption() == null ? null
                            : line.absorption().movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP)
                            .doubleValue(),
                    line.paid(), line.due(),
                    line.nextDue() == null ? null : text("monitoring.payment." + line.nextDue().kind(), locale),
                    line.nextDue() == null ? null : line.nextDue().dueOn(),
                    line.completion() == null ? null : line.completion().finalGrant(),
                    line.lateReport() ? yes : null, line.lowAbsorption() ? yes : null));
        }
        byte[] bytes;
        try (Spreadsheets workbook = Spreadsheets.in(locale)) {
            bytes = workbook.sheet(text("monitoring.export.sheet", locale), headers, rows).bytes();
        }
        String name = "monitoring-" + agency + "-" + portfolio.today() + ".xlsx";
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(bytes);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}

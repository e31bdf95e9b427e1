package eu.sadarbe.reporting.monitoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.grants.AgreementInForce;
import eu.sadarbe.grants.AgreementRound;
import eu.sadarbe.grants.Agreements;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.payments.PaymentSchedule;
import eu.sadarbe.payments.PaymentSchedule.ScheduledPayment;
import eu.sadarbe.reporting.ReportKind;

/**
 * The agency's portfolio (issue 19, item 6): every agreement in force with its reports, payments, absorption and
 * flags, put together from grants' {@link Agreements}, the reports, payments' {@link PaymentSchedule} and the
 * monitoring read model — a handful of queries per request whatever the number of agreements; filtered, sorted and
 * cut into pages in memory (an agency holds hundreds of agreements, not millions).
 * <p>
 * Low absorption is no programme rule (the rules file has none): it is the agency's early warning that a project
 * claims much less than it was awarded, so the threshold is a setting of the installation,
 * {@code sadarbe.monitoring.low-absorption-share} (0.75 unless set), not a rule figure by call year.
 */
@Service
@Transactional(readOnly = true)
public class Portfolio {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final Agreements agreements;
    private final PaymentSchedule payments;
    private final MonitoringRepository monitoring;
    private final Clock clock;
    private final BigDecimal lowAbsorptionShare;

    Portfolio(Agreements agreements, PaymentSchedule payments, MonitoringRepository monitoring, Clock clock,
              @Value("${sadarbe.monitoring.low-absorption-share:0.75}") BigDecimal lowAbsorptionShare) {
        this.agreements = agreements;
        this.payments = payments;
        this.monitoring = monitoring;
        this.clock = clock;
        this.lowAbsorptionShare = lowAbsorptionShare;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(BRUSSELS));
    }

    public BigDecimal lowAbsorptionShare() {
        return lowAbsorptionShare;
    }

    /** Every line of the agency that passes the filter, in the filter's order. */
    public List<PortfolioLine> lines(String agency, PortfolioFilter filter) {
        Map<GrantAgreementId, List<ReportState>> reports = new HashMap<>();
        monitoring.reports(agency, null).forEach(report ->
                reports.computeIfAbsent(report.agreementId(), id -> new ArrayList<>()).add(report));
        Map<GrantAgreementId, List<ScheduledPayment>> orders = new HashMap<>();
        payments.ofAgency(agency).forEach(payment ->
                orders.computeIfAbsent(payment.agreementId(), id -> new ArrayList<>()).add(payment));
        Map<GrantAgreementId, Completion> completions = new HashMap<>();
        monitoring.completions(agency, null).forEach(completion -> completions.put(completion.agreementId(), completion));
        LocalDate today = today();
        List<PortfolioLine> lines = new ArrayList<>();
        for (AgreementInForce agreement : agreements.inForceAt(agency)) {
            PortfolioLine line = line(agreement, reports.getOrDefault(agreement.id(), List.of()),
                    orders.getOrDefault(agreement.id(), List.of()), completions.get(agreement.id()), today);
            if (filter.admits(line)) {
                lines.add(line);
            }
        }
        Comparator<PortfolioLine> order = switch (filter.sort()) {
            case NUMBER -> Comparator.comparing(line -> line.agreement().number());
            case DUE -> Comparator.comparing(line -> line.fin() == null ? LocalDate.MAX : line.fin().dueOn());
            case ABSORPTION -> Comparator.comparing(line -> line.absorption() == null ? BigDecimal.valueOf(-1)
                    : line.absorption());
            case AWARDED -> Comparator.comparing(line -> line.agreement().awardedTotal());
        };
        order = order.thenComparing(line -> line.agreement().number());
        lines.sort(filter.descending() ? order.reversed() : order);
        return lines;
    }

    /** One page of the filter's lines with the totals of all of them. */
    public Page page(String agency, PortfolioFilter filter) {
        List<PortfolioLine> all = lines(agency, filter);
        int pages = Math.max(1, (all.size() + PortfolioFilter.PAGE_SIZE - 1) / PortfolioFilter.PAGE_SIZE);
        int page = Math.min(filter.page(), pages - 1);
        List<PortfolioLine> shown = all.subList(page * PortfolioFilter.PAGE_SIZE,
                Math.min(all.size(), (page + 1) * PortfolioFilter.PAGE_SIZE));
        return new Page(List.copyOf(shown), page, pages, Totals.of(all));
    }

    /** The call years, rounds and action types of the agency's agreements in force, for the filters' choices. */
    public Choices choices(String agency) {
        TreeSet<Integer> years = new TreeSet<>();
        TreeSet<String> rounds = new TreeSet<>();
        TreeSet<String> types = new TreeSet<>();
        for (AgreementRound round : agreements.inForceRoundsAt(agency)) {
            years.add(round.callYear());
            rounds.add(round.callYear() + "/" + round.roundNumber());
            types.add(round.actionType());
        }
        return new Choices(List.copyOf(years), List.copyOf(rounds), List.copyOf(types));
    }

    /** The project's own line: what is due next on its page. */
    public Optional<PortfolioLine> of(GrantAgreementId agreementId) {
        return agreements.inForce(agreementId).map(agreement -> {
            Completion completion = monitoring.completions(null, agreementId).stream().findFirst().orElse(null);
            return line(agreement, monitoring.reports(null, agreementId), payments.ofAgreement(agreementId),
                    completion, today());
        });
    }

    private PortfolioLine line(AgreementInForce agreement, List<ReportState> reports,
                               List<ScheduledPayment> orders, @Nullable Completion completion, LocalDate today) {
        ReportState interim = reports.stream().filter(report -> report.kind() == ReportKind.INTERIM).findFirst()
                .orElse(null);
        ReportState fin = reports.stream().filter(report -> report.kind() == ReportKind.FINAL).findFirst()
                .orElse(null);
        return PortfolioLine.of(agreement, interim, fin, orders, completion, today, lowAbsorptionShare);
    }

    public record Page(List<PortfolioLine> lines, int page, int pages, Totals totals) {
    }

    public record Choices(List<Integer> callYears, List<String> rounds, List<String> actionTypes) {
    }

    /** The sums of every line of the filter (not only the page shown). */
    public record Totals(int projects, int reportsDue, int lateReports, int lowAbsorption, BigDecimal awarded,
                         BigDecimal reported, BigDecimal paid, BigDecimal due) {

        static Totals of(List<PortfolioLine> lines) {
            int reportsDue = 0;
            int late = 0;
            int low = 0;
            BigDecimal awarded = BigDecimal.ZERO;
            BigDecimal reported = BigDecimal.ZERO;
            BigDecimal paid = BigDecimal.ZERO;
            BigDecimal due = BigDecimal.ZERO;
            for (PortfolioLine line : lines) {
                reportsDue += line.reportDue() == null ? 0 : 1;
                late += line.lateReport() ? 1 : 0;
                low += line.lowAbsorption() ? 1 : 0;
                awarded = awarded.add(line.agreement().awardedTotal());
                reported = reported.add(line.reported() == null ? BigDecimal.ZERO : line.reported());
                paid = paid.add(line.paid());
                due = due.add(line.due());
            }
            return new Totals(lines.size(), reportsDue, late, low, awarded, reported, paid, due);
        }
    }
}

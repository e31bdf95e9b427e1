package eu.sadarbe.reporting.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.calls.RuleFigure;
import eu.sadarbe.grants.PaymentScheme;
import eu.sadarbe.reporting.ReportKind;

/**
 * When reports fall due and reminders go (R-REP-01), from the call year's rule figures (R-GEN-01): the final report
 * {@code FINAL_REPORT_DUE_DAYS} after the project's end, reminders on the end date and
 * {@code FINAL_REPORT_REMINDER_DAYS} after it. The interim report, which the rules file leaves to the agreement, is
 * due half way through the project (see docs/reporting-interim-due-date.md).
 */
@Component
public class ReportSchedule {

    private final RuleBook rules;

    ReportSchedule(RuleBook rules) {
        this.rules = rules;
    }

    /** The kinds of report an agreement owes: an interim one only under the 40 % + 40 % + 20 % scheme (R-PAY-02). */
    public static java.util.List<ReportKind> kindsOwed(PaymentScheme scheme) {
        return scheme == PaymentScheme.TWO_PREFINANCINGS_WITH_INTERIM_REPORT
                ? java.util.List.of(ReportKind.INTERIM, ReportKind.FINAL) : java.util.List.of(ReportKind.FINAL);
    }

    public LocalDate dueOn(ReportKind kind, ReportedProject project) {
        return switch (kind) {
            case FINAL -> project.projectEnd().plusDays(figure(project, RuleFigure.FINAL_REPORT_DUE_DAYS));
            case INTERIM -> halfWay(project.projectStart(), project.projectEnd());
        };
    }

    /** The day of the second R-REP-01 reminder: {@code FINAL_REPORT_REMINDER_DAYS} after the project's end. */
    public LocalDate secondReminderOn(ReportedProject project) {
        return project.projectEnd().plusDays(figure(project, RuleFigure.FINAL_REPORT_REMINDER_DAYS));
    }

    static LocalDate halfWay(LocalDate start, LocalDate end) {
        return start.plusDays(ChronoUnit.DAYS.between(start, end) / 2);
    }

    private int figure(ReportedProject project, RuleFigure figure) {
        return rules.parametersFor(project.callYear(), project.actionType()).whole(figure);
    }
}

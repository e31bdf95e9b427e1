package eu.sadarbe.reporting.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.document.LearningActivity;
import eu.sadarbe.applications.document.Organisation;
import eu.sadarbe.applications.document.TransnationalMeeting;
import eu.sadarbe.budget.BudgetCategory;
import eu.sadarbe.budget.Budgeting;
import eu.sadarbe.calls.Figure;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.calls.RuleFigure;
import eu.sadarbe.calls.RuleParameters;
import eu.sadarbe.submission.SubmittedApplications;

/**
 * The final grant of a report: what was done as a document on the submitted application's project and consortium
 * ({@link ReportContent#asDocument}), through the same budget engine as the plan at the agreement's call-year figures
 * (one engine, planned and actual), then {@link FinalGrant#compute}. A KA229 school's agreement counts only its own
 * part of what was done, as grants counted its awarded share: its project management at the coordinator's or a
 * partner's monthly rate, the trips its people made, what it led or hosted, its own real costs.
 */
@Component
public class FinalGrantCalculator {

    static final String KA229 = "KA229";

    private final SubmittedApplications submitted;
    private final Budgeting budgeting;
    private final RuleBook rules;

    FinalGrantCalculator(SubmittedApplications submitted, Budgeting budgeting, RuleBook rules) {
        this.submitted = submitted;
        this.budgeting = budgeting;
        this.rules = rules;
    }

    /** The call year's figures the agreement is settled with. */
    public RuleParameters parameters(ReportedProject project) {
        return rules.parametersFor(project.callYear(), project.actionType());
    }

    public Figure transferLimit(ReportedProject project) {
        return parameters(project).figure(RuleFigure.BUDGET_TRANSFER_LIMIT_SHARE);
    }

    /** The final grant of the report's lines up to {@code end} (the project's end, or an interim report's date). */
    public FinalGrant of(Report report, Set<String> ineligible, Reduction reduction, LocalDate end) {
        ApplicationDocument planned = submitted.latestOf(report.project().applicationId())
                .orElseThrow(() -> new ReportRefused("settlement.refused.noApplication", null)).document();
        return compute(report.content(), planned, report.project(), ineligible, reduction, end, budgeting,
                parameters(report.project()));
    }

    /** Pure: the final grant of {@code content} on {@code planned} (for tests, and the property tests). */
    public static FinalGrant compute(ReportContent content, ApplicationDocument planned, ReportedProject project,
                                     Set<String> ineligible, Reduction reduction, LocalDate end, Budgeting budgeting,
                                     RuleParameters parameters) {
        LocalDate start = project.projectStart();
        LocalDate until = end.isBefore(start) ? start : end;
        Map<BudgetCategory, BigDecimal> reported = amounts(content.asDocument(planned, start, until, Set.of()),
                project, budgeting, parameters);
        Map<BudgetCategory, BigDecimal> eligible = amounts(content.asDocument(planned, start, until, ineligible),
                project, budgeting, parameters);
        return FinalGrant.compute(project.awarded(), reported, eligible,
                parameters.amount(RuleFigure.BUDGET_TRANSFER_LIMIT_SHARE), reduction);
    }

    static Map<BudgetCategory, BigDecimal> amounts(ApplicationDocument done, ReportedProject project,
                                                   Budgeting budgeting, RuleParameters parameters) {
        Organisation school = KA229.equals(project.actionType()) ? done.organisations().stream()
                .filter(organisation -> organisation.isIdentifiedBy(project.beneficiaryOrganisationId()))
                .findFirst().orElse(null) : null;
        ApplicationDocument counted = school == null ? done : own(done, school);
        Map<BudgetCategory, BigDecimal> amounts = new EnumMap<>(BudgetCategory.class);
        budgeting.budgetOf(counted, parameters).categories()
                .forEach((category, money) -> amounts.put(category, money.amount()));
        if (school != null) {
            BigDecimal monthly = parameters.amount(school.isApplicant() ? RuleFigure.PM_COORDINATOR_PER_MONTH
                    : RuleFigure.PM_PARTNER_PER_MONTH);
            amounts.put(BudgetCategory.PROJECT_MANAGEMENT,
                    monthly.multiply(BigDecimal.valueOf(done.durationMonths())));
        }
        return amounts;
    }

    /** One school's part of what was done (as grants' awarded share of a KA229 school). */
    private static ApplicationDocument own(ApplicationDocument done, Organisation school) {
        String id = school.identifier();
        List<TransnationalMeeting> meetings = done.transnationalMeetings().stream()
                .map(meeting -> new TransnationalMeeting(meeting.id(), meeting.host(), meeting.travellers().stream()
                        .filter(traveller -> school.isIdentifiedBy(traveller.from())).toList()))
                .filter(meeting -> !meeting.travellers().isEmpty()).toList();
        List<LearningActivity> activities = done.learningActivities().stream()
                .map(activity -> new LearningActivity(activity.id(), activity.activityType(), activity.host(),
                        activity.travellers().stream().filter(traveller -> school.isIdentifiedBy(traveller.from()))
                                .toList()))
                .filter(activity -> !activity.travellers().isEmpty()).toList();
        return new ApplicationDocument(done.callYear(), done.actionType(), done.projectType(), done.title(),
                done.startDate(), done.durationMonths(), done.priorities(), done.organisations(), meetings,
                done.intellectualOutputs().stream().filter(output -> id.equals(output.lead())).toList(),
                done.multiplierEvents().stream().filter(event -> school.isIdentifiedBy(event.host())).toList(),
                activities,
                done.specialNeedsSupport().stream().filter(need -> school.isIdentifiedBy(need.organisation()))
                        .toList(),
                done.exceptionalCosts().stream().filter(cost -> school.isIdentifiedBy(cost.organisation()))
                        .toList());
    }
}

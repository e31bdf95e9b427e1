package eu.sadarbe.grants.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.document.LearningActivity;
import eu.sadarbe.applications.document.Organisation;
import eu.sadarbe.applications.document.TransnationalMeeting;
import eu.sadarbe.budget.Budget;
import eu.sadarbe.budget.BudgetCategory;
import eu.sadarbe.budget.Budgeting;
import eu.sadarbe.calls.RuleFigure;
import eu.sadarbe.calls.RuleParameters;

/**
 * The awarded amount per budget category: the submitted application's budget, scaled down to the granted amount
 * when the agency reduced it (R-AWD-05), to the cent, the categories adding up to the grant exactly. For KA229 each
 * school's share is its own part of the budget: its project management at the coordinator's or a partner's monthly
 * rate (R-FIN-03), the meetings and learning activities its people travel to, what it hosts, its special needs and
 * exceptional costs; the schools' shares are then scaled together to the grant.
 */
final class AwardedAmounts {

    private AwardedAmounts() {
    }

    static Map<BudgetCategory, BigDecimal> scaled(Map<BudgetCategory, BigDecimal> requested, BigDecimal granted) {
        BigDecimal total = requested.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<BudgetCategory, BigDecimal> awarded = new EnumMap<>(BudgetCategory.class);
        if (total.signum() <= 0) {
            return awarded;
        }
        BigDecimal factor = granted.min(total).divide(total, 12, RoundingMode.HALF_UP);
        BigDecimal sum = BigDecimal.ZERO;
        BudgetCategory largest = null;
        for (BudgetCategory category : BudgetCategory.values()) {
            BigDecimal amount = requested.getOrDefault(category, BigDecimal.ZERO).multiply(factor)
                    .setScale(2, RoundingMode.DOWN);
            awarded.put(category, amount);
            sum = sum.add(amount);
            if (largest == null || amount.compareTo(awarded.get(largest)) > 0) {
                largest = category;
            }
        }
        // The cents lost to rounding down go to the largest category, so the categories add up to the grant.
        awarded.put(largest, awarded.get(largest).add(granted.min(total).setScale(2, RoundingMode.HALF_UP).subtract(sum)));
        return awarded;
    }

    static Map<BudgetCategory, BigDecimal> of(Budget budget) {
        Map<BudgetCategory, BigDecimal> amounts = new EnumMap<>(BudgetCategory.class);
        budget.categories().forEach((category, money) -> amounts.put(category, money.amount()));
        return amounts;
    }

    /** One school's part of a KA229 budget, before scaling. */
    static Map<BudgetCategory, BigDecimal> schoolShare(ApplicationDocument document, Organisation school,
                                                       Budgeting budgeting, RuleParameters parameters) {
        String id = school.identifier();
        List<TransnationalMeeting> meetings = document.transnationalMeetings().stream()
                .map(meeting -> new TransnationalMeeting(meeting.id(), meeting.host(), meeting.travellers().stream()
                        .filter(traveller -> school.isIdentifiedBy(traveller.from())).toList()))
                .filter(meeting -> !meeting.travellers().isEmpty()).toList();
        List<LearningActivity> activities = document.learningActivities().stream()
                .map(activity -> new LearningActivity(activity.id(), activity.activityType(), activity.host(),
                        activity.travellers().stream().filter(traveller -> school.isIdentifiedBy(traveller.from()))
                                .toList()))
                .filter(activity -> !activity.travellers().isEmpty()).toList();
        ApplicationDocument own = new ApplicationDocument(document.callYear(), document.actionType(),
                document.projectType(), null, null, 0, List.of(), document.organisations(), meetings,
                document.intellectualOutputs().stream().filter(output -> id.equals(output.lead())).toList(),
                document.multiplierEvents().stream().filter(event -> school.isIdentifiedBy(event.host())).toList(),
                activities,
                document.specialNeedsSupport().stream().filter(need -> school.isIdentifiedBy(need.organisation()))
                        .toList(),
                document.exceptionalCosts().stream().filter(cost -> school.isIdentifiedBy(cost.organisation()))
                        .toList());
        Map<BudgetCategory, BigDecimal> share = of(budgeting.budgetOf(own, parameters));
        BigDecimal monthly = parameters.amount(school.isApplicant() ? RuleFigure.PM_COORDINATOR_PER_MONTH
                : RuleFigure.PM_PARTNER_PER_MONTH);
        share.put(BudgetCategory.PROJECT_MANAGEMENT, monthly.multiply(BigDecimal.valueOf(document.durationMonths())));
        return share;
    }
}

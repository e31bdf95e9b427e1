package eu.sadarbe.budget;

import static eu.sadarbe.calls.RuleFigure.EXCEPTIONAL_COSTS_MAXIMUM;
import static eu.sadarbe.calls.RuleFigure.EXCEPTIONAL_COSTS_RATE;
import static eu.sadarbe.calls.RuleFigure.ME_INTERNATIONAL_PARTICIPANT;
import static eu.sadarbe.calls.RuleFigure.ME_LOCAL_PARTICIPANT;
import static eu.sadarbe.calls.RuleFigure.ME_MAXIMUM;
import static eu.sadarbe.calls.RuleFigure.PM_COORDINATOR_PER_MONTH;
import static eu.sadarbe.calls.RuleFigure.PM_MAXIMUM_PER_MONTH;
import static eu.sadarbe.calls.RuleFigure.PM_PARTNER_PER_MONTH;
import static eu.sadarbe.calls.RuleFigure.SPECIAL_NEEDS_RATE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.document.ExceptionalCost;
import eu.sadarbe.applications.document.MultiplierEvent;
import eu.sadarbe.applications.document.SpecialNeedsSupport;
import eu.sadarbe.calls.DistancePurpose;
import eu.sadarbe.calls.Finding;
import eu.sadarbe.calls.RuleParameters;
import eu.sadarbe.shared.Money;

/**
 * Computes the grant a document asks for, category by category, with every figure from the call year's
 * {@link RuleParameters} (R-GEN-01), and applies the funding rules R-FIN-01…R-FIN-11. Pure: no database.
 */
@Component
public class Budgeting {

    public Budget budgetOf(ApplicationDocument document, RuleParameters parameters) {
        List<Finding> findings = new ArrayList<>();
        Map<BudgetCategory, Money> categories = new EnumMap<>(BudgetCategory.class);
        categories.put(BudgetCategory.PROJECT_MANAGEMENT, projectManagement(document, parameters, findings));
        categories.put(BudgetCategory.TRANSNATIONAL_MEETINGS, transnationalMeetings(document, parameters));
        categories.put(BudgetCategory.INTELLECTUAL_OUTPUTS, IntellectualOutputCosts.of(document, parameters));
        categories.put(BudgetCategory.MULTIPLIER_EVENTS, multiplierEvents(document, parameters, findings));
        LearningActivityCosts learning = LearningActivityCosts.of(document, parameters, findings);
        categories.put(BudgetCategory.LEARNING_TRAVEL, learning.travel());
        categories.put(BudgetCategory.LEARNING_INDIVIDUAL_SUPPORT, learning.individualSupport());
        categories.put(BudgetCategory.LINGUISTIC_SUPPORT, learning.linguisticSupport());
        categories.put(BudgetCategory.SPECIAL_NEEDS, specialNeeds(document, parameters));
        categories.put(BudgetCategory.EXCEPTIONAL_COSTS, exceptionalCosts(document, parameters, findings));
        Money total = categories.values().stream().reduce(Money.ZERO, Money::plus);
        GrantLimits limits = new GrantLimits(document, parameters);
        findings.addAll(limits.check(total));
        findings.addAll(CategoryAvailability.check(document));
        return new Budget(categories, total, limits.maximum(), findings);
    }

    /** R-FIN-03: the applicant's and every other organisation's monthly amount, capped per month. */
    private static Money projectManagement(ApplicationDocument document, RuleParameters parameters,
                                           List<Finding> findings) {
        int organisations = document.organisations().size();
        if (organisations == 0) {
            return Money.ZERO;
        }
        BigDecimal perMonth = parameters.amount(PM_COORDINATOR_PER_MONTH)
                .add(parameters.amount(PM_PARTNER_PER_MONTH).multiply(BigDecimal.valueOf(organisations - 1L)));
        BigDecimal cap = parameters.amount(PM_MAXIMUM_PER_MONTH);
        if (perMonth.compareTo(cap) > 0) {
            findings.add(Finding.warning("R-FIN-03", "/organisations", "rule.R-FIN-03.capped",
                    new Money(cap), organisations));
            perMonth = cap;
        }
        return new Money(perMonth.multiply(BigDecimal.valueOf(document.durationMonths())));
    }

    /** R-FIN-04: per traveller by the one-way distance band; nothing under the first band. */
    private static Money transnationalMeetings(ApplicationDocument document, RuleParameters parameters) {
        BigDecimal sum = BigDecimal.ZERO;
        for (var meeting : document.transnationalMeetings()) {
            for (var traveller : meeting.travellers()) {
                BigDecimal rate = parameters.band(DistancePurpose.MEETING, traveller.distanceKm())
                        .map(band -> band.amount()).orElse(BigDecimal.ZERO);
                sum = sum.add(rate.multiply(BigDecimal.valueOf(traveller.participants())));
            }
        }
        return new Money(sum);
    }

    /** R-FIN-06: local and international participants; capped per project; needs an intellectual output. */
    private static Money multiplierEvents(ApplicationDocument document, RuleParameters parameters,
                                          List<Finding> findings) {
        BigDecimal sum = BigDecimal.ZERO;
        for (MultiplierEvent event : document.multiplierEvents()) {
            sum = sum.add(parameters.amount(ME_LOCAL_PARTICIPANT).multiply(BigDecimal.valueOf(event.localParticipants())))
                    .add(parameters.amount(ME_INTERNATIONAL_PARTICIPANT)
                            .multiply(BigDecimal.valueOf(event.internationalParticipants())));
        }
        if (!document.multiplierEvents().isEmpty() && document.intellectualOutputs().isEmpty()) {
            findings.add(Finding.error("R-FIN-06", "/multiplierEvents", "rule.R-FIN-06.noOutput"));
        }
        return capped(sum, parameters.amount(ME_MAXIMUM), "R-FIN-06", "/multiplierEvents", findings);
    }

    /** R-FIN-10: real costs, at the rate of the call year (100 %). */
    private static Money specialNeeds(ApplicationDocument document, RuleParameters parameters) {
        BigDecimal sum = document.specialNeedsSupport().stream().map(SpecialNeedsSupport::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Money(sum.multiply(parameters.amount(SPECIAL_NEEDS_RATE)));
    }

    /** R-FIN-09: a share (75 %) of the eligible real costs, capped per project. */
    private static Money exceptionalCosts(ApplicationDocument document, RuleParameters parameters,
                                          List<Finding> findings) {
        BigDecimal sum = document.exceptionalCosts().stream().map(ExceptionalCost::eligibleCost)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .multiply(parameters.amount(EXCEPTIONAL_COSTS_RATE));
        return capped(sum, parameters.amount(EXCEPTIONAL_COSTS_MAXIMUM), "R-FIN-09", "/exceptionalCosts", findings);
    }

    private static Money capped(BigDecimal sum, BigDecimal cap, String rule, String path, List<Finding> findings) {
        if (sum.compareTo(cap) > 0) {
            findings.add(Finding.warning(rule, path, "rule." + rule + ".capped", new Money(cap), new Money(sum)));
            return new Money(cap);
        }
        return new Money(sum);
    }
}

package eu.sadarbe.budget;

import static eu.sadarbe.calls.RuleFigure.LINGUISTIC_SUPPORT_MAXIMUM_DAYS;
import static eu.sadarbe.calls.RuleFigure.LINGUISTIC_SUPPORT_MINIMUM_DAYS;
import static eu.sadarbe.calls.RuleFigure.LINGUISTIC_SUPPORT_PER_PARTICIPANT;
import static eu.sadarbe.calls.RuleFigure.LTTA_DAILY_RATES_UP_TO_DAY;
import static eu.sadarbe.calls.RuleFigure.LTTA_LEARNER_PER_DAY_15_60;
import static eu.sadarbe.calls.RuleFigure.LTTA_LEARNER_PER_DAY_1_14;
import static eu.sadarbe.calls.RuleFigure.LTTA_REDUCED_RATE_FROM_DAY;
import static eu.sadarbe.calls.RuleFigure.LTTA_STAFF_PER_DAY_15_60;
import static eu.sadarbe.calls.RuleFigure.LTTA_STAFF_PER_DAY_1_14;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import eu.sadarbe.applications.document.ActivityType;
import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.document.LearningTraveller;
import eu.sadarbe.applications.document.ParticipantKind;
import eu.sadarbe.calls.DistancePurpose;
import eu.sadarbe.calls.Finding;
import eu.sadarbe.calls.RuleFigure;
import eu.sadarbe.calls.RuleParameters;
import eu.sadarbe.shared.Money;

/**
 * The three categories of learning, teaching and training activities: travel by distance band (R-FIN-07),
 * individual support by days (R-FIN-08) and linguistic support for long-term activities.
 */
record LearningActivityCosts(Money travel, Money individualSupport, Money linguisticSupport) {

    /** The long-term activity types of 2 to 12 months (rules file §4.5). */
    static final Set<ActivityType> LONG_TERM = EnumSet.of(ActivityType.LONG_TERM_TEACHING_OR_TRAINING_ASSIGNMENT,
            ActivityType.LONG_TERM_PUPIL_MOBILITY, ActivityType.LONG_TERM_YOUTH_WORKER_MOBILITY);

    static LearningActivityCosts of(ApplicationDocument document, RuleParameters parameters, List<Finding> findings) {
        BigDecimal travel = BigDecimal.ZERO;
        BigDecimal support = BigDecimal.ZERO;
        BigDecimal linguistic = BigDecimal.ZERO;
        int lastDailyDay = parameters.whole(LTTA_DAILY_RATES_UP_TO_DAY);
        var activities = document.learningActivities();
        for (int a = 0; a < activities.size(); a++) {
            var activity = activities.get(a);
            for (int t = 0; t < activity.travellers().size(); t++) {
                LearningTraveller traveller = activity.travellers().get(t);
                BigDecimal participants = BigDecimal.valueOf(traveller.participants());
                travel = travel.add(parameters.band(DistancePurpose.LEARNING_TRAVEL, traveller.distanceKm())
                        .map(band -> band.amount()).orElse(BigDecimal.ZERO).multiply(participants));
                support = support.add(individualSupport(traveller, parameters).multiply(participants));
                String daysPath = "/learningActivities/" + a + "/travellers/" + t + "/days";
                durationBreach(activity.activityType(), traveller.days(), parameters)
                        .ifPresent(range -> findings.add(Finding.error("R-FIN-08", daysPath, "rule.R-FIN-08.duration",
                                new DefaultMessageSourceResolvable("check.activityType." + activity.activityType().name()),
                                range[0], range[1], traveller.days())));
                if (traveller.days() > lastDailyDay) {
                    // R-FIN-08: longer activities use monthly country rates, not yet held as data (rules file §4.5, U).
                    findings.add(Finding.warning("R-FIN-08", "/learningActivities/" + a + "/travellers/" + t + "/days",
                            "rule.R-FIN-08.longTerm", lastDailyDay));
                }
                if (LONG_TERM.contains(activity.activityType())
                        && traveller.days() >= parameters.whole(LINGUISTIC_SUPPORT_MINIMUM_DAYS)
                        && traveller.days() <= parameters.whole(LINGUISTIC_SUPPORT_MAXIMUM_DAYS)) {
                    linguistic = linguistic.add(parameters.amount(LINGUISTIC_SUPPORT_PER_PARTICIPANT).multiply(participants));
                }
            }
        }
        return new LearningActivityCosts(new Money(travel), new Money(support), new Money(linguistic));
    }

    /**
     * R-FIN-08, rules file §4.5: each kind of activity lasts between its shortest and longest duration. The
     * document's days include travel days, so the travel allowance is added to the longest duration. Empty when
     * the days fit, or when the call year holds no such figures; else the range {shortest, longest}.
     */
    static Optional<int[]> durationBreach(ActivityType type, int days, RuleParameters parameters) {
        var minimum = parameters.optionalFigure(RuleFigure.minimumDays(type.name()));
        var maximum = parameters.optionalFigure(RuleFigure.maximumDays(type.name()));
        if (minimum.isEmpty() || maximum.isEmpty()) {
            return Optional.empty();
        }
        int travelDays = parameters.optionalFigure(RuleFigure.LTTA_TRAVEL_DAYS).map(figure -> figure.whole()).orElse(0);
        int shortest = minimum.get().whole();
        int longest = maximum.get().whole();
        return days >= shortest && days <= longest + travelDays ? Optional.empty()
                : Optional.of(new int[] {shortest, longest});
    }

    /** R-FIN-08: one participant's support: the full daily rate up to day 14, the reduced one for days 15–60. */
    static BigDecimal individualSupport(LearningTraveller traveller, RuleParameters parameters) {
        boolean learner = traveller.participantKind() == ParticipantKind.LEARNER;
        BigDecimal fullRate = parameters.amount(learner ? LTTA_LEARNER_PER_DAY_1_14 : LTTA_STAFF_PER_DAY_1_14);
        BigDecimal reducedRate = parameters.amount(learner ? LTTA_LEARNER_PER_DAY_15_60 : LTTA_STAFF_PER_DAY_15_60);
        int lastFullDay = parameters.whole(LTTA_REDUCED_RATE_FROM_DAY) - 1;
        int days = Math.min(traveller.days(), parameters.whole(LTTA_DAILY_RATES_UP_TO_DAY));
        int fullDays = Math.min(days, lastFullDay);
        int reducedDays = Math.max(0, days - lastFullDay);
        return fullRate.multiply(BigDecimal.valueOf(fullDays)).add(reducedRate.multiply(BigDecimal.valueOf(reducedDays)));
    }
}

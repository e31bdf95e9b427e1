package eu.sadarbe.calls;

/** A named figure of the programme's rules, with the id of the rule that uses it (rules file §10). */
public enum RuleFigure {
    MINIMUM_ORGANISATIONS("R-ELIG-02"),
    MINIMUM_PROGRAMME_COUNTRIES("R-ELIG-02"),
    MAXIMUM_ORGANISATIONS("R-ELIG-04"),
    MINIMUM_DURATION_MONTHS("R-ELIG-06"),
    MAXIMUM_DURATION_MONTHS("R-ELIG-06"),
    MAXIMUM_DURATION_MONTHS_LONG_TERM_PUPIL_MOBILITY("R-ELIG-06"),
    OID_IDENTIFIES_ORGANISATIONS("R-ELIG-10"),
    /** The earliest project start, as a month of the call year (9 = September). */
    PROJECT_START_EARLIEST_MONTH("R-ELIG-13"),
    GRANT_PER_MONTH("R-FIN-01"),
    GRANT_MAXIMUM("R-FIN-01"),
    GRANT_PER_SCHOOL_PER_YEAR("R-FIN-02"),
    GRANT_PER_PROJECT_PER_YEAR("R-FIN-02"),
    PM_COORDINATOR_PER_MONTH("R-FIN-03"),
    PM_PARTNER_PER_MONTH("R-FIN-03"),
    PM_MAXIMUM_PER_MONTH("R-FIN-03"),
    ME_LOCAL_PARTICIPANT("R-FIN-06"),
    ME_INTERNATIONAL_PARTICIPANT("R-FIN-06"),
    ME_MAXIMUM("R-FIN-06"),
    LTTA_STAFF_PER_DAY_1_14("R-FIN-08"),
    LTTA_STAFF_PER_DAY_15_60("R-FIN-08"),
    LTTA_LEARNER_PER_DAY_1_14("R-FIN-08"),
    LTTA_LEARNER_PER_DAY_15_60("R-FIN-08"),
    LTTA_REDUCED_RATE_FROM_DAY("R-FIN-08"),
    LTTA_DAILY_RATES_UP_TO_DAY("R-FIN-08"),
    LTTA_MINIMUM_DAYS_SHORT_TERM_JOINT_STAFF_TRAINING("R-FIN-08"),
    LTTA_MAXIMUM_DAYS_SHORT_TERM_JOINT_STAFF_TRAINING("R-FIN-08"),
    LTTA_MINIMUM_DAYS_LONG_TERM_TEACHING_OR_TRAINING_ASSIGNMENT("R-FIN-08"),
    LTTA_MAXIMUM_DAYS_LONG_TERM_TEACHING_OR_TRAINING_ASSIGNMENT("R-FIN-08"),
    LTTA_MINIMUM_DAYS_INTENSIVE_STUDY_PROGRAMME("R-FIN-08"),
    LTTA_MAXIMUM_DAYS_INTENSIVE_STUDY_PROGRAMME("R-FIN-08"),
    LTTA_MINIMUM_DAYS_BLENDED_MOBILITY_OF_LEARNERS("R-FIN-08"),
    LTTA_MAXIMUM_DAYS_BLENDED_MOBILITY_OF_LEARNERS("R-FIN-08"),
    LTTA_MINIMUM_DAYS_SHORT_TERM_EXCHANGE_OF_PUPIL_GROUPS("R-FIN-08"),
    LTTA_MAXIMUM_DAYS_SHORT_TERM_EXCHANGE_OF_PUPIL_GROUPS("R-FIN-08"),
    LTTA_MINIMUM_DAYS_LONG_TERM_PUPIL_MOBILITY("R-FIN-08"),
    LTTA_MAXIMUM_DAYS_LONG_TERM_PUPIL_MOBILITY("R-FIN-08"),
    LTTA_MINIMUM_DAYS_LONG_TERM_YOUTH_WORKER_MOBILITY("R-FIN-08"),
    LTTA_MAXIMUM_DAYS_LONG_TERM_YOUTH_WORKER_MOBILITY("R-FIN-08"),
    LTTA_TRAVEL_DAYS("R-FIN-08"),
    LINGUISTIC_SUPPORT_PER_PARTICIPANT("R-FIN-08"),
    LINGUISTIC_SUPPORT_MINIMUM_DAYS("R-FIN-08"),
    LINGUISTIC_SUPPORT_MAXIMUM_DAYS("R-FIN-08"),
    EXCEPTIONAL_COSTS_RATE("R-FIN-09"),
    EXCEPTIONAL_COSTS_MAXIMUM("R-FIN-09"),
    SPECIAL_NEEDS_RATE("R-FIN-10"),
    FINANCIAL_CAPACITY_THRESHOLD("R-AWD-04"),
    AWARD_RELEVANCE_MAXIMUM("R-AWD-01"),
    AWARD_DESIGN_MAXIMUM("R-AWD-01"),
    AWARD_TEAM_MAXIMUM("R-AWD-01"),
    AWARD_IMPACT_MAXIMUM("R-AWD-01"),
    AWARD_PASS_TOTAL("R-AWD-02"),
    AWARD_PASS_CRITERION_SHARE("R-AWD-02"),
    AWARD_THIRD_EXPERT_DIFFERENCE("R-AWD-03"),
    /** How many independent experts assess each application before any third one. */
    AWARD_EXPERTS_PER_APPLICATION("R-AWD-03"),
    /** How many applications below the cut-off a new envelope puts on the reserve list. */
    RESERVE_LIST_DEFAULT_SIZE("R-AWD-05"),
    /** The longest reserve list an officer may set. */
    RESERVE_LIST_MAXIMUM_SIZE("R-AWD-05"),
    PAYMENT_PREFINANCING_SHARE_ONE_PREFINANCING("R-PAY-01"),
    PAYMENT_INSTALMENT_SHARE_PREFINANCING_IN_TWO_INSTALMENTS("R-PAY-01"),
    PAYMENT_PREFINANCING_SHARE_TWO_PREFINANCINGS("R-PAY-01"),
    PAYMENT_FIRST_DUE_DAYS("R-PAY-01"),
    PAYMENT_SECOND_PREFINANCING_USE_THRESHOLD("R-PAY-02"),
    BUDGET_TRANSFER_LIMIT_SHARE("R-BUD-01"),
    /** Days after the project's end within which the final report is due. */
    FINAL_REPORT_DUE_DAYS("R-REP-01"),
    /** Days after the project's end of the second reminder (the first goes on the end date). */
    FINAL_REPORT_REMINDER_DAYS("R-REP-01"),
    /** The most points a final report can score. */
    FINAL_REPORT_MAXIMUM_SCORE("R-RED-01"),
    /** A final report scoring below this has its final grant reduced. */
    REDUCTION_BELOW_SCORE("R-RED-01"),
    /** From this score up to {@link #REDUCTION_BELOW_SCORE} the light reduction applies. */
    REDUCTION_LIGHT_FROM_SCORE("R-RED-01"),
    REDUCTION_LIGHT_SHARE("R-RED-01"),
    /** From this score up to {@link #REDUCTION_LIGHT_FROM_SCORE} the medium reduction applies (25: docs/reporting.md). */
    REDUCTION_MEDIUM_FROM_SCORE("R-RED-01"),
    REDUCTION_MEDIUM_SHARE("R-RED-01"),
    /** Below {@link #REDUCTION_MEDIUM_FROM_SCORE}. */
    REDUCTION_HEAVY_SHARE("R-RED-01");

    private final String ruleId;

    RuleFigure(String ruleId) {
        this.ruleId = ruleId;
    }

    /** R-FIN-08: the shortest and longest duration in days of a kind of learning activity (rules file §4.5). */
    public static RuleFigure minimumDays(String activityType) {
        return valueOf("LTTA_MINIMUM_DAYS_" + activityType);
    }

    public static RuleFigure maximumDays(String activityType) {
        return valueOf("LTTA_MAXIMUM_DAYS_" + activityType);
    }

    public String ruleId() {
        return ruleId;
    }
}

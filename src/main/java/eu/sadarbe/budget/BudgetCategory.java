package eu.sadarbe.budget;

/** The nine budget categories, in the order every budget lists them (shared API document §4). */
public enum BudgetCategory {
    PROJECT_MANAGEMENT,
    TRANSNATIONAL_MEETINGS,
    INTELLECTUAL_OUTPUTS,
    MULTIPLIER_EVENTS,
    LEARNING_TRAVEL,
    LEARNING_INDIVIDUAL_SUPPORT,
    LINGUISTIC_SUPPORT,
    SPECIAL_NEEDS,
    EXCEPTIONAL_COSTS
}

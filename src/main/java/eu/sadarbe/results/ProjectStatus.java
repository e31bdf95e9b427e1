package eu.sadarbe.results;

/** Whether a funded project is still running or has reached its planned end. */
public enum ProjectStatus {
    ONGOING,
    COMPLETED
}

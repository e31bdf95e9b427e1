package eu.sadarbe.reporting;

/** Where a report stands. */
public enum ReportStatus {
    /** The project's people are writing it (again, when the officer returned it). */
    OPEN,
    /** Sent to the agency; nobody of the project can change it. */
    SUBMITTED,
    /** The agency assessed it: interim approved, or the final grant computed and approved. */
    ASSESSED,
    /** Nothing is left to do: the second pre-financing, the balance or the recovery was ordered. */
    CLOSED
}

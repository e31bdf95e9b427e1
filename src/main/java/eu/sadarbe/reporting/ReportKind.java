package eu.sadarbe.reporting;

/** Which report (rules file section 6). */
public enum ReportKind {
    /** Asked for by the 40 % + 40 % + 20 % scheme; its approval releases the second pre-financing (R-PAY-02). */
    INTERIM,
    /** Due within the R-REP-01 days after the project's end; the final grant is computed from it. */
    FINAL
}

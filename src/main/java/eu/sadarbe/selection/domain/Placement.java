package eu.sadarbe.selection.domain;

/** Where a passing application lands in the ranking (R-AWD-05). */
public enum Placement {
    /** Above the cut-off: its whole grant fits in the envelope. */
    FUNDED,
    /** Below the cut-off, among the next applications of the reserve list. */
    RESERVE,
    /** Below the cut-off and the reserve list. */
    NOT_FUNDED
}

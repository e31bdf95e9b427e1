package eu.sadarbe.assessment;

/**
 * Where an application stands in its National Agency's back office: submitted, formally checked (eligible or
 * ineligible), with the experts, assessed (R-AWD-01…03), then selected, on the reserve list or rejected (R-AWD-05).
 */
public enum BackOfficeStatus {
    SUBMITTED, ELIGIBLE, INELIGIBLE, ASSESSING, ASSESSED, SELECTED, RESERVE, REJECTED;

    /** The formal check may be made or changed only until the experts start. */
    public boolean allowsFormalCheck() {
        return this == SUBMITTED || this == ELIGIBLE || this == INELIGIBLE;
    }
}

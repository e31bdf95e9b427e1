package eu.sadarbe.assessment;

/**
 * Where an application stands in its National Agency's back office: submitted, formally checked (eligible or
 * ineligible), with the experts, assessed (R-AWD-01…03), then selected, on the reserve list or rejected (R-AWD-05).
 */
public enum BackOfficeStatus {
    SUBMITTED("govuk-tag--blue"), ELIGIBLE("govuk-tag--turquoise"), INELIGIBLE("govuk-tag--red"),
    ASSESSING("govuk-tag--purple"), ASSESSED("govuk-tag--light-blue"), SELECTED("govuk-tag--green"),
    RESERVE("govuk-tag--yellow"), REJECTED("govuk-tag--grey");

    private final String tagColour;

    BackOfficeStatus(String tagColour) {
        this.tagColour = tagColour;
    }

    /** The GOV.UK tag colour of the status: each its own, so a list reads at a glance (issue 13, item 17). */
    public String tagColour() {
        return tagColour;
    }

    /** The formal check may be made or changed only until the experts start. */
    public boolean allowsFormalCheck() {
        return this == SUBMITTED || this == ELIGIBLE || this == INELIGIBLE;
    }
}

package eu.sadarbe.selection.domain;

/** The agency's decision on an application (R-AWD-05). */
public enum Outcome {
    SELECTED, RESERVE, REJECTED;

    /** The decision the ranking suggests for a passing application. */
    static Outcome suggestedFor(Placement placement) {
        return switch (placement) {
            case FUNDED -> SELECTED;
            case RESERVE -> RESERVE;
            case NOT_FUNDED -> REJECTED;
        };
    }
}

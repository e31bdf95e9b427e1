package eu.sadarbe.calls;

/** What a distance band is used for: meetings (R-FIN-04) or travel to learning activities (R-FIN-07). */
public enum DistancePurpose {
    MEETING,
    LEARNING_TRAVEL
}

package eu.sadarbe.statistics.domain;

/**
 * Whether a published figure is there: shown, held back because fewer applications than
 * {@link Figures#SMALLEST_GROUP} make it up (it would tell one application's score or request), or not yet available
 * because the module that knows it (reporting) does not exist yet. Never an invented zero.
 */
public enum Availability {
    PUBLISHED, SUPPRESSED, NOT_YET_AVAILABLE
}

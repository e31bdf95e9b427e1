package eu.sadarbe.applications;

/** Where a draft stands: still being written, submitted at least once (and still editable until the deadline), or withdrawn. */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, WITHDRAWN
}

package eu.sadarbe.accounts;

import java.time.OffsetDateTime;

/**
 * Agency records a module keeps whose people are named inside them (in a document, not in a column the record
 * retention job lists): when the retention of agency records ends ({@code sadarbe.privacy.record-retention}), the
 * nightly job calls each of these with the moment before which records were made, and the module replaces the
 * people in them by placeholders; what the records say otherwise stays.
 */
public interface RetainedRecords {

    /** Anonymises the people named in records made before {@code before}; how many records changed. Idempotent. */
    int anonymiseMadeBefore(OffsetDateTime before);
}

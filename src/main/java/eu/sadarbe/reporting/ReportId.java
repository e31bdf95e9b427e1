package eu.sadarbe.reporting;

import java.util.UUID;

/** A report's identity: each agreement in force has at most one interim and one final report. */
public record ReportId(UUID value) {

    public static ReportId of(String value) {
        return new ReportId(UUID.fromString(value));
    }

    public static ReportId random() {
        return new ReportId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package eu.sadarbe.submission.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.submission.SubmissionSummary;

/** Every submission kept (R-SUB-01): the frozen canonical JSON, its digest and who submitted it when. */
@Component
public class SubmissionLedger {

    private static final String COLUMNS = """
            id, application_id, application_number, sha256, submitted_at, national_agency_code, call_year,
            round_number, action_type, application_version, title""";

    private static final String RECEIPT_COLUMNS =
            COLUMNS + ", canonical_json, submitter_email, submitter_language, rule_revision";

    private final JdbcClient jdbc;

    SubmissionLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(SubmissionSummary submission, String idempotencyKey, String canonicalJson, UUID submittedBy,
                       String submitterEmail, String submitterLanguage, long ruleRevision) {
        jdbc.sql("""
                        INSERT INTO submission (id, application_id, idempotency_key, application_number,
                            national_agency_code, call_year, round_number, action_type, application_version, title,
                            sha256, canonical_json, submitted_at, submitted_by, submitter_email, submitter_language,
                            rule_revision)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(submission.id(), submission.applicationId().value(), idempotencyKey,
                        submission.applicationNumber(), submission.nationalAgencyCode(), submission.callYear(),
                        submission.roundNumber(), submission.actionType(), submission.applicationVersion(),
                        submission.title(), submission.sha256(), canonicalJson,
                        Timestamp.from(submission.submittedAt()), submittedBy, submitterEmail, submitterLanguage,
                        ruleRevision)
                .update();
    }

    /** The submission is checked with the figures of this revision from now on (issue 13, item 14). */
    public void keepRevision(UUID submissionId, long ruleRevision) {
        jdbc.sql("UPDATE submission SET rule_revision = ? WHERE id = ?").params(ruleRevision, submissionId).update();
    }

    public Optional<SubmissionSummary> byKey(ApplicationId applicationId, String idempotencyKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM submission WHERE application_id = ? AND idempotency_key = ?")
                .params(applicationId.value(), idempotencyKey).query(SubmissionLedger::summary).optional();
    }

    public Optional<SubmissionSummary> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM submission WHERE id = ?")
                .param(id).query(SubmissionLedger::summary).optional();
    }

    /** Oldest first: the last one counts. */
    public List<SubmissionSummary> of(ApplicationId applicationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM submission WHERE application_id = ? ORDER BY submitted_at, id")
                .param(applicationId.value()).query(SubmissionLedger::summary).list();
    }

    /**
     * A submission of each of these applications that was submitted, by application: its call year, round and
     * action type are those of every submission of the application. In statements of at most 1,000 ids.
     */
    public Map<ApplicationId, SubmissionSummary> anyOf(Collection<ApplicationId> ids) {
        Map<ApplicationId, SubmissionSummary> found = new HashMap<>();
        List<UUID> values = ids.stream().map(ApplicationId::value).distinct().toList();
        for (int from = 0; from < values.size(); from += 1000) {
            jdbc.sql("SELECT " + COLUMNS + " FROM submission WHERE application_id IN (:ids)")
                    .param("ids", values.subList(from, Math.min(values.size(), from + 1000)))
                    .query(SubmissionLedger::summary).list()
                    .forEach(submission -> found.putIfAbsent(submission.applicationId(), submission));
        }
        return found;
    }

    /** Every submission routed to the agency, earlier ones of an application included. */
    public long countRoutedTo(String nationalAgencyCode) {
        return jdbc.sql("SELECT COUNT(*) FROM submission WHERE national_agency_code = ?").param(nationalAgencyCode)
                .query(Long.class).single();
    }

    /** The latest submission of each application routed to the agency, in application-number order. */
    public List<SubmissionSummary> latestRoutedTo(String nationalAgencyCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM submission s WHERE national_agency_code = ?"
                        + " AND NOT EXISTS (SELECT 1 FROM submission later WHERE later.application_id = s.application_id"
                        + " AND (later.submitted_at > s.submitted_at"
                        + " OR (later.submitted_at = s.submitted_at AND later.id > s.id)))"
                        + " ORDER BY application_number")
                .param(nationalAgencyCode).query(SubmissionLedger::summary).list();
    }

    public Optional<Receipt> receipt(UUID id) {
        return jdbc.sql("SELECT " + RECEIPT_COLUMNS + " FROM submission WHERE id = ?")
                .param(id).query(SubmissionLedger::receipt).optional();
    }

    /**
     * The application's submission that counts (the last, R-SUB-01) with what its receipt needs: one row read
     * backwards from the index on (application, time, id), however often the application was submitted before
     * (issue 21: reading all of them and keeping the last cost each listener of a submission a row per earlier one).
     */
    public Optional<Receipt> latestReceipt(ApplicationId applicationId) {
        return jdbc.sql("SELECT " + RECEIPT_COLUMNS + " FROM submission WHERE application_id = ?"
                        + " ORDER BY submitted_at DESC, id DESC LIMIT 1")
                .param(applicationId.value()).query(SubmissionLedger::receipt).optional();
    }

    private static Receipt receipt(ResultSet row, int number) throws SQLException {
        return new Receipt(summary(row, number), row.getString("canonical_json"), row.getString("submitter_email"),
                row.getString("submitter_language"), row.getLong("rule_revision"));
    }

    public void receiptSent(UUID id, Instant at) {
        jdbc.sql("UPDATE submission SET receipt_sent_at = ? WHERE id = ?").params(Timestamp.from(at), id).update();
    }

    public Optional<Instant> receiptSentAt(UUID id) {
        return jdbc.sql("SELECT receipt_sent_at FROM submission WHERE id = ?").param(id)
                .query((row, number) -> Optional.ofNullable(row.getTimestamp(1)).map(Timestamp::toInstant))
                .optional().flatMap(sent -> sent);
    }

    private static SubmissionSummary summary(ResultSet row, int number) throws SQLException {
        @Nullable String title = row.getString("title");
        return new SubmissionSummary(row.getObject("id", UUID.class),
                new ApplicationId(row.getObject("application_id", UUID.class)), row.getString("application_number"),
                row.getString("sha256"), row.getTimestamp("submitted_at").toInstant(),
                row.getString("national_agency_code"), row.getInt("call_year"), row.getInt("round_number"),
                row.getString("action_type"), row.getLong("application_version"), title);
    }

    /**
     * What the receipt needs: the submission, the frozen document and whom to tell in which language; and the
     * revision of the rule figures it is checked with.
     */
    public record Receipt(SubmissionSummary submission, String canonicalJson, String email, String language,
                          long ruleRevision) {
    }
}

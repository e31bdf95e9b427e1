package eu.sadarbe.reporting.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.sadarbe.reporting.ReportId;

/**
 * The evidence files of a report's real costs ({@code report_evidence}): PDFs the special needs and exceptional
 * cost lines name by id (R-FIN-09, R-FIN-10), kept as long as the report.
 */
@Repository
public class ReportEvidenceRepository {

    private final JdbcClient jdbc;

    ReportEvidenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ReportId report, EvidenceFile file, byte[] content) {
        jdbc.sql("INSERT INTO report_evidence (id, report_id, file_name, size_bytes, sha256, content, uploaded_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(file.id(), report.value(), file.fileName(), file.size(), file.sha256(), content,
                        Timestamp.from(file.uploadedAt()))
                .update();
    }

    public List<EvidenceFile> of(ReportId report) {
        return jdbc.sql("SELECT id, file_name, size_bytes, sha256, uploaded_at FROM report_evidence "
                        + "WHERE report_id = ? ORDER BY uploaded_at, file_name")
                .param(report.value())
                .query((row, number) -> new EvidenceFile(row.getObject(1, UUID.class), row.getString(2),
                        row.getLong(3), row.getString(4), row.getTimestamp(5).toInstant()))
                .list();
    }

    public Optional<byte[]> content(ReportId report, UUID id) {
        return jdbc.sql("SELECT content FROM report_evidence WHERE report_id = ? AND id = ?")
                .params(report.value(), id).query((row, number) -> row.getBytes(1)).optional();
    }

    /** An uploaded file as lists show it. */
    public record EvidenceFile(UUID id, String fileName, long size, String sha256, Instant uploadedAt) {
    }
}

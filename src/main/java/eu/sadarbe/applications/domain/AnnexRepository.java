package eu.sadarbe.applications.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.sadarbe.applications.Annex;
import eu.sadarbe.applications.AnnexFile;
import eu.sadarbe.applications.AnnexKind;
import eu.sadarbe.applications.ApplicationId;

/** The annex table: bytes with their digest; a removed annex keeps its row only if a submission names it. */
@Repository
public class AnnexRepository {

    private static final String COLUMNS = "SELECT id, organisation_oid, kind, file_name, byte_size, sha256, "
            + "uploaded_by_name, uploaded_at FROM application_annex ";

    private final JdbcClient jdbc;

    AnnexRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ApplicationId application, Annex annex, byte[] content, Editor editor) {
        jdbc.sql("INSERT INTO application_annex (id, application_id, organisation_oid, kind, file_name, byte_size, "
                        + "sha256, content, uploaded_by, uploaded_by_name, uploaded_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(annex.id(), application.value(), annex.organisation(), annex.kind().name(), annex.fileName(),
                        annex.size(), annex.sha256(), content, editor.account().value(), editor.name(),
                        annex.uploadedAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    /** The annexes the draft references now, oldest first. */
    public List<Annex> current(ApplicationId application) {
        return jdbc.sql(COLUMNS + "WHERE application_id = ? AND removed_at IS NULL ORDER BY uploaded_at, file_name")
                .param(application.value()).query(AnnexRepository::annex).list();
    }

    /** An annex of the draft, current or removed after a submission named it. */
    public Optional<AnnexFile> file(ApplicationId application, UUID annex) {
        return jdbc.sql("SELECT id, organisation_oid, kind, file_name, byte_size, sha256, uploaded_by_name, "
                        + "uploaded_at, content FROM application_annex WHERE application_id = ? AND id = ?")
                .params(application.value(), annex)
                .query((rs, n) -> new AnnexFile(annex(rs, n), rs.getBytes("content"))).optional();
    }

    /**
     * Takes an annex out of the draft: one that a submission names keeps its row and bytes (marked removed), any
     * other is deleted with its bytes.
     *
     * @return false when the draft has no such current annex
     */
    public boolean remove(ApplicationId application, UUID annex, Instant now) {
        int deleted = jdbc.sql("DELETE FROM application_annex WHERE application_id = ? AND id = ? "
                        + "AND removed_at IS NULL AND submitted = FALSE")
                .params(application.value(), annex).update();
        return deleted == 1 || jdbc.sql("UPDATE application_annex SET removed_at = ? WHERE application_id = ? "
                        + "AND id = ? AND removed_at IS NULL")
                .params(now.atOffset(ZoneOffset.UTC), application.value(), annex).update() == 1;
    }

    /** The draft's current annexes are named by a submission from now on: their bytes are kept for good. */
    public void markSubmitted(ApplicationId application) {
        jdbc.sql("UPDATE application_annex SET submitted = TRUE WHERE application_id = ? AND removed_at IS NULL")
                .param(application.value()).update();
    }

    private static Annex annex(ResultSet rs, int row) throws SQLException {
        return new Annex(rs.getObject("id", UUID.class), rs.getString("organisation_oid"),
                AnnexKind.valueOf(rs.getString("kind")), rs.getString("file_name"), rs.getLong("byte_size"),
                rs.getString("sha256"), rs.getString("uploaded_by_name"),
                rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
    }
}

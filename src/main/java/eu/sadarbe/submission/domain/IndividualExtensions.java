package eu.sadarbe.submission.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.submission.IndividualExtension;

/** R-SUB-02: individual extensions granted to one application; every grant is logged, the latest applies. */
@Component
public class IndividualExtensions {

    private final JdbcClient jdbc;

    IndividualExtensions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public IndividualExtension grant(ApplicationId applicationId, String agencyCode, LocalDateTime deadlineBrussels,
                                     String reason, UUID grantedBy, String grantedByEmail, Instant now) {
        IndividualExtension extension = new IndividualExtension(UUID.randomUUID(), applicationId.value(), agencyCode,
                deadlineBrussels, reason, grantedByEmail, now);
        jdbc.sql("""
                        INSERT INTO submission_extension (id, application_id, national_agency_code, deadline_brussels,
                            reason, granted_by, granted_by_email, granted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(extension.id(), applicationId.value(), agencyCode,
                        deadlineBrussels.atZone(CallRoundSummary.BRUSSELS).toOffsetDateTime(),
                        reason, grantedBy, grantedByEmail, Timestamp.from(now))
                .update();
        return extension;
    }

    /** Newest first. */
    public List<IndividualExtension> of(ApplicationId applicationId) {
        return jdbc.sql("""
                        SELECT id, application_id, national_agency_code, deadline_brussels, reason, granted_by_email,
                               granted_at
                        FROM submission_extension WHERE application_id = ? ORDER BY granted_at DESC, id""")
                .param(applicationId.value())
                .query(IndividualExtensions::extension)
                .list();
    }

    /** The latest extension of each of these applications that has one, by application; 1,000 ids a statement. */
    public Map<ApplicationId, IndividualExtension> latestOf(Collection<ApplicationId> ids) {
        Map<ApplicationId, IndividualExtension> latest = new HashMap<>();
        List<UUID> values = ids.stream().map(ApplicationId::value).distinct().toList();
        for (int from = 0; from < values.size(); from += 1000) {
            jdbc.sql("""
                            SELECT id, application_id, national_agency_code, deadline_brussels, reason,
                                   granted_by_email, granted_at
                            FROM submission_extension WHERE application_id IN (:ids) ORDER BY granted_at DESC, id""")
                    .param("ids", values.subList(from, Math.min(values.size(), from + 1000)))
                    .query(IndividualExtensions::extension).list()
                    .forEach(extension -> latest.putIfAbsent(new ApplicationId(extension.applicationId()),
                            extension));
        }
        return latest;
    }

    private static IndividualExtension extension(ResultSet row, int number) throws SQLException {
        return new IndividualExtension(row.getObject("id", UUID.class), row.getObject("application_id", UUID.class),
                row.getString("national_agency_code"),
                LocalDateTime.ofInstant(row.getObject("deadline_brussels", OffsetDateTime.class).toInstant(),
                        CallRoundSummary.BRUSSELS), row.getString("reason"), row.getString("granted_by_email"),
                row.getTimestamp("granted_at").toInstant());
    }

    public Optional<IndividualExtension> latest(ApplicationId applicationId) {
        return of(applicationId).stream().findFirst();
    }
}

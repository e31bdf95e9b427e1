package eu.sadarbe.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationId;

/**
 * The audit trail of the back office: every formal check, assignment, score, consolidation, decision and override,
 * with who, when, before and after. Entries are only ever added, in the transaction of the change they record.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry record(ApplicationId application, String nationalAgencyCode, String action,
                             @Nullable String subject, @Nullable String before, @Nullable String after,
                             SignedInUser actor) {
        AuditEntry entry = new AuditEntry(UUID.randomUUID(), application, nationalAgencyCode, action, subject, before,
                after, actor.id().value(), actor.email(), clock.instant());
        jdbc.sql("""
                        INSERT INTO assessment_audit (id, application_id, national_agency_code, action, subject,
                            before_value, after_value, actor_id, actor_email, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(entry.id(), application.value(), nationalAgencyCode, action, subject, before, after,
                        entry.actorId(), entry.actorEmail(), Timestamp.from(entry.at()))
                .update();
        return entry;
    }

    /** Oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> of(ApplicationId application) {
        return jdbc.sql("""
                        SELECT id, application_id, national_agency_code, action, subject, before_value, after_value,
                            actor_id, actor_email, recorded_at
                        FROM assessment_audit WHERE application_id = ? ORDER BY recorded_at, id""")
                .param(application.value())
                .query((row, number) -> new AuditEntry(row.getObject("id", UUID.class),
                        new ApplicationId(row.getObject("application_id", UUID.class)),
                        row.getString("national_agency_code"), row.getString("action"), row.getString("subject"),
                        row.getString("before_value"), row.getString("after_value"),
                        row.getObject("actor_id", UUID.class), row.getString("actor_email"),
                        row.getTimestamp("recorded_at").toInstant()))
                .list();
    }
}

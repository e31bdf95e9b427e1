package eu.sadarbe.submission.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Application numbers {@code {callYear}-{round}-{agency}-{actionType}-{sequence}} (e.g.
 * {@code 2020-1-LV01-KA201-000042}), given once per application at its first submission from a counter per
 * National Agency and call year. The counter row is locked by its UPDATE until the submission commits, so two
 * nodes never hand out the same sequence, on H2 and PostgreSQL alike.
 */
@Component
public class ApplicationNumbers {

    private final JdbcClient jdbc;

    ApplicationNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The number the application already has, or a new one; must run in the submission's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String numberFor(UUID applicationId, int callYear, int roundNumber, String agencyCode, String actionType,
                            Instant now) {
        Optional<String> given = jdbc.sql("SELECT application_number FROM submission_number WHERE application_id = ?")
                .param(applicationId).query(String.class).optional();
        if (given.isPresent()) {
            return given.get();
        }
        String number = format(callYear, roundNumber, agencyCode, actionType, nextSequence(agencyCode, callYear));
        jdbc.sql("""
                        INSERT INTO submission_number (application_id, application_number, national_agency_code, assigned_at)
                        VALUES (?, ?, ?, ?)""")
                .params(applicationId, number, agencyCode, Timestamp.from(now)).update();
        return number;
    }

    static String format(int callYear, int roundNumber, String agencyCode, String actionType, int sequence) {
        return "%d-%d-%s-%s-%06d".formatted(callYear, roundNumber, agencyCode, actionType, sequence);
    }

    private int nextSequence(String agencyCode, int callYear) {
        jdbc.sql("""
                        INSERT INTO submission_counter (national_agency_code, call_year, last_sequence) VALUES (?, ?, 0)
                        ON CONFLICT DO NOTHING""")
                .params(agencyCode, callYear).update();
        jdbc.sql("""
                        UPDATE submission_counter SET last_sequence = last_sequence + 1
                        WHERE national_agency_code = ? AND call_year = ?""")
                .params(agencyCode, callYear).update();
        return jdbc.sql("SELECT last_sequence FROM submission_counter WHERE national_agency_code = ? AND call_year = ?")
                .params(agencyCode, callYear).query(Integer.class).single();
    }
}

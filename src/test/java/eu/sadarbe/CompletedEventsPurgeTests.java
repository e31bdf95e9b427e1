package eu.sadarbe;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The nightly purge deletes the event publications completed more than the days kept ago (7 by default), and keeps
 * the recently completed ones and every one not completed, however old: the registry republishes those.
 */
@SadarbeTest
class CompletedEventsPurgeTests {

    @Autowired CompletedEventsPurge purge;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void deletesOnlyThePublicationsCompletedBeforeTheDaysKept() {
        Instant now = clock.instant();
        UUID completedLongAgo = publication(now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(8)));
        UUID completedYesterday = publication(now.minus(Duration.ofDays(1)), now.minus(Duration.ofDays(1)));
        UUID neverCompleted = publication(now.minus(Duration.ofDays(30)), null);
        List<UUID> ours = List.of(completedLongAgo, completedYesterday, neverCompleted);
        try {
            purge.purge();
            assertThat(jdbc.sql("SELECT id FROM event_publication WHERE id IN (:ids)").param("ids", ours)
                    .query(UUID.class).list())
                    .containsExactlyInAnyOrder(completedYesterday, neverCompleted);
        } finally {
            jdbc.sql("DELETE FROM event_publication WHERE id IN (:ids)").param("ids", ours).update();
        }
    }

    private UUID publication(Instant published, Instant completed) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
                            completion_date, status, completion_attempts)
                        VALUES (?, 'eu.sadarbe.PurgeTest.listener', 'eu.sadarbe.PurgeTestEvent', '{}', ?, ?, ?, 1)""")
                .params(id, Timestamp.from(published), completed == null ? null : Timestamp.from(completed),
                        completed == null ? "PROCESSING" : "COMPLETED")
                .update();
        return id;
    }
}

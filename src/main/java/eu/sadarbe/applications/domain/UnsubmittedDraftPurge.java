package eu.sadarbe.applications.domain;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes drafts that were never submitted once they have not changed for the retention period of the privacy
 * notice ({@code sadarbe.privacy.unsubmitted-draft-retention}): personal data is kept no longer than needed (GDPR
 * Art. 5(1)(e)). Their sections, members, changes, annexes and invitations go with them. Runs on one node a night.
 */
@Component
public class UnsubmittedDraftPurge {

    private static final Logger LOG = LoggerFactory.getLogger(UnsubmittedDraftPurge.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Period retention;

    UnsubmittedDraftPurge(JdbcClient jdbc, Clock clock,
                          @Value("${sadarbe.privacy.unsubmitted-draft-retention:P2Y}") Period retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(cron = "${sadarbe.applications.purge-drafts-cron:0 40 3 * * *}", zone = "Europe/Brussels")
    @SchedulerLock(name = "applications.purge-unsubmitted-drafts", lockAtLeastFor = "PT5S")
    public void purgeOnSchedule() {
        purge();
    }

    /** One statement: the drafts and, by their foreign keys, everything that belongs to them. */
    public int purge() {
        OffsetDateTime before = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).minus(retention);
        int deleted = jdbc.sql("DELETE FROM application_draft WHERE status = 'DRAFT' AND updated_at < :before")
                .param("before", before).update();
        LOG.info("Deleted {} drafts never submitted and unchanged since {}", deleted, before);
        return deleted;
    }
}

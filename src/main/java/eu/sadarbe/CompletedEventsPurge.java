package eu.sadarbe;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the event publications the listeners completed more than {@code sadarbe.events.keep-completed} ago (7
 * days unless set), once a night on one node. Spring Modulith keeps a completed publication as a row of
 * {@code event_publication}: three or more per submission, 62,000 rows after 30 seconds of the deadline-day
 * benchmark, and never removed. The ones not completed (a listener still to run, or failed) are never deleted
 * here: they are what the registry republishes. The days kept are there to read what happened (as
 * {@code scripts/two-nodes.sh} does after its run).
 */
@Component
class CompletedEventsPurge {

    private static final Logger LOG = LoggerFactory.getLogger(CompletedEventsPurge.class);

    private final CompletedEventPublications completed;
    private final Duration kept;

    CompletedEventsPurge(CompletedEventPublications completed,
                         @Value("${sadarbe.events.keep-completed:P7D}") Duration kept) {
        this.completed = completed;
        this.kept = kept;
    }

    @Scheduled(cron = "${sadarbe.events.purge-cron:0 10 3 * * *}", zone = "Europe/Brussels")
    @SchedulerLock(name = "events.purge-completed", lockAtLeastFor = "PT5S", lockAtMostFor = "PT1H")
    void purgeOnSchedule() {
        purge();
    }

    /** Deletes the publications completed before the days kept. */
    void purge() {
        completed.deletePublicationsOlderThan(kept);
        LOG.info("Completed event publications older than {} deleted", kept);
    }
}

package eu.sadarbe.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Readiness that asks the database for what the users need from it: a committed write. A database that answers
 * reads but refuses writes (issue #12: the embedded database "closed itself" while {@code /actuator/health} said
 * UP) takes the node out of the load balancer. Load balancers poll often, so one probe serves every check for
 * {@code sadarbe.health.write-probe-interval}; it updates one row and waits at most two seconds.
 */
@Component("databaseWrite")
class DatabaseWriteHealth implements HealthIndicator {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseWriteHealth.class);
    private static final int TIMEOUT_SECONDS = 2;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Duration interval;
    private final Clock clock;
    private volatile @Nullable Probe last;

    DatabaseWriteHealth(DataSource dataSource, PlatformTransactionManager transactions, Clock clock,
                        HealthSettings settings) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setQueryTimeout(TIMEOUT_SECONDS);
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setTimeout(TIMEOUT_SECONDS);
        this.interval = settings.writeProbeInterval();
        this.clock = clock;
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        Probe probe = last;
        if (probe == null || !now.isBefore(probe.at().plus(interval))) {
            probe = new Probe(now, tryWrite(now));
            last = probe;
        }
        return probe.health();
    }

    private Health tryWrite(Instant now) {
        try {
            Integer rows = transaction.execute(status ->
                    jdbc.update("UPDATE health_probe SET probed_at = ? WHERE id = 1", Timestamp.from(now)));
            return rows != null && rows == 1 ? Health.up().build() : Health.down().build();
        } catch (DataAccessException | TransactionException refused) {
            LOG.warn("Readiness DOWN: the database did not take a write: {}", refused.toString());
            return Health.down().build();
        }
    }

    private record Probe(Instant at, Health health) {
    }
}

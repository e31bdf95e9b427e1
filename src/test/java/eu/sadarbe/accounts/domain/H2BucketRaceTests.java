package eu.sadarbe.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The soak found two sign-ins of one account from one address at once answering 500 on H2 (issue #12): both
 * found no bucket row, both inserted it, and the second failed on the key. The second must simply not insert.
 */
class H2BucketRaceTests {

    @Test
    void aSecondFirstAttemptAtOnceFindsTheRowInsteadOfFailing() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:bucket-race;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;LOCK_TIMEOUT=10000");
        try (Connection ddl = h2.getConnection(); Statement sql = ddl.createStatement()) {
            sql.execute("CREATE TABLE account_sign_in_bucket (id VARCHAR(400) NOT NULL PRIMARY KEY, state BYTEA,"
                    + " expires_at BIGINT)");
        }
        H2SelectForUpdateProxyManager buckets = new H2SelectForUpdateProxyManager(h2, ClientSideConfig.getDefault()
                .withExpirationAfterWriteStrategy(ExpirationAfterWriteStrategy.fixedTimeToLive(Duration.ofHours(1))));

        SelectForUpdateBasedTransaction first = buckets.allocateTransaction("account:x|127.0.0.1", Optional.empty());
        first.begin(Optional.empty());
        assertThat(first.tryInsertEmptyData(Optional.empty())).isTrue();

        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> {
            SelectForUpdateBasedTransaction other = buckets.allocateTransaction("account:x|127.0.0.1", Optional.empty());
            try {
                other.begin(Optional.empty());
                boolean inserted = other.tryInsertEmptyData(Optional.empty());
                other.rollback();
                return inserted;
            } finally {
                other.release();
            }
        });
        Thread.sleep(300);   // the second waits on the first's uncommitted row
        first.commit(Optional.empty());
        first.release();

        assertThat(second.get(10, TimeUnit.SECONDS)).as("the row exists: not inserted, and no failure").isFalse();
    }
}

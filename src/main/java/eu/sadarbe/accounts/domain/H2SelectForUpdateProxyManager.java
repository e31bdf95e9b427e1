package eu.sadarbe.accounts.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.distributed.jdbc.CustomColumnProvider;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;

/**
 * Bucket4j's buckets in an H2 table, for the embedded database: Bucket4j ships JDBC back-ends for PostgreSQL,
 * MySQL and others but none for H2, whose PostgreSQL mode lacks {@code ON CONFLICT (id)}. This is Bucket4j's own
 * select-for-update scheme (the one its PostgreSQL back-end uses) with a standard {@code MERGE} for the first row.
 */
class H2SelectForUpdateProxyManager extends AbstractSelectForUpdateBasedProxyManager<String> {

    private static final String SELECT = "SELECT state FROM account_sign_in_bucket WHERE id = ? FOR UPDATE";
    private static final String INSERT = """
            MERGE INTO account_sign_in_bucket b USING (VALUES (CAST(? AS VARCHAR(400)))) n(id) ON b.id = n.id
            WHEN NOT MATCHED THEN INSERT (id, state) VALUES (n.id, NULL)""";
    private static final String UPDATE = "UPDATE account_sign_in_bucket SET state = ?, expires_at = ? WHERE id = ?";
    private static final String DELETE = "DELETE FROM account_sign_in_bucket WHERE id = ?";
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final CustomColumnProvider<String> expiresAt;

    H2SelectForUpdateProxyManager(DataSource dataSource, ClientSideConfig config) {
        super(config);
        this.dataSource = dataSource;
        this.expiresAt = CustomColumnProvider.createExpiresInColumnProvider("expires_at",
                config.getExpirationAfterWriteStrategy().orElseThrow());
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }

    @Override
    public void removeProxy(String key) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(DELETE)) {
            delete.setString(1, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new BucketExceptions.BucketExecutionException(e);
        }
    }

    @Override
    protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeoutNanos) {
        try {
            return new Transaction(dataSource.getConnection(), key);
        } catch (SQLException e) {
            throw new BucketExceptions.BucketExecutionException(e);
        }
    }

    /** One bucket's row, locked from the select until commit or rollback. */
    private final class Transaction implements SelectForUpdateBasedTransaction {

        private final Connection connection;
        private final String key;

        Transaction(Connection connection, String key) {
            this.connection = connection;
            this.key = key;
        }

        @Override
        public void begin(Optional<Long> timeoutNanos) {
            run(() -> connection.setAutoCommit(false));
        }

        @Override
        public void rollback() {
            run(connection::rollback);
        }

        @Override
        public void commit(Optional<Long> timeoutNanos) {
            run(connection::commit);
        }

        @Override
        public LockAndGetResult tryLockAndGet(Optional<Long> timeoutNanos) {
            try (PreparedStatement select = connection.prepareStatement(SELECT)) {
                applyTimeout(select, timeoutNanos);
                select.setString(1, key);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? LockAndGetResult.locked(row.getBytes("state")) : LockAndGetResult.notLocked();
                }
            } catch (SQLException e) {
                throw new BucketExceptions.BucketExecutionException(e);
            }
        }

        @Override
        public boolean tryInsertEmptyData(Optional<Long> timeoutNanos) {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                applyTimeout(insert, timeoutNanos);
                insert.setString(1, key);
                return insert.executeUpdate() > 0;
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    // Another attempt inserted the row meanwhile: H2's MERGE does not see a row that is not yet
                    // committed, so both inserted and the second one waited and failed on the key. Not inserted,
                    // like PostgreSQL's ON CONFLICT DO NOTHING; Bucket4j then locks the existing row.
                    return false;
                }
                throw new BucketExceptions.BucketExecutionException(e);
            }
        }

        @Override
        public void update(byte[] data, RemoteBucketState newState, Optional<Long> timeoutNanos) {
            try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                applyTimeout(update, timeoutNanos);
                update.setBytes(1, data);
                expiresAt.setCustomField(key, 2, update, newState, currentTimeNanos());
                update.setString(3, key);
                update.executeUpdate();
            } catch (SQLException e) {
                throw new BucketExceptions.BucketExecutionException(e);
            }
        }

        @Override
        public void release() {
            run(connection::close);
        }

        private void run(SqlAction action) {
            try {
                action.run();
            } catch (SQLException e) {
                throw new BucketExceptions.BucketExecutionException(e);
            }
        }
    }

    private interface SqlAction {
        void run() throws SQLException;
    }
}

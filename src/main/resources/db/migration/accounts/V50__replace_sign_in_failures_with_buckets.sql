-- Sign-in throttling moves from one counter per e-mail address (which locked the owner out too) to Bucket4j token
-- buckets per client address and per (account, client address), kept here so that every node shares them.
-- The columns are the ones Bucket4j's JDBC proxy managers read and write: the bucket's key, its serialised state,
-- and the moment (epoch milliseconds) after which a bucket that has refilled completely may be forgotten.
DROP TABLE account_sign_in_failure;

CREATE TABLE account_sign_in_bucket (
    id          VARCHAR(400) NOT NULL PRIMARY KEY,
    state       BYTEA,
    expires_at  BIGINT
);
CREATE INDEX account_sign_in_bucket_expires_ix ON account_sign_in_bucket (expires_at);

-- Issue 15: people open their own accounts. An account signs in only once its e-mail address is verified; accounts
-- opened before (by demo seeding or an administrator) count as verified since they were opened.
ALTER TABLE account ADD COLUMN email_verified_at TIMESTAMP WITH TIME ZONE;
UPDATE account SET email_verified_at = created_at;

-- The single-use links e-mailed to a person: verify the address (24 hours), reset the password (1 hour), set up the
-- first administrator. Only the SHA-256 of the link's secret is kept, so that the table cannot be used to sign in.
CREATE TABLE account_token (
    id          UUID         NOT NULL PRIMARY KEY,
    account_id  UUID         NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    purpose     VARCHAR(20)  NOT NULL CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD', 'SET_UP')),
    token_hash  VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX account_token_hash_ix ON account_token (token_hash);
CREATE INDEX account_token_account_ix ON account_token (account_id, purpose);

-- User administration (issue #15): when a person last signed in, and whether they must choose a new password at
-- their next sign-in (an administrator forced a reset, or gave them a first password).
ALTER TABLE account ADD COLUMN last_signed_in_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;

-- Two-factor sign-in (RFC 6238): the shared secret, encrypted with the key in sadarbe.accounts.two-factor.key, and
-- the last time step whose code was accepted, so that no code is accepted twice.
ALTER TABLE account ADD COLUMN two_factor_secret VARCHAR(400);
ALTER TABLE account ADD COLUMN two_factor_last_step BIGINT;
ALTER TABLE account ADD COLUMN two_factor_enrolled_at TIMESTAMP WITH TIME ZONE;

-- Erasure of personal data on request (GDPR Art. 17): asked by the person, carried out by an administrator.
ALTER TABLE account ADD COLUMN erasure_requested_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;

-- Ten single-use recovery codes per enrolment, kept only as password hashes.
CREATE TABLE account_recovery_code (
    id          UUID         NOT NULL PRIMARY KEY,
    account_id  UUID         NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    code_hash   VARCHAR(200) NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX account_recovery_code_account_ix ON account_recovery_code (account_id);

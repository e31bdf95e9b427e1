-- Issue 12: a person acts for an organisation only after one of its users invited them and they accepted; and an
-- expert's past membership still counts as a conflict of interest, so every membership keeps its period.

-- An invitation is addressed to an e-mail address (normalised: trimmed, lower case), not to an account, so that it
-- also reaches a person who opens an account later with that address (issue 15 will e-mail it).
CREATE TABLE organisation_invitation (
    id               UUID         NOT NULL PRIMARY KEY,
    organisation_id  UUID         NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    email            VARCHAR(254) NOT NULL,
    invited_by       UUID         NOT NULL REFERENCES account (id),
    invited_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    status           VARCHAR(10)  NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'REVOKED')),
    answered_by      UUID         REFERENCES account (id),   -- the invitee who accepted or declined, or the user who revoked
    answered_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX organisation_invitation_email_ix ON organisation_invitation (email, status);
CREATE INDEX organisation_invitation_organisation_ix ON organisation_invitation (organisation_id, status);

-- When each account acted for the organisation: from joining until leaving (open while it still does).
CREATE TABLE organisation_membership (
    organisation_id  UUID NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    account_id       UUID NOT NULL REFERENCES account (id),
    member_from      TIMESTAMP WITH TIME ZONE NOT NULL,
    member_until     TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (organisation_id, account_id, member_from)
);
CREATE INDEX organisation_membership_account_ix ON organisation_membership (account_id);

-- Today's users have acted for their organisation since it was registered, as far as the register knows.
INSERT INTO organisation_membership (organisation_id, account_id, member_from)
SELECT u.organisation_id, u.account_id, o.registered_at
FROM organisation_user u JOIN organisation o ON o.id = u.organisation_id;

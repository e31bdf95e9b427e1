-- An invitation to a draft for an e-mail address that has no account yet (issue #12: answered like any other, so
-- that inviting never tells whether an address has an account). The access applies once an account with that
-- address lists its applications; the row then becomes an application_member.
CREATE TABLE application_invitation (
    application_id  UUID                     NOT NULL REFERENCES application_draft (id) ON DELETE CASCADE,
    email           VARCHAR(254)             NOT NULL,
    access_level    VARCHAR(4)               NOT NULL CHECK (access_level IN ('VIEW', 'EDIT')),
    invited_by      UUID                     NOT NULL REFERENCES account (id),
    invited_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application_id, email)
);
CREATE INDEX application_invitation_email_ix ON application_invitation (email);

-- People who sign in: applicants acting for organisations, National Agency officers, experts, administrators.

CREATE TABLE account (
    id                     UUID         NOT NULL PRIMARY KEY,
    email                  VARCHAR(254) NOT NULL,
    display_name           VARCHAR(200) NOT NULL,
    password_hash          VARCHAR(200) NOT NULL,
    preferred_language     VARCHAR(5)   NOT NULL DEFAULT 'en',
    national_agency_code   VARCHAR(4),             -- a code of the calls module's national_agency
    enabled                BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX account_email_ix ON account (email);

CREATE TABLE account_role (
    account_id  UUID        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role        VARCHAR(20) NOT NULL CHECK (role IN ('APPLICANT', 'NA_OFFICER', 'EXPERT', 'ADMIN')),
    PRIMARY KEY (account_id, role)
);

-- Failed sign-ins per e-mail address (known or not), so that throttling holds across all nodes.
CREATE TABLE account_sign_in_failure (
    email            VARCHAR(254) NOT NULL PRIMARY KEY,
    failures         INTEGER      NOT NULL,
    last_failure_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until     TIMESTAMP WITH TIME ZONE
);

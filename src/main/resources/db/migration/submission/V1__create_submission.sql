-- Submissions (R-SUB-01): every submission of an application is kept, the last one counts. A submission holds the
-- frozen application document (canonical JSON) and its SHA-256 digest. The idempotency key is unique per
-- application, so a double click or a network retry can never create a second submission, whichever node serves it.

CREATE TABLE submission (
    id                    UUID                     NOT NULL PRIMARY KEY,
    application_id        UUID                     NOT NULL,
    idempotency_key       VARCHAR(100)             NOT NULL,
    application_number    VARCHAR(40)              NOT NULL,
    national_agency_code  VARCHAR(4)               NOT NULL REFERENCES national_agency (code),
    call_year             INTEGER                  NOT NULL,
    round_number          INTEGER                  NOT NULL,
    action_type           VARCHAR(5)               NOT NULL,
    application_version   BIGINT                   NOT NULL,
    title                 VARCHAR(1000),
    sha256                VARCHAR(64)              NOT NULL,
    canonical_json        TEXT                     NOT NULL,
    submitted_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_by          UUID                     NOT NULL,
    submitter_email       VARCHAR(254)             NOT NULL,
    submitter_language    VARCHAR(5)               NOT NULL,
    receipt_sent_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT submission_once_per_key UNIQUE (application_id, idempotency_key)
);

CREATE INDEX submission_by_application_idx ON submission (application_id, submitted_at);
CREATE INDEX submission_by_agency_idx ON submission (national_agency_code);

-- The application number {callYear}-{round}-{agency}-{actionType}-{sequence} is given once, at the first
-- submission, and kept on resubmission.
CREATE TABLE submission_number (
    application_id        UUID                     NOT NULL PRIMARY KEY,
    application_number    VARCHAR(40)              NOT NULL UNIQUE,
    national_agency_code  VARCHAR(4)               NOT NULL REFERENCES national_agency (code),
    assigned_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One counter per National Agency and call year; a submission increments it under a row lock (UPDATE, then
-- read in the same transaction), so two nodes never hand out the same sequence.
CREATE TABLE submission_counter (
    national_agency_code  VARCHAR(4) NOT NULL REFERENCES national_agency (code),
    call_year             INTEGER    NOT NULL,
    last_sequence         INTEGER    NOT NULL,
    PRIMARY KEY (national_agency_code, call_year)
);

-- R-SUB-02: an officer of the application's National Agency grants one application a later deadline, with a
-- reason. Every grant is kept (the log); the latest applies.
CREATE TABLE submission_extension (
    id                    UUID                     NOT NULL PRIMARY KEY,
    application_id        UUID                     NOT NULL,
    national_agency_code  VARCHAR(4)               NOT NULL REFERENCES national_agency (code),
    deadline_brussels     TIMESTAMP                NOT NULL,
    reason                VARCHAR(2000)            NOT NULL,
    granted_by            UUID                     NOT NULL,
    granted_by_email      VARCHAR(254)             NOT NULL,
    granted_at            TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX submission_extension_by_application_idx ON submission_extension (application_id, granted_at);

-- The PDF of a submitted application, made after the submission committed (never delays it).
CREATE TABLE submission_pdf (
    submission_id  UUID                     NOT NULL PRIMARY KEY REFERENCES submission (id),
    content        BYTEA                    NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

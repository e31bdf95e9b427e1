-- The agency's inbox: one row per application routed to it (its latest submission), with what the inbox sorts
-- and filters by, computed once from the frozen document: applicant, requested grant and the number of ERROR
-- findings, and the back-office status with the formal check's outcome and the final score when known.

CREATE TABLE assessment_inbox (
    application_id        UUID                     NOT NULL PRIMARY KEY,
    submission_id         UUID                     NOT NULL,
    application_number    VARCHAR(40)              NOT NULL,
    national_agency_code  VARCHAR(4)               NOT NULL REFERENCES national_agency (code),
    call_year             INTEGER                  NOT NULL,
    round_number          INTEGER                  NOT NULL,
    action_type           VARCHAR(10)              NOT NULL,
    title                 VARCHAR(500),
    applicant_name        VARCHAR(300)             NOT NULL,
    applicant_country     VARCHAR(2)               NOT NULL,
    submitted_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    requested_grant       NUMERIC(12, 2)           NOT NULL,
    error_findings        INTEGER                  NOT NULL,
    status                VARCHAR(20)              NOT NULL,
    formal_check_reason   TEXT,
    formal_check_rule_ids VARCHAR(300),
    final_score           INTEGER,
    changed_at            TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX assessment_inbox_by_agency_idx ON assessment_inbox (national_agency_code, application_number);

-- Selection (R-AWD-05): what the agency ranks (the consolidated scores and formal rejections it heard of), the
-- budget envelope per agency, round and action type with its history, the decisions and the decision letters.

CREATE TABLE selection_candidate (
    application_id        UUID                     NOT NULL PRIMARY KEY,
    submission_id         UUID                     NOT NULL,
    application_number    VARCHAR(40)              NOT NULL,
    national_agency_code  VARCHAR(4)               NOT NULL REFERENCES national_agency (code),
    call_year             INT                      NOT NULL,
    round_number          INT                      NOT NULL,
    action_type           VARCHAR(5)               NOT NULL,
    formally_eligible     BOOLEAN                  NOT NULL,
    ineligibility_reason  TEXT,
    ineligibility_rules   VARCHAR(300),
    assessed              BOOLEAN                  NOT NULL,
    total                 INT                      NOT NULL,
    relevance             INT                      NOT NULL,
    impact                INT                      NOT NULL,
    passed                BOOLEAN                  NOT NULL,
    criteria_json         TEXT                     NOT NULL,
    requested_grant       DECIMAL(12, 2)           NOT NULL,
    recommended_grant     DECIMAL(12, 2),
    granted               DECIMAL(12, 2)           NOT NULL,
    grant_reduction_reason TEXT,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX selection_candidate_by_ranking_idx
    ON selection_candidate (national_agency_code, call_year, round_number, action_type);

CREATE TABLE selection_envelope (
    national_agency_code  VARCHAR(4)               NOT NULL REFERENCES national_agency (code),
    call_year             INT                      NOT NULL,
    round_number          INT                      NOT NULL,
    action_type           VARCHAR(5)               NOT NULL,
    amount                DECIMAL(14, 2)           NOT NULL,
    reserve_size          INT                      NOT NULL,
    PRIMARY KEY (national_agency_code, call_year, round_number, action_type)
);

-- Every change of an envelope, never updated.
CREATE TABLE selection_envelope_change (
    id                    UUID                     NOT NULL PRIMARY KEY,
    national_agency_code  VARCHAR(4)               NOT NULL,
    call_year             INT                      NOT NULL,
    round_number          INT                      NOT NULL,
    action_type           VARCHAR(5)               NOT NULL,
    amount_before         DECIMAL(14, 2),
    amount_after          DECIMAL(14, 2)           NOT NULL,
    reserve_size_before   INT,
    reserve_size_after    INT                      NOT NULL,
    changed_by            VARCHAR(254)             NOT NULL,
    changed_at            TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE selection_decision (
    application_id        UUID                     NOT NULL PRIMARY KEY REFERENCES selection_candidate (application_id),
    outcome               VARCHAR(10)              NOT NULL,
    granted               DECIMAL(12, 2),
    overridden            BOOLEAN                  NOT NULL,
    reason                TEXT,
    decided_by            UUID                     NOT NULL,
    decided_by_email      VARCHAR(254)             NOT NULL,
    decided_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    letter_issued_at      TIMESTAMP WITH TIME ZONE,
    letter_language       VARCHAR(5),
    letter_pdf            BYTEA,
    letter_mailed_at      TIMESTAMP WITH TIME ZONE
);

-- Grant agreements (rules file section 6, issue 18): the agreement prepared from a final selection, its versions
-- (version 1 as signed, then one per approved amendment), amendments, signatures, the documents signed, and the
-- audit trail. The terms, amendments and signatures are kept as JSON beside the columns that are searched.

CREATE TABLE grant_agreement (
    id                    UUID                     NOT NULL PRIMARY KEY,
    agreement_number      VARCHAR(60)              NOT NULL UNIQUE,
    application_id        UUID                     NOT NULL,
    application_number    VARCHAR(40)              NOT NULL,
    national_agency_code  VARCHAR(4)               NOT NULL REFERENCES national_agency (code),
    call_year             INT                      NOT NULL,
    round_number          INT                      NOT NULL,
    action_type           VARCHAR(5)               NOT NULL,
    beneficiary_id        VARCHAR(40)              NOT NULL,
    status                VARCHAR(25)              NOT NULL,
    awarded_total         DECIMAL(12, 2)           NOT NULL,
    pdf_sha256            VARCHAR(64),
    entered_into_force_on DATE,
    prepared_by           VARCHAR(254)             NOT NULL,
    prepared_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    preparation_json      TEXT                     NOT NULL,
    versions_json         TEXT                     NOT NULL,
    amendments_json       TEXT                     NOT NULL,
    signatures_json       TEXT                     NOT NULL,
    row_version           INT                      NOT NULL,
    UNIQUE (application_id, beneficiary_id)
);

CREATE INDEX grant_agreement_by_agency_idx ON grant_agreement (national_agency_code, call_year, round_number);

-- The PDFs: the agreement and each amendment as rendered, and the files uploaded with a qualified signature.
CREATE TABLE grant_document (
    agreement_id          UUID                     NOT NULL REFERENCES grant_agreement (id),
    name                  VARCHAR(60)              NOT NULL,
    sha256                VARCHAR(64)              NOT NULL,
    content               ${large_binary}          NOT NULL,
    stored_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (agreement_id, name)
);

-- Every step, never updated.
CREATE TABLE grant_audit (
    agreement_id          UUID                     NOT NULL REFERENCES grant_agreement (id),
    step                  INT                      NOT NULL,
    happened_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor                 VARCHAR(254)             NOT NULL,
    action                VARCHAR(80)              NOT NULL,
    detail                TEXT                     NOT NULL,
    PRIMARY KEY (agreement_id, step)
);

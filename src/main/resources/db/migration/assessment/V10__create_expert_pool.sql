-- The agency's pool of experts (Guide for Experts): what they assess, in which languages, where they work.
-- fields and languages are comma-separated lists (action types KA201…KA229; ISO 639-1 codes).
CREATE TABLE assessment_expert (
    account_id           UUID PRIMARY KEY,
    email                VARCHAR(320) NOT NULL,
    display_name         VARCHAR(200) NOT NULL,
    national_agency_code VARCHAR(10)  NOT NULL,
    fields               VARCHAR(400) NOT NULL,
    languages            VARCHAR(200) NOT NULL,
    country_code         VARCHAR(2)   NOT NULL,
    organisation_oid     VARCHAR(20)
);

-- Recorded relations of an expert with an organisation (worked for, worked with): conflicts of interest.
CREATE TABLE assessment_expert_relation (
    id               UUID PRIMARY KEY,
    expert_id        UUID          NOT NULL REFERENCES assessment_expert (account_id),
    organisation_oid VARCHAR(20)   NOT NULL,
    note             VARCHAR(500)  NOT NULL,
    recorded_by      VARCHAR(320)  NOT NULL,
    recorded_at      TIMESTAMP     NOT NULL
);
CREATE INDEX assessment_expert_relation_expert ON assessment_expert_relation (expert_id);

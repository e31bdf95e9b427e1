-- Issue 20: the public record of funded projects, built from what earlier modules publish (selection's
-- ApplicationSelected, grants' AgreementEnteredIntoForce, payments' PaymentMade). Only what the programme makes
-- public: no personal data, no scores. `search_key` is the title, summaries and organisation names and cities
-- folded to lower case without diacritics in Java (results.domain.SearchText), so that "riga" finds "Rīga" on H2
-- and on PostgreSQL alike; PostgreSQL searches it with full-text search, H2 with LIKE.
CREATE TABLE results_project (
    application_id       UUID           NOT NULL PRIMARY KEY,
    application_number   VARCHAR(40)    NOT NULL UNIQUE,
    title                VARCHAR(500)   NOT NULL,
    original_language    VARCHAR(5)     NOT NULL,
    summary_original     VARCHAR(20000),
    summary_en           VARCHAR(20000),
    action_type          VARCHAR(5)     NOT NULL,
    field                VARCHAR(40)    NOT NULL,
    call_year            INTEGER        NOT NULL,
    round_number         INTEGER        NOT NULL,
    agency_code          VARCHAR(4)     NOT NULL,
    coordinator_country  VARCHAR(2)     NOT NULL,
    priorities           VARCHAR(1000)  NOT NULL,
    granted_amount       NUMERIC(12, 2) NOT NULL,
    awarded_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    planned_start        DATE,
    planned_end          DATE,
    agreement_number     VARCHAR(60),
    contracted_amount    NUMERIC(12, 2),
    in_force_on          DATE,
    search_key           VARCHAR(60000) NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX results_project_year ON results_project (call_year, action_type);

CREATE TABLE results_organisation (
    application_id   UUID         NOT NULL REFERENCES results_project (application_id) ON DELETE CASCADE,
    position         INTEGER      NOT NULL,
    application_number VARCHAR(40) NOT NULL,
    name             VARCHAR(500) NOT NULL,
    organisation_id  VARCHAR(20)  NOT NULL,
    country          VARCHAR(2)   NOT NULL,
    city             VARCHAR(200),
    role             VARCHAR(20)  NOT NULL,
    PRIMARY KEY (application_id, position)
);
CREATE INDEX results_organisation_number ON results_organisation (application_number, position);
CREATE INDEX results_organisation_country ON results_organisation (country);

-- Disbursements may arrive before the project (events are handled independently): no foreign key.
CREATE TABLE results_disbursement (
    payment_order_id   UUID           NOT NULL PRIMARY KEY,
    application_id     UUID           NOT NULL,
    application_number VARCHAR(40)    NOT NULL,
    kind               VARCHAR(30)    NOT NULL,
    amount             NUMERIC(12, 2) NOT NULL,
    paid_on            DATE           NOT NULL
);
CREATE INDEX results_disbursement_number ON results_disbursement (application_number, paid_on);

-- Grants may enter into force before results has taken the selection in: kept until the project is there.
-- A KA229 project has one agreement per school: the project shows their sum and span.
CREATE TABLE results_agreement (
    agreement_number   VARCHAR(60)    NOT NULL PRIMARY KEY,
    application_id     UUID           NOT NULL,
    awarded_total      NUMERIC(12, 2) NOT NULL,
    in_force_on        DATE           NOT NULL,
    project_start      DATE           NOT NULL,
    project_end        DATE           NOT NULL
);

-- The links to a project's results; a weekly job (ShedLock results.check-links) marks the broken ones.
CREATE TABLE results_link (
    id               UUID          NOT NULL PRIMARY KEY,
    application_id   UUID          NOT NULL REFERENCES results_project (application_id) ON DELETE CASCADE,
    label            VARCHAR(300)  NOT NULL,
    url              VARCHAR(2000) NOT NULL,
    checked_at       TIMESTAMP WITH TIME ZONE,
    broken           BOOLEAN       NOT NULL DEFAULT FALSE,
    status_detail    VARCHAR(200)
);
CREATE INDEX results_link_project ON results_link (application_id);

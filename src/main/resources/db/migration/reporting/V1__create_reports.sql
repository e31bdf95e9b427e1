-- Reports (rules file section 6, issue 19): the interim and the final report of an agreement in force, written
-- section by section (each section with its own version, as drafts are), and their audit trail. The agreement the
-- report answers to is kept as JSON beside the columns that are searched.

CREATE TABLE project_report (
    id                    UUID                     NOT NULL PRIMARY KEY,
    kind                  VARCHAR(10)              NOT NULL,
    agreement_id          UUID                     NOT NULL REFERENCES grant_agreement (id),
    agreement_number      VARCHAR(60)              NOT NULL,
    application_id        UUID                     NOT NULL,
    application_number    VARCHAR(40)              NOT NULL,
    national_agency_code  VARCHAR(4)               NOT NULL,
    call_year             INT                      NOT NULL,
    action_type           VARCHAR(5)               NOT NULL,
    status                VARCHAR(12)              NOT NULL,
    due_on                DATE                     NOT NULL,
    project_end           DATE                     NOT NULL,
    project_json          TEXT                     NOT NULL,
    submitted_at          TIMESTAMP WITH TIME ZONE,
    submitted_by          VARCHAR(254),
    row_version           INT                      NOT NULL,
    UNIQUE (agreement_id, kind)
);

CREATE INDEX project_report_by_agency_idx ON project_report (national_agency_code, status, due_on);
CREATE INDEX project_report_by_application_idx ON project_report (application_id);

-- One row per section saved at least once; the content is the section's part of the report as JSON.
CREATE TABLE report_section (
    report_id             UUID                     NOT NULL REFERENCES project_report (id),
    section               VARCHAR(24)              NOT NULL,
    version               INT                      NOT NULL,
    saved_by              VARCHAR(254),
    saved_at              TIMESTAMP WITH TIME ZONE,
    content_json          TEXT                     NOT NULL,
    PRIMARY KEY (report_id, section)
);

-- Every step, never updated.
CREATE TABLE report_audit (
    report_id             UUID                     NOT NULL REFERENCES project_report (id),
    step                  INT                      NOT NULL,
    happened_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor                 VARCHAR(254)             NOT NULL,
    action                VARCHAR(80)              NOT NULL,
    detail                TEXT                     NOT NULL,
    PRIMARY KEY (report_id, step)
);

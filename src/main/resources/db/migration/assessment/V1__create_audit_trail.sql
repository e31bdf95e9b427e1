-- The back office's audit trail: every formal check, expert assignment, score, consolidation, decision and
-- override on an application, with who did it, when, and the value before and after. Rows are never updated.
-- (Assessment migrations: V1-V9 the inbox and formal check, V10-V19 experts and scoring.)

CREATE TABLE assessment_audit (
    id                    UUID                     NOT NULL PRIMARY KEY,
    application_id        UUID                     NOT NULL,
    national_agency_code  VARCHAR(4)               NOT NULL REFERENCES national_agency (code),
    action                VARCHAR(60)              NOT NULL,
    subject               VARCHAR(300),
    before_value          TEXT,
    after_value           TEXT,
    actor_id              UUID                     NOT NULL,
    actor_email           VARCHAR(254)             NOT NULL,
    recorded_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX assessment_audit_by_application_idx ON assessment_audit (application_id, recorded_at);

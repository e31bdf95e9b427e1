-- Applications the formal check found eligible (FormalCheckCompleted), as the experts' work needs them.
CREATE TABLE assessment_assessable (
    application_id       UUID PRIMARY KEY,
    submission_id        UUID          NOT NULL,
    application_number   VARCHAR(40)   NOT NULL,
    national_agency_code VARCHAR(10)   NOT NULL,
    call_year            INT           NOT NULL,
    round_number         INT           NOT NULL,
    action_type          VARCHAR(10)   NOT NULL,
    title                VARCHAR(500),
    language_code        VARCHAR(8)    NOT NULL,
    applicant_oid        VARCHAR(20),
    consortium_oids      VARCHAR(2000) NOT NULL,
    requested_grant      DECIMAL(12, 2) NOT NULL,
    eligible             BOOLEAN       NOT NULL,
    checked_at           TIMESTAMP     NOT NULL
);
CREATE INDEX assessment_assessable_round ON assessment_assessable (national_agency_code, call_year, round_number);

-- One expert's work on one application: the declaration of no conflict of interest, then the scores of the four
-- award criteria (R-AWD-01) with a comment each, saved as a draft until submitted (then locked).
CREATE TABLE assessment_assignment (
    id                  UUID PRIMARY KEY,
    application_id      UUID          NOT NULL REFERENCES assessment_assessable (application_id),
    expert_id           UUID          NOT NULL REFERENCES assessment_expert (account_id),
    status              VARCHAR(20)   NOT NULL,
    third_expert        BOOLEAN       NOT NULL,
    reason              VARCHAR(1000),
    relevance_points    INT,
    design_points       INT,
    team_points         INT,
    impact_points       INT,
    relevance_comment   VARCHAR(10000),
    design_comment      VARCHAR(10000),
    team_comment        VARCHAR(10000),
    impact_comment      VARCHAR(10000),
    recommended_grant   DECIMAL(12, 2),
    grant_justification VARCHAR(4000),
    assigned_at         TIMESTAMP     NOT NULL,
    declared_at         TIMESTAMP,
    saved_at            TIMESTAMP,
    submitted_at        TIMESTAMP
);
CREATE INDEX assessment_assignment_application ON assessment_assignment (application_id);
CREATE INDEX assessment_assignment_expert ON assessment_assignment (expert_id);

-- The officer's consolidated score (R-AWD-01…03); the latest consolidation of an application counts.
CREATE TABLE assessment_consolidation (
    application_id    UUID PRIMARY KEY REFERENCES assessment_assessable (application_id),
    relevance_points  INT           NOT NULL,
    design_points     INT           NOT NULL,
    team_points       INT           NOT NULL,
    impact_points     INT           NOT NULL,
    total_points      INT           NOT NULL,
    passed            BOOLEAN       NOT NULL,
    suggested_total   INT           NOT NULL,
    override_reason   VARCHAR(1000),
    recommended_grant DECIMAL(12, 2),
    consolidated_by   VARCHAR(320)  NOT NULL,
    consolidated_at   TIMESTAMP     NOT NULL
);

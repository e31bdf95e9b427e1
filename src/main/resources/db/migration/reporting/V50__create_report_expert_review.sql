-- An expert of the agency's pool assigned to assess a submitted final report (issue 19 item 4): chosen by the officer
-- with the same conflict-of-interest checks as for applications, the expert declares no conflict before reading,
-- then scores the report out of 100 with comments (R-RED-01); the officer may take that score as the report's. One
-- expert per report at a time: assigning another replaces the row (the report's audit trail keeps the history).

CREATE TABLE report_expert_review (
    report_id             UUID                     NOT NULL PRIMARY KEY REFERENCES project_report (id),
    expert_id             UUID                     NOT NULL,
    expert_email          VARCHAR(254)             NOT NULL,
    expert_name           VARCHAR(200)             NOT NULL,
    status                VARCHAR(20)              NOT NULL,
    conflict_reason       TEXT,
    score                 INT,
    comments              TEXT                     NOT NULL,
    assigned_by           VARCHAR(254)             NOT NULL,
    assigned_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    declared_at           TIMESTAMP WITH TIME ZONE,
    scored_at             TIMESTAMP WITH TIME ZONE,
    row_version           INT                      NOT NULL
);

CREATE INDEX report_expert_review_expert ON report_expert_review (expert_id);

-- Evidence of real costs (R-FIN-09, R-FIN-10): PDF files uploaded with a report's special needs and exceptional
-- costs, within the annex limits of drafts. Who uploaded one is in the report's audit trail.
CREATE TABLE report_evidence (
    id                    UUID                     NOT NULL PRIMARY KEY,
    report_id             UUID                     NOT NULL REFERENCES project_report (id),
    file_name             VARCHAR(255)             NOT NULL,
    size_bytes            BIGINT                   NOT NULL,
    sha256                VARCHAR(64)              NOT NULL,
    content               ${large_binary}          NOT NULL,
    uploaded_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX report_evidence_by_report_idx ON report_evidence (report_id);

-- The R-REP-01 reminders sent: one row per report, reminder and project end date, written before the e-mails go so
-- that a reminder goes once, whichever node runs the job (a later end date after an amendment is reminded again).
CREATE TABLE report_reminder (
    report_id             UUID                     NOT NULL REFERENCES project_report (id),
    reminder              VARCHAR(20)              NOT NULL,
    project_end           DATE                     NOT NULL,
    sent_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    recipients            INT                      NOT NULL,
    PRIMARY KEY (report_id, reminder, project_end)
);

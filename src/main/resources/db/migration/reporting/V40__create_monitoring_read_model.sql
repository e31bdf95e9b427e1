-- Monitoring (issue 19, item 6): what the agency's portfolio page needs beyond the agreements in force (grants'
-- Agreements), the reports' due dates and statuses (project_report) and the payment orders (payments'
-- PaymentSchedule), kept by reporting's listeners from events:
--   ReportSubmitted  -> what the submitted report claims, at the agreement's unit costs (budget engine on
--                       ReportContent.asDocument, nothing ineligible yet): the "reported" of the absorption;
--   ProjectCompleted -> the final grant, the score and the R-RED-01 reduction once settled.
-- A report returned for changes and submitted again replaces its amount.
CREATE TABLE monitoring_report (
    report_id        UUID                     NOT NULL PRIMARY KEY,
    agreement_id     UUID                     NOT NULL,
    agency_code      VARCHAR(4)               NOT NULL,
    kind             VARCHAR(10)              NOT NULL,
    reported_total   DECIMAL(14, 2),
    submitted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    computed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX monitoring_report_by_agency_idx ON monitoring_report (agency_code);

CREATE TABLE monitoring_completion (
    agreement_id     UUID                     NOT NULL PRIMARY KEY,
    agency_code      VARCHAR(4)               NOT NULL,
    final_grant      DECIMAL(14, 2)           NOT NULL,
    report_score     INT                      NOT NULL,
    reduction_share  DECIMAL(7, 4)            NOT NULL,
    completed_on     DATE                     NOT NULL
);
CREATE INDEX monitoring_completion_by_agency_idx ON monitoring_completion (agency_code);

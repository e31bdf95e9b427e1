-- Issue 20 with reporting (issue 19): a project is completed when the final grant of its last agreement is settled
-- (reporting's ProjectCompleted with lastOfProject); it then shows the public results summary of its final report
-- (R-REP-02) in English and in the project's language, and its final grant (the sum over a KA229 project's
-- agreements, kept per agreement in results_completion so that each event may arrive more than once).
ALTER TABLE results_project ADD COLUMN completed_on DATE;
ALTER TABLE results_project ADD COLUMN final_grant NUMERIC(12, 2);
ALTER TABLE results_project ADD COLUMN results_summary_en VARCHAR(20000);
ALTER TABLE results_project ADD COLUMN results_summary_original VARCHAR(20000);
ALTER TABLE results_project ADD COLUMN results_language VARCHAR(5);

CREATE TABLE results_completion (
    agreement_id       UUID           NOT NULL PRIMARY KEY,
    application_id     UUID           NOT NULL,
    final_grant        NUMERIC(12, 2) NOT NULL,
    completed_on       DATE           NOT NULL
);
CREATE INDEX results_completion_application ON results_completion (application_id);

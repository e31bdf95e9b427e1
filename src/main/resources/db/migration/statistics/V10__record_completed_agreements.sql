-- Issue 20 with reporting (issue 19): the final grant of each agreement settled after its final report (reporting's
-- ProjectCompleted); when the last agreement of an application is settled, statistics_application.completed_on and
-- final_grant (the sum over a KA229 project's agreements) are filled, and the application counts as completed.
CREATE TABLE statistics_completion (
    agreement_id          UUID                     NOT NULL PRIMARY KEY,
    application_id        UUID                     NOT NULL,
    final_grant           DECIMAL(12, 2)           NOT NULL,
    reduction_share       DECIMAL(7, 4)            NOT NULL,
    completed_on          DATE                     NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX statistics_completion_by_application_idx ON statistics_completion (application_id);

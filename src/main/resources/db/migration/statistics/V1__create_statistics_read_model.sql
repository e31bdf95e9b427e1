-- Statistics (issue #20, item 4): one narrow row per submitted application with the dimensions the public
-- statistics filter by and the step it reached, kept by the statistics module's listeners from the events of
-- submission, assessment, selection and grants. The public page and API aggregate it with SQL (COUNT, SUM, MIN
-- with FILTER-like CASE expressions): no row leaves the database, no other module's table is read.
-- Scores and requested amounts of single applications stay in this table; only aggregates are published.

CREATE TABLE statistics_application (
    application_id        UUID                     NOT NULL PRIMARY KEY,
    application_number    VARCHAR(40)              NOT NULL,
    national_agency_code  VARCHAR(4)               NOT NULL,
    call_year             INT                      NOT NULL,
    round_number          INT                      NOT NULL,
    action_type           VARCHAR(10)              NOT NULL,
    field                 VARCHAR(40),
    applicant_country     VARCHAR(2),
    requested_grant       DECIMAL(12, 2),
    eligible              BOOLEAN,
    final_score           INT,
    passed                BOOLEAN,
    outcome               VARCHAR(10),
    granted               DECIMAL(12, 2),
    -- The sum of the application's agreements in force (statistics_agreement); NULL until one enters into force.
    contracted_total      DECIMAL(12, 2),
    -- Filled when reporting publishes the approved final report (not built yet): see StatisticsRepository.
    completed_on          DATE,
    final_grant           DECIMAL(12, 2),
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The filters people use first (a call year, then an agency or an action type); the rest filter the few rows left.
CREATE INDEX statistics_application_by_year_idx
    ON statistics_application (call_year, national_agency_code, action_type, round_number);
CREATE INDEX statistics_application_by_type_idx
    ON statistics_application (action_type, call_year);

-- Grant agreements in force (AgreementEnteredIntoForce, amended by AgreementAmended): KA229 has one per school, so
-- an application counts as contracted once whatever the number of its agreements.
CREATE TABLE statistics_agreement (
    agreement_id          UUID                     NOT NULL PRIMARY KEY,
    application_id        UUID                     NOT NULL,
    awarded_total         DECIMAL(12, 2)           NOT NULL,
    entered_into_force_on DATE                     NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX statistics_agreement_by_application_idx ON statistics_agreement (application_id);

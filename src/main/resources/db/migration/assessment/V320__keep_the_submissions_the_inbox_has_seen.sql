-- How many submissions routed to each agency the inbox had seen when it last caught up (issue 21): a submission is
-- never deleted (R-SUB-01), so while the agency's count is the same nothing new can have arrived, and opening the
-- inbox no longer reads every submission of the agency to find out.
CREATE TABLE assessment_inbox_watermark (
    national_agency_code  VARCHAR(8)               NOT NULL PRIMARY KEY,
    submissions_seen      BIGINT                   NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL
);

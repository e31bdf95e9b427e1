-- Issue 21: the inbox counts an agency's applications and chooses a page of them on what it filters and sorts by
-- (action type, round, status; number, score, grant, submission time), with the application's id to read only the
-- page's rows by: an index-only scan of the agency's entries instead of reading all of its rows (6,000 for a large
-- agency) for the count, again for the sort and twice more for the filters' choices. The round dashboard and the
-- stage filters read each application's round and status from it too.
CREATE INDEX assessment_inbox_page ON assessment_inbox (national_agency_code, action_type, call_year, round_number,
    status, application_number, final_score, requested_grant, submitted_at, application_id);

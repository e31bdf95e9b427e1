-- Issue 21: the submission that counts (the last, R-SUB-01) is the first row read backwards from this index, ties of
-- the same instant broken by id as before, so that reading it costs one row however often the application was
-- submitted (the index on (application_id, submitted_at) alone made every earlier submission be read and sorted).
CREATE INDEX submission_by_application_latest_idx ON submission (application_id, submitted_at, id);
DROP INDEX submission_by_application_idx;

-- Issue 21: the idempotency look-up of every submission (WHERE application_id = ? AND idempotency_key = ?) could be
-- answered by two indexes that lead with the application, this unique one and the latest-submission index (V210).
-- With a programme year's statistics (one submission per application) the planner costed both the same and took the
-- newer one, then filtered the application's submissions by key: on the deadline-day benchmark, whose 160
-- applications are submitted over and over, 214 buffers and 0.32 ms per submission instead of 3 buffers and 0.02 ms
-- on an empty database (pg_stat_statements, scripts/load/run-deadline-day.sh with STATEMENTS=1). With the key first
-- the planner takes this index, whichever of the two is newer (EXPLAIN on the full year with 150 earlier submissions
-- of the application: 3 buffers, against 10 and a filter that removed 150 rows).
ALTER TABLE submission DROP CONSTRAINT submission_once_per_key;
ALTER TABLE submission ADD CONSTRAINT submission_once_per_key UNIQUE (idempotency_key, application_id);

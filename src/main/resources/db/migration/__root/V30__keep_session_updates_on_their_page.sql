-- Issue 21: every request of a signed-in person updates its session row (last access and expiry time). With the
-- expiry time indexed, no such update could be a heap-only (HOT) update: each wrote a new row version and an entry
-- in every index, and reading a session walked its dead versions. On the deadline day (160 coordinators, 500
-- requests a second) the table held 160 live rows in 314 pages among 87,000 dead ones, and each session read cost
-- 128 buffers (pg_stat_statements, scripts/load/run-deadline-day.sh with STATEMENTS=1).
--
-- Without that index, and with room left on each page, an update stays on its page and the old version is pruned
-- there. The index served only the expired sessions' clean-up (DELETE … WHERE expiry_time < ?), once a minute,
-- which now reads the table: as many rows as live sessions.
DROP INDEX spring_session_ix2;
${postgresql_only}ALTER TABLE spring_session SET (fillfactor = 50);

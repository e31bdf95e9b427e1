-- The database work of one autosave (PUT /api/v1/applications/{id} with If-Match, one section changed),
-- statement for statement as the app sends them (scripts/load/capture-sql.sh prints them from PostgreSQL's
-- log_statement=all), with the same parameters, on the seeded data. Each BEGIN..COMMIT is one of the app's
-- transactions. Left out: the rule book's look at the figures' revision (at most once every 5 s per node) and the
-- connection pool's empty validation query.
\set n random(1, :drafts)
SELECT draft_id, account_id, session_id, primary_id, email FROM bench_draft WHERE n = :n \gset
BEGIN;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = :session_id;
COMMIT;
-- ApplicationDrafting.replace (the draft locked, the version compared, the access checked once)
BEGIN;
SELECT id, call_round, call_year, action_type, title, applicant_oid, applicant_country, status, withdrawal_reason, version, created_by, updated_at FROM application_draft WHERE id = :draft_id FOR UPDATE;
SELECT o.oid FROM organisation o JOIN organisation_user u ON u.organisation_id = o.id WHERE u.account_id = :account_id ORDER BY o.oid;
SELECT action_type_code FROM call_round_action_type WHERE call_round = '00000000-0000-0000-0000-000000002020' ORDER BY action_type_code;
SELECT call_year, round_number, label, deadline_brussels, extended_deadline_brussels, extension_reason FROM call_round WHERE id = '00000000-0000-0000-0000-000000002020';
SELECT section, content, version, updated_by_name, updated_at FROM application_section WHERE application_id = :draft_id;
SELECT display_name FROM account WHERE id = :account_id;
UPDATE application_section SET content = '{"actionType":"KA202","callYear":2020,"durationMonths":24,"projectType":"INNOVATION","startDate":"2020-09-01","title":"Green skills for apprentices, save ' || :n::text || '"}', version = version + 1, updated_by = :account_id, updated_by_name = 'Coordinator', updated_at = now() WHERE application_id = :draft_id AND section = 'CONTEXT' RETURNING version AS section_version \gset
INSERT INTO application_change (id, application_id, application_version, section, changed_by, changed_by_name, changed_at, before_content, after_content) SELECT gen_random_uuid(), :draft_id, version + 1, 'CONTEXT', :account_id, 'Coordinator', now(), '{"actionType":"KA202","callYear":2020,"durationMonths":24,"projectType":"INNOVATION","startDate":"2020-09-01","title":"Green skills for apprentices"}', '{"actionType":"KA202","callYear":2020,"durationMonths":24,"projectType":"INNOVATION","startDate":"2020-09-01","title":"Green skills for apprentices, saved"}' FROM application_draft WHERE id = :draft_id;
SELECT o.oid FROM organisation o JOIN organisation_user u ON u.organisation_id = o.id WHERE u.account_id = :account_id ORDER BY o.oid;
UPDATE application_draft SET version = version + 1, title = 'Green skills for apprentices, saved', updated_at = now() WHERE id = :draft_id;
SELECT id, call_round, call_year, action_type, title, applicant_oid, applicant_country, status, withdrawal_reason, version, created_by, updated_at FROM application_draft WHERE id = :draft_id;
COMMIT;
-- the session filter saves the session, and reads it once more
BEGIN;
UPDATE SPRING_SESSION SET SESSION_ID = :session_id, LAST_ACCESS_TIME = (extract(epoch from now()) * 1000)::bigint, MAX_INACTIVE_INTERVAL = 28800, EXPIRY_TIME = (extract(epoch from now()) * 1000)::bigint + 28800000, PRINCIPAL_NAME = :email WHERE PRIMARY_ID = :primary_id;
COMMIT;
BEGIN;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = :session_id;
COMMIT;

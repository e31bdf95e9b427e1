-- The database work of one submission (POST /api/v1/applications/{id}/submissions, a resubmission of a draft
-- that already has its number) and of the three listeners that follow its commit (the receipt mail, the agency's
-- inbox, the public statistics; captured again in session 10, after the statistics listener was added),
-- statement for statement as the app sends them (scripts/load/capture-sql.sh prints them from PostgreSQL's
-- log_statement=all), with the same parameters, on the seeded data. Each BEGIN..COMMIT is one of the app's
-- transactions. Left out: the rule book's look at the figures' revision (at most once every 5 s per node) and the
-- connection pool's empty validation query. The canonical JSON is as large as the real one.
\set n random(1, :drafts)
SELECT draft_id, account_id, session_id, primary_id, email, agency_number, oid, organisation_id FROM bench_draft WHERE n = :n \gset
-- the session filter
BEGIN;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = :session_id;
COMMIT;
-- SubmissionAccess.requireSubmitter
BEGIN READ ONLY;
SELECT id, call_round, call_year, action_type, title, applicant_oid, applicant_country, status, withdrawal_reason, version, created_by, updated_at FROM application_draft WHERE id = :draft_id;
COMMIT;
BEGIN READ ONLY;
SELECT id, call_round, call_year, action_type, title, applicant_oid, applicant_country, status, withdrawal_reason, version, created_by, updated_at FROM application_draft WHERE id = :draft_id;
SELECT o.oid FROM organisation o JOIN organisation_user u ON u.organisation_id = o.id WHERE u.account_id = :account_id ORDER BY o.oid;
COMMIT;
-- SubmissionDesk.submit: the idempotency lookup, then one transaction
SELECT id, application_id, application_number, sha256, submitted_at, national_agency_code, call_year, round_number, action_type, application_version, title FROM submission WHERE application_id = :draft_id AND idempotency_key = 'pgbench-' || :client_id::text || '-' || :n::text || '-' || random();
BEGIN;
SELECT id, call_round, call_year, action_type, title, applicant_oid, applicant_country, status, withdrawal_reason, version, created_by, updated_at FROM application_draft WHERE id = :draft_id;
SELECT action_type_code FROM call_round_action_type WHERE call_round = '00000000-0000-0000-0000-000000002020' ORDER BY action_type_code;
SELECT call_year, round_number, label, deadline_brussels, extended_deadline_brussels, extension_reason, label_lv, extension_reason_lv FROM call_round WHERE id = '00000000-0000-0000-0000-000000002020';
SELECT id, application_id, national_agency_code, deadline_brussels, reason, granted_by_email, granted_at FROM submission_extension WHERE application_id = :draft_id ORDER BY granted_at DESC, id;
SELECT id, call_round, call_year, action_type, title, applicant_oid, applicant_country, status, withdrawal_reason, version, created_by, updated_at FROM application_draft WHERE id = :draft_id FOR UPDATE;
SELECT section, content, version, updated_by_name, updated_at FROM application_section WHERE application_id = :draft_id;
SELECT email, access_level FROM application_invitation WHERE application_id = :draft_id ORDER BY invited_at, email;
SELECT revision FROM rule_figure_revision WHERE id = 1;
UPDATE application_draft SET version = version, title = 'Green skills for apprentices', status = 'SUBMITTED', withdrawal_reason = NULL, updated_at = now() WHERE id = :draft_id;
UPDATE application_annex SET submitted = TRUE WHERE application_id = :draft_id AND removed_at IS NULL;
SELECT revision FROM rule_figure_revision WHERE id = 1;
SELECT id, call_round, call_year, action_type, title, applicant_oid, applicant_country, status, withdrawal_reason, version, created_by, updated_at FROM application_draft WHERE id = :draft_id;
SELECT section, content, version, updated_by_name, updated_at FROM application_section WHERE application_id = :draft_id;
SELECT o.oid FROM organisation o JOIN organisation_user u ON u.organisation_id = o.id WHERE u.account_id = :account_id ORDER BY o.oid;
SELECT section, content, version, updated_by_name, updated_at FROM application_section WHERE application_id = :draft_id;
SELECT application_number FROM submission_number WHERE application_id = :draft_id;
INSERT INTO submission (id, application_id, idempotency_key, application_number, national_agency_code, call_year, round_number, action_type, application_version, title, sha256, canonical_json, submitted_at, submitted_by, submitter_email, submitter_language, rule_revision) SELECT gen_random_uuid(), :draft_id, 'pgbench-' || gen_random_uuid(), :agency_number, 'LV01', 2020, 1, 'KA202', 1, 'Green skills for apprentices', md5(random()::text) || md5(random()::text), json, now(), :account_id, :email, 'en', 0 FROM bench_json RETURNING id AS submission_id \gset
INSERT INTO EVENT_PUBLICATION (ID, EVENT_TYPE, LISTENER_ID, PUBLICATION_DATE, SERIALIZED_EVENT, STATUS, COMPLETION_ATTEMPTS, LAST_RESUBMISSION_DATE) SELECT gen_random_uuid(), 'eu.sadarbe.submission.ApplicationSubmitted', 'eu.sadarbe.assessment.inbox.InboxEvents.on(eu.sadarbe.submission.ApplicationSubmitted)', now(), event, 'PUBLISHED', 1, now() FROM bench_json RETURNING id AS inbox_event_id \gset
INSERT INTO EVENT_PUBLICATION (ID, EVENT_TYPE, LISTENER_ID, PUBLICATION_DATE, SERIALIZED_EVENT, STATUS, COMPLETION_ATTEMPTS, LAST_RESUBMISSION_DATE) SELECT gen_random_uuid(), 'eu.sadarbe.submission.ApplicationSubmitted', 'eu.sadarbe.statistics.domain.StatisticsIntake.on(eu.sadarbe.submission.ApplicationSubmitted)', now(), event, 'PUBLISHED', 1, now() FROM bench_json RETURNING id AS statistics_event_id \gset
INSERT INTO EVENT_PUBLICATION (ID, EVENT_TYPE, LISTENER_ID, PUBLICATION_DATE, SERIALIZED_EVENT, STATUS, COMPLETION_ATTEMPTS, LAST_RESUBMISSION_DATE) SELECT gen_random_uuid(), 'eu.sadarbe.submission.ApplicationSubmitted', 'eu.sadarbe.submission.domain.SubmissionReceipts.on(eu.sadarbe.submission.ApplicationSubmitted)', now(), event, 'PUBLISHED', 1, now() FROM bench_json RETURNING id AS receipt_event_id \gset
COMMIT;
-- the session filter saves the session, and reads it once more
BEGIN;
UPDATE SPRING_SESSION SET SESSION_ID = :session_id, LAST_ACCESS_TIME = (extract(epoch from now()) * 1000)::bigint, MAX_INACTIVE_INTERVAL = 28800, EXPIRY_TIME = (extract(epoch from now()) * 1000)::bigint + 28800000, PRINCIPAL_NAME = :email WHERE PRIMARY_ID = :primary_id;
COMMIT;
BEGIN;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES FROM SPRING_SESSION S LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID WHERE S.SESSION_ID = :session_id;
COMMIT;
-- after the commit, the receipt mail (the PDF is made on its first download, not here) and the event completed
BEGIN;
UPDATE EVENT_PUBLICATION SET STATUS = 'PROCESSING' WHERE ID = :receipt_event_id AND STATUS != 'PROCESSING';
COMMIT;
BEGIN;
SELECT receipt_sent_at FROM submission WHERE id = :submission_id;
SELECT id, application_id, application_number, sha256, submitted_at, national_agency_code, call_year, round_number, action_type, application_version, title, canonical_json, submitter_email, submitter_language, rule_revision FROM submission WHERE id = :submission_id;
UPDATE submission SET receipt_sent_at = now() WHERE id = :submission_id;
COMMIT;
BEGIN;
UPDATE EVENT_PUBLICATION SET STATUS = 'COMPLETED', COMPLETION_DATE = now() WHERE ID = :receipt_event_id;
COMMIT;
-- after the commit, the agency's inbox: the latest submission, its applicant and partners, the inbox row
BEGIN;
UPDATE EVENT_PUBLICATION SET STATUS = 'PROCESSING' WHERE ID = :inbox_event_id AND STATUS != 'PROCESSING';
COMMIT;
BEGIN;
SELECT id, application_id, application_number, sha256, submitted_at, national_agency_code, call_year, round_number, action_type, application_version, title, canonical_json, submitter_email, submitter_language, rule_revision FROM submission WHERE application_id = :draft_id ORDER BY submitted_at DESC, id DESC LIMIT 1;
SELECT * FROM organisation WHERE oid = :oid;
SELECT * FROM organisation_contact WHERE organisation_id = :organisation_id ORDER BY position_in_list;
SELECT field FROM organisation_field WHERE organisation_id = :organisation_id ORDER BY field;
SELECT topic FROM organisation_topic WHERE organisation_id = :organisation_id ORDER BY position_in_list;
SELECT account_id FROM organisation_user WHERE organisation_id = :organisation_id;
SELECT * FROM organisation WHERE oid = 'E10000002';
SELECT * FROM organisation WHERE oid = 'E10000003';
INSERT INTO assessment_inbox (application_id, submission_id, application_number, national_agency_code, call_year, round_number, action_type, title, applicant_name, applicant_country, submitted_at, requested_grant, error_findings, status, formal_check_reason, formal_check_rule_ids, final_score, changed_at) VALUES (:draft_id, :submission_id, :agency_number, 'LV01', 2020, 1, 'KA202', 'Green skills for apprentices', 'Rīgas Valsts tehnikums', 'LV', now(), 42495.00, 2, 'SUBMITTED', NULL, NULL, NULL, now()) ON CONFLICT DO NOTHING;
UPDATE assessment_inbox SET submission_id = :submission_id, title = 'Green skills for apprentices', applicant_name = 'Rīgas Valsts tehnikums', submitted_at = now(), requested_grant = 42495.00, error_findings = 2, status = 'SUBMITTED', formal_check_reason = NULL, formal_check_rule_ids = NULL, final_score = NULL, changed_at = now() WHERE application_id = :draft_id AND submitted_at < now();
UPDATE assessment_inbox SET organisation_ids = :oid || ',E10000002,E10000003' WHERE application_id = :draft_id;
COMMIT;
BEGIN;
UPDATE EVENT_PUBLICATION SET STATUS = 'COMPLETED', COMPLETION_DATE = now() WHERE ID = :inbox_event_id;
COMMIT;
-- after the commit, the public statistics: the latest submission, the application's row under its lock, its
-- requested grant
BEGIN;
UPDATE EVENT_PUBLICATION SET STATUS = 'PROCESSING' WHERE ID = :statistics_event_id AND STATUS != 'PROCESSING';
COMMIT;
BEGIN;
SELECT id, application_id, application_number, sha256, submitted_at, national_agency_code, call_year, round_number, action_type, application_version, title, canonical_json, submitter_email, submitter_language, rule_revision FROM submission WHERE application_id = :draft_id ORDER BY submitted_at DESC, id DESC LIMIT 1;
INSERT INTO statistics_application (application_id, application_number, national_agency_code, call_year, round_number, action_type, field, updated_at) VALUES (:draft_id, :agency_number, 'LV01', 2020, 1, 'KA202', 'VOCATIONAL_EDUCATION_AND_TRAINING', now()) ON CONFLICT DO NOTHING;
SELECT application_id FROM statistics_application WHERE application_id = :draft_id FOR UPDATE;
SELECT call_year, round_number, national_agency_code, action_type, field, applicant_country, requested_grant, eligible, final_score, passed, outcome, granted, contracted_total, completed_on, final_grant FROM statistics_application WHERE application_id = :draft_id;
UPDATE statistics_application SET applicant_country = 'LV', requested_grant = 42495.00, updated_at = now() WHERE application_id = :draft_id;
SELECT call_year, round_number, national_agency_code, action_type, field, applicant_country, requested_grant, eligible, final_score, passed, outcome, granted, contracted_total, completed_on, final_grant FROM statistics_application WHERE application_id = :draft_id;
COMMIT;
BEGIN;
UPDATE EVENT_PUBLICATION SET STATUS = 'COMPLETED', COMPLETION_DATE = now() WHERE ID = :statistics_event_id;
COMMIT;

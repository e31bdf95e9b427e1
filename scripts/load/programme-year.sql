-- A programme year (issue #21), set-based: every module's tables filled from the plan in load_slot and load_agency
-- (programme-year-plan.py) and the template application in load_section_template and load_document_template
-- (programme-year-template.sql), in the shapes the modules themselves write. Run by programme-year.sh on a database
-- the application migrated; psql variables: links (result links), password_hash (every generated account's).
--
-- One call year (2020), one round (2020-1, deadline 24.03.2020 12:00 Brussels) with the six action types. Every
-- application went the whole way: submitted, formally checked (5 % ineligible), two experts (a third for some),
-- consolidated, decided (the best ones within each agency-round-action type's envelope selected, the next ten on
-- the reserve list), letters issued; the selected ones have a grant agreement in force and payment orders; half of
-- those a final report, assessed, whose balance is due; the others' second pre-financing is due. So every agreement
-- has exactly one order due, and the large agency (LV01) 2,000 at full size: its SEPA file.
\set ON_ERROR_STOP on

-- ---- the applications, computed once ------------------------------------------------------------------------------

-- A pseudo-random number in [0, 1) from a text: the same data at every run.
CREATE FUNCTION pg_temp.r(seed text) RETURNS double precision LANGUAGE sql IMMUTABLE AS
$$ SELECT ('x' || substr(md5(seed), 1, 7))::bit(28)::int / 268435456.0 $$;

-- An IBAN of Latvia (bank HABA) with valid check digits (ISO 13616, mod 97) for account number n.
CREATE FUNCTION pg_temp.iban(n bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT 'LV' || lpad((98 - mod(('17101110' || lpad(n::text, 13, '0') || '213100')::numeric, 97))::text, 2, '0')
           || 'HABA' || lpad(n::text, 13, '0') $$;

CREATE TABLE load_app AS
SELECT n, s.slot, s.agency, s.action_type, s.field, s.selected AS slot_selected,
       md5('application' || n)::uuid AS id, md5('submission' || n)::uuid AS submission_id,
       a.country,
       -- one applicant organisation for two applications of the same agency, on average
       (n + 1) / 2 AS org,
       pg_temp.r('eligible' || n) >= 0.05 AS eligible,
       12 + floor(pg_temp.r('relevance' || n) * 19)::int AS relevance,
       8 + floor(pg_temp.r('design' || n) * 13)::int AS design,
       8 + floor(pg_temp.r('team' || n) * 13)::int AS team,
       12 + floor(pg_temp.r('impact' || n) * 19)::int AS impact,
       CASE WHEN s.action_type = 'KA229' THEN 16000 + round(pg_temp.r('grant' || n) * 300)::int * 100
            ELSE 40000 + round(pg_temp.r('grant' || n) * 2600)::int * 100 END::numeric(12, 2) AS requested,
       timestamptz '2020-03-24 10:59:00+00' - (pg_temp.r('time' || n) * interval '20 days') AS submitted_at
FROM load_slot s JOIN load_agency a ON a.agency = s.agency
CROSS JOIN LATERAL generate_series(s.first_application, s.first_application + s.applications - 1) AS n;

ALTER TABLE load_app ADD COLUMN total int, ADD COLUMN passed boolean, ADD COLUMN seq int, ADD COLUMN number text,
    ADD COLUMN title text, ADD COLUMN oid text, ADD COLUMN p1 text, ADD COLUMN p2 text, ADD COLUMN p3 text,
    ADD COLUMN outcome text, ADD COLUMN granted numeric(12, 2), ADD COLUMN agreement int, ADD COLUMN reported boolean,
    ADD COLUMN eligible_index int, ADD COLUMN third_place int;
UPDATE load_app SET total = relevance + design + team + impact,
    passed = eligible AND relevance + design + team + impact >= 60 AND relevance >= 15 AND impact >= 15,
    oid = 'E' || (20000000 + org),
    -- three partners from elsewhere in the programme
    p1 = 'E' || (20000000 + 1 + (org::bigint * 7919 + 1) % (SELECT max(org) FROM load_app)),
    p2 = 'E' || (20000000 + 1 + (org::bigint * 104729 + 2) % (SELECT max(org) FROM load_app)),
    p3 = 'E' || (20000000 + 1 + (org::bigint * 15485863 + 3) % (SELECT max(org) FROM load_app)),
    title = (ARRAY['Zaļās prasmes', 'Digital classrooms', 'Inclusive schools', 'Mathematics without borders',
                   'Apprenticeships for the energy transition', 'Open science in the lab',
                   'Adult literacy in rural areas', 'Youth voices in Europe', 'Sustainable building crafts',
                   'Entrepreneurial learning'])[1 + n % 10] || ' ' || n;
UPDATE load_app l SET seq = o.seq, eligible_index = o.eligible_index
FROM (SELECT n, row_number() OVER (PARTITION BY agency ORDER BY n) AS seq,
             row_number() OVER (PARTITION BY agency, eligible ORDER BY n) - 1 AS eligible_index FROM load_app) o
WHERE o.n = l.n;
-- R-AWD-03: which applications get a third expert, as many as make 60,000 assignments at full size
UPDATE load_app l SET third_place = o.place
FROM (SELECT n, row_number() OVER (ORDER BY pg_temp.r('third' || n)) AS place FROM load_app WHERE eligible) o
WHERE o.n = l.n;
UPDATE load_app SET number = '2020-1-' || agency || '-' || action_type || '-' || lpad(seq::text, 6, '0');
-- R-AWD-05: by total score within the agency-round-action type; the slot's share selected, ten on the reserve list
UPDATE load_app l SET outcome = CASE WHEN NOT l.passed THEN 'REJECTED' WHEN o.place <= l.slot_selected THEN 'SELECTED'
                                     WHEN o.place <= l.slot_selected + 10 THEN 'RESERVE' ELSE 'REJECTED' END
FROM (SELECT n, row_number() OVER (PARTITION BY slot ORDER BY passed DESC, total DESC, number) AS place
      FROM load_app) o
WHERE o.n = l.n;
UPDATE load_app SET granted = requested WHERE outcome = 'SELECTED';
UPDATE load_app l SET agreement = o.agreement, reported = o.agreement % 2 = 0
FROM (SELECT n, row_number() OVER (ORDER BY n) AS agreement FROM load_app WHERE outcome = 'SELECTED') o
WHERE o.n = l.n;
CREATE UNIQUE INDEX load_app_n ON load_app (n);
ANALYZE load_app;

-- ---- calls: the round ---------------------------------------------------------------------------------------------
INSERT INTO call_round (id, call_year, round_number, label, label_lv, deadline_brussels, created_at, created_by)
VALUES ('00000000-0000-0000-0000-000000202001', 2020, 1, 'Strategic Partnerships 2020, round 1',
        'Stratēģiskās partnerības 2020, 1. kārta', timestamptz '2020-03-24 11:00:00+00',
        timestamptz '2019-11-05 09:00:00+00', 'programme-year generator');
INSERT INTO call_round_action_type (call_round, action_type_code)
SELECT '00000000-0000-0000-0000-000000202001', code FROM action_type WHERE last_call_year >= 2020;

-- ---- accounts: an officer per agency, a coordinator per organisation, the experts ------------------------------
INSERT INTO account (id, email, display_name, password_hash, preferred_language, national_agency_code, enabled,
                     created_at, email_verified_at)
SELECT md5('officer' || agency)::uuid, 'officer.' || lower(agency) || '@year.sadarbe.test',
       'Officer ' || agency, :'password_hash', 'en', agency, TRUE, timestamptz '2019-09-01 08:00:00+00',
       timestamptz '2019-09-01 08:00:00+00'
FROM load_agency;
INSERT INTO account_role (account_id, role) SELECT md5('officer' || agency)::uuid, 'NA_OFFICER' FROM load_agency;

INSERT INTO account (id, email, display_name, password_hash, preferred_language, enabled, created_at,
                     email_verified_at)
SELECT md5('coordinator' || org)::uuid, 'coordinator' || org || '@year.sadarbe.test', 'Coordinator ' || org,
       :'password_hash', 'en', TRUE, timestamptz '2019-10-01 08:00:00+00', timestamptz '2019-10-01 08:00:00+00'
FROM (SELECT DISTINCT org FROM load_app) o;
INSERT INTO account_role (account_id, role)
SELECT md5('coordinator' || org)::uuid, 'APPLICANT' FROM (SELECT DISTINCT org FROM load_app) o;

INSERT INTO account (id, email, display_name, password_hash, preferred_language, enabled, created_at,
                     email_verified_at)
SELECT md5('expert' || e)::uuid, 'expert' || e || '@year.sadarbe.test', 'Expert ' || e, :'password_hash', 'en',
       TRUE, timestamptz '2019-12-01 08:00:00+00', timestamptz '2019-12-01 08:00:00+00'
FROM load_agency a CROSS JOIN LATERAL generate_series(a.first_expert, a.first_expert + a.experts - 1) e;
INSERT INTO account_role (account_id, role)
SELECT md5('expert' || e)::uuid, 'EXPERT'
FROM load_agency a CROSS JOIN LATERAL generate_series(a.first_expert, a.first_expert + a.experts - 1) e;

-- ---- organisations: one per applicant, in its agency's country ------------------------------------------------
INSERT INTO organisation (id, oid, legal_name, country_code, city, address, organisation_type, registration_number,
                          legal_representative_name, status, name_key, city_key, registration_key, search_key,
                          registered_at, version)
SELECT md5('organisation' || org)::uuid, 'E' || (20000000 + org), name, country, city, 'Skolas iela ' || org,
       (ARRAY['SCHOOL', 'VET_PROVIDER', 'HIGHER_EDUCATION_INSTITUTION', 'ADULT_EDUCATION_PROVIDER',
              'NGO'])[1 + org % 5],
       'R' || lpad(org::text, 9, '0'), 'Director ' || org, 'VALIDATED', lower(name), lower(city),
       'r' || lpad(org::text, 9, '0'), lower(name || ' ' || city), timestamptz '2019-10-01 08:00:00+00', 0
FROM (SELECT DISTINCT ON (org) org, country,
             (ARRAY['Valsts ģimnāzija', 'Vocational School', 'University of Applied Sciences', 'Adult Learning Centre',
                    'Youth Association'])[1 + org % 5] || ' ' || org AS name,
             (ARRAY['Rīga', 'Capital', 'Harbour Town', 'Hill Town', 'River Town'])[1 + org % 5] AS city
      FROM load_app ORDER BY org, n) o;
INSERT INTO organisation_user (organisation_id, account_id)
SELECT md5('organisation' || org)::uuid, md5('coordinator' || org)::uuid FROM (SELECT DISTINCT org FROM load_app) o;

-- ---- applications: the drafts, each section as the template has it ------------------------------------------------
CREATE FUNCTION pg_temp.own(content text, l load_app) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT replace(replace(replace(replace(replace(replace(content, 'E10000127', l.oid), 'E10000206', l.p1),
           'E10000208', l.p2), 'E10000004', l.p3), '"actionType":"KA202"', '"actionType":"' || l.action_type || '"'),
           (SELECT title FROM load_document_template), l.title) $$;

INSERT INTO application_draft (id, call_round, call_year, action_type, title, applicant_oid, applicant_country,
                               status, version, created_by, created_at, updated_at)
SELECT id, '00000000-0000-0000-0000-000000202001', 2020, action_type, title, oid, country, 'SUBMITTED', 17,
       md5('coordinator' || org)::uuid, submitted_at - interval '30 days', submitted_at
FROM load_app;
INSERT INTO application_section (application_id, section, content, version, updated_by, updated_by_name, updated_at)
SELECT l.id, t.section, pg_temp.own(t.content, l), 1, md5('coordinator' || l.org)::uuid, 'Coordinator ' || l.org,
       l.submitted_at - interval '1 day'
FROM load_app l CROSS JOIN load_section_template t;

-- ---- submission: the frozen documents, their numbers and the agencies' counters -------------------------------
INSERT INTO submission (id, application_id, idempotency_key, application_number, national_agency_code, call_year,
                        round_number, action_type, application_version, title, sha256, canonical_json, submitted_at,
                        submitted_by, submitter_email, submitter_language, receipt_sent_at, rule_revision)
SELECT l.submission_id, l.id, 'generated-' || l.n, l.number, l.agency, 2020, 1, l.action_type, 17, l.title,
       encode(sha256(convert_to(d.json, 'UTF8')), 'hex'), d.json, l.submitted_at, md5('coordinator' || l.org)::uuid,
       'coordinator' || l.org || '@year.sadarbe.test', 'en', l.submitted_at + interval '1 minute',
       (SELECT revision FROM rule_figure_revision WHERE id = 1)
FROM load_app l CROSS JOIN LATERAL (SELECT pg_temp.own(canonical_json, l) AS json FROM load_document_template) d;
INSERT INTO submission_number (application_id, application_number, national_agency_code, assigned_at)
SELECT id, number, agency, submitted_at FROM load_app;
INSERT INTO submission_counter (national_agency_code, call_year, last_sequence)
SELECT agency, 2020, max(seq) FROM load_app GROUP BY agency;

-- ---- assessment: the inbox, the experts, their scores, the consolidations, the audit trail ------------------------
INSERT INTO assessment_inbox (application_id, submission_id, application_number, national_agency_code, call_year,
                              round_number, action_type, title, applicant_name, applicant_country, submitted_at,
                              requested_grant, error_findings, status, formal_check_reason, formal_check_rule_ids,
                              final_score, changed_at, organisation_ids)
SELECT l.id, l.submission_id, l.number, l.agency, 2020, 1, l.action_type, l.title, o.legal_name, l.country,
       l.submitted_at, l.requested, CASE WHEN l.eligible THEN 0 ELSE 1 END,
       l.outcome,   -- the decision moved every one on, the ineligible ones to REJECTED
       CASE WHEN NOT l.eligible THEN 'R-ELIG-10: A partner organisation is not in the organisation register.' END,
       CASE WHEN NOT l.eligible THEN 'R-ELIG-10' END,
       CASE WHEN l.eligible THEN l.total END, timestamptz '2020-07-15 10:00:00+00',
       l.oid || ',' || l.p1 || ',' || l.p2 || ',' || l.p3
FROM load_app l JOIN organisation o ON o.oid = l.oid;

INSERT INTO assessment_expert (account_id, email, display_name, national_agency_code, fields, languages,
                               country_code, organisation_oid)
SELECT md5('expert' || e)::uuid, 'expert' || e || '@year.sadarbe.test', 'Expert ' || e, a.agency,
       (SELECT string_agg(action_type, ',' ORDER BY action_type) FROM load_slot s WHERE s.agency = a.agency),
       'en,lv', a.country, NULL
FROM load_agency a CROSS JOIN LATERAL generate_series(a.first_expert, a.first_expert + a.experts - 1) e;

INSERT INTO assessment_assessable (application_id, submission_id, application_number, national_agency_code,
                                   call_year, round_number, action_type, title, language_code, applicant_oid,
                                   consortium_oids, requested_grant, eligible, checked_at)
SELECT id, submission_id, number, agency, 2020, 1, action_type, title, 'lv', oid,
       oid || ',' || p1 || ',' || p2 || ',' || p3, requested, TRUE, timestamptz '2020-04-20 10:00:00+00'
FROM load_app WHERE eligible;

-- Two experts for every eligible application, a third for as many as bring the assignments to 60,000 (full size):
-- each gives the points the consolidation kept.
CREATE TABLE load_assignment AS
SELECT l.n, k, md5('assignment' || l.n || '-' || k)::uuid AS id,
       md5('expert' || (a.first_expert + (l.eligible_index + k) % a.experts))::uuid AS expert_id,
       'expert' || (a.first_expert + (l.eligible_index + k) % a.experts) || '@year.sadarbe.test' AS expert_email
FROM load_app l JOIN load_agency a ON a.agency = l.agency
CROSS JOIN LATERAL generate_series(0, 2) k
WHERE l.eligible AND (k < 2 OR l.third_place <= round(60000 * (SELECT count(*) FROM load_app) / 30000.0)
      - 2 * (SELECT count(*) FROM load_app WHERE eligible));
INSERT INTO assessment_assignment (id, application_id, expert_id, status, third_expert, reason, relevance_points,
                                   design_points, team_points, impact_points, relevance_comment, design_comment,
                                   team_comment, impact_comment, recommended_grant, grant_justification, assigned_at,
                                   declared_at, saved_at, submitted_at)
SELECT s.id, l.id, s.expert_id, 'SUBMITTED', s.k = 2,
       CASE WHEN s.k = 2 THEN 'R-AWD-03: the two scores differ by 30 points or more.' END,
       l.relevance, l.design, l.team, l.impact,
       'The project answers the priorities; the needs are shown by surveys of staff and learners alike.',
       'The work plan is clear, but the quality checks of the results are described too briefly.',
       'The partnership is balanced; each partner has a clear role and the experience it needs.',
       'The impact is measurable and the results are disseminated beyond the end of the project.',
       NULL, NULL, timestamptz '2020-04-21 09:00:00+00', timestamptz '2020-04-21 12:00:00+00',
       timestamptz '2020-05-10 12:00:00+00', timestamptz '2020-05-12 12:00:00+00'
FROM load_assignment s JOIN load_app l ON l.n = s.n;

INSERT INTO assessment_consolidation (application_id, relevance_points, design_points, team_points, impact_points,
                                      total_points, passed, suggested_total, override_reason, recommended_grant,
                                      consolidated_by, consolidated_at, assessment_comment)
SELECT id, relevance, design, team, impact, total, passed, total, NULL, NULL,
       'officer.' || lower(agency) || '@year.sadarbe.test', timestamptz '2020-06-01 10:00:00+00',
       'Relevance of the project: the project answers the priorities.' || chr(10) || chr(10)
       || 'Impact and dissemination: the impact is measurable.'
FROM load_app WHERE eligible;

INSERT INTO assessment_audit (id, application_id, national_agency_code, action, subject, before_value, after_value,
                              actor_id, actor_email, recorded_at)
SELECT md5('audit-check' || n)::uuid, id, agency, 'formalCheck',
       CASE WHEN NOT eligible THEN 'R-ELIG-10: A partner organisation is not in the organisation register.' END,
       'SUBMITTED', CASE WHEN eligible THEN 'ELIGIBLE' ELSE 'INELIGIBLE' END, md5('officer' || agency)::uuid,
       'officer.' || lower(agency) || '@year.sadarbe.test', timestamptz '2020-04-20 10:00:00+00'
FROM load_app
UNION ALL
SELECT md5('audit-declared' || s.n || '-' || s.k)::uuid, l.id, l.agency, 'noConflictDeclared', s.expert_email, NULL,
       NULL, s.expert_id, s.expert_email, timestamptz '2020-04-21 12:00:00+00'
FROM load_assignment s JOIN load_app l ON l.n = s.n
UNION ALL
SELECT md5('audit-scored' || s.n || '-' || s.k)::uuid, l.id, l.agency, 'scoreSubmitted', s.expert_email, NULL,
       l.relevance || '/' || l.design || '/' || l.team || '/' || l.impact || ' = ' || l.total, s.expert_id,
       s.expert_email, timestamptz '2020-05-12 12:00:00+00'
FROM load_assignment s JOIN load_app l ON l.n = s.n
UNION ALL
SELECT md5('audit-consolidated' || n)::uuid, id, agency, 'consolidated', 'R-AWD-02', NULL,
       relevance || '/' || design || '/' || team || '/' || impact || ' = ' || total
       || CASE WHEN passed THEN ' ✓' ELSE ' ✗' END, md5('officer' || agency)::uuid,
       'officer.' || lower(agency) || '@year.sadarbe.test', timestamptz '2020-06-01 10:00:00+00'
FROM load_app WHERE eligible
UNION ALL
SELECT md5('audit-decided' || n)::uuid, id, agency, 'selection.decided', number, NULL, outcome,
       md5('officer' || agency)::uuid, 'officer.' || lower(agency) || '@year.sadarbe.test',
       timestamptz '2020-07-01 10:00:00+00'
FROM load_app
UNION ALL
SELECT md5('audit-letter' || n)::uuid, id, agency, 'selection.letterIssued', number, NULL, outcome || ' [en]',
       md5('officer' || agency)::uuid, 'officer.' || lower(agency) || '@year.sadarbe.test',
       timestamptz '2020-07-02 10:00:00+00'
FROM load_app;

-- What the inbox keeps for the round dashboard (assessment V340), as AssignmentRepository, Consolidation and the
-- letters keep it
UPDATE assessment_inbox i SET assignments_counting = a.counting, assignments_submitted = a.submitted,
       assignments_open = a.open
FROM (SELECT application_id, count(*) FILTER (WHERE status IN ('OFFERED', 'ACCEPTED', 'SUBMITTED')) AS counting,
             count(*) FILTER (WHERE status = 'SUBMITTED') AS submitted,
             count(*) FILTER (WHERE status IN ('OFFERED', 'ACCEPTED')) AS open
      FROM assessment_assignment GROUP BY application_id) a
WHERE a.application_id = i.application_id;
UPDATE assessment_inbox i SET consolidated = TRUE FROM assessment_consolidation c WHERE c.application_id = i.application_id;
UPDATE assessment_inbox i SET letter_issued = TRUE FROM load_app l WHERE l.id = i.application_id;

-- ---- selection: the candidates, the envelopes, the decisions and their letters (PDFs made on download) -----------
INSERT INTO selection_candidate (application_id, submission_id, application_number, national_agency_code, call_year,
                                 round_number, action_type, formally_eligible, ineligibility_reason,
                                 ineligibility_rules, assessed, total, relevance, impact, passed, criteria_json,
                                 requested_grant, recommended_grant, granted, grant_reduction_reason, updated_at,
                                 assessment_comment)
SELECT id, submission_id, number, agency, 2020, 1, action_type, eligible,
       CASE WHEN NOT eligible THEN 'A partner organisation is not in the organisation register.' END,
       CASE WHEN NOT eligible THEN 'R-ELIG-10' END, eligible,
       CASE WHEN eligible THEN total ELSE 0 END, CASE WHEN eligible THEN relevance ELSE 0 END,
       CASE WHEN eligible THEN impact ELSE 0 END, passed,
       CASE WHEN NOT eligible THEN '[]' ELSE json_build_array(
           json_build_object('criterion', 'relevance', 'points', relevance, 'maximum', 30, 'comments',
               json_build_array('The project answers the priorities.', 'The needs are shown by surveys.')),
           json_build_object('criterion', 'design', 'points', design, 'maximum', 20, 'comments',
               json_build_array('The work plan is clear.', 'Quality checks are described too briefly.')),
           json_build_object('criterion', 'team', 'points', team, 'maximum', 20, 'comments',
               json_build_array('The partnership is balanced.', 'Each partner has a clear role.')),
           json_build_object('criterion', 'impact', 'points', impact, 'maximum', 30, 'comments',
               json_build_array('The impact is measurable.', 'The results are disseminated widely.')))::text END,
       CASE WHEN eligible THEN requested ELSE 0 END, NULL, CASE WHEN eligible THEN requested ELSE 0 END, NULL,
       timestamptz '2020-06-01 10:00:00+00',
       CASE WHEN eligible THEN 'Relevance of the project: the project answers the priorities.' END
FROM load_app;
INSERT INTO selection_envelope (national_agency_code, call_year, round_number, action_type, amount, reserve_size)
SELECT s.agency, 2020, 1, s.action_type, COALESCE(sum(l.granted), 0), 10
FROM load_slot s LEFT JOIN load_app l ON l.slot = s.slot AND l.outcome = 'SELECTED'
GROUP BY s.agency, s.action_type;
INSERT INTO selection_envelope_change (id, national_agency_code, call_year, round_number, action_type, amount_before,
                                       amount_after, reserve_size_before, reserve_size_after, changed_by, changed_at)
SELECT md5('envelope' || national_agency_code || action_type)::uuid, national_agency_code, 2020, 1, action_type,
       NULL, amount, NULL, 10, 'officer.' || lower(national_agency_code) || '@year.sadarbe.test',
       timestamptz '2020-06-15 10:00:00+00'
FROM selection_envelope WHERE call_year = 2020;
INSERT INTO selection_decision (application_id, outcome, granted, overridden, reason, decided_by, decided_by_email,
                                decided_at, letter_issued_at, letter_language, letter_pdf, letter_mailed_at,
                                letter_sequence, letter_reference, letter_signed_by)
SELECT id, outcome, granted, FALSE,
       CASE WHEN NOT eligible THEN 'A partner organisation is not in the organisation register.'
            WHEN NOT passed THEN 'R-AWD-02' END,
       md5('officer' || agency)::uuid, 'officer.' || lower(agency) || '@year.sadarbe.test',
       timestamptz '2020-07-01 10:00:00+00', timestamptz '2020-07-02 10:00:00+00', 'en', NULL,
       timestamptz '2020-07-02 10:01:00+00', seq, agency || '/2020/L-' || lpad(seq::text, 5, '0'),
       'Officer ' || agency
FROM load_app;

-- ---- grants: an agreement in force per selected application -------------------------------------------------------
CREATE TABLE load_agreement AS
SELECT l.*, md5('agreement' || l.n)::uuid AS agreement_id, o.legal_name AS beneficiary,
       pg_temp.iban(408000000 + l.n) AS account,
       round(l.granted * 0.3, 2) AS management, round(l.granted * 0.1, 2) AS meetings,
       round(l.granted * 0.1, 2) AS events,
       l.granted - round(l.granted * 0.3, 2) - round(l.granted * 0.1, 2) - round(l.granted * 0.1, 2) AS outputs
FROM load_app l JOIN organisation o ON o.oid = l.oid
WHERE l.outcome = 'SELECTED';

INSERT INTO grant_agreement (id, agreement_number, application_id, application_number, national_agency_code,
                             call_year, round_number, action_type, beneficiary_id, status, awarded_total, pdf_sha256,
                             entered_into_force_on, prepared_by, prepared_at, preparation_json, versions_json,
                             amendments_json, signatures_json, row_version)
SELECT agreement_id, number, id, number, agency, 2020, 1, action_type, oid, 'IN_FORCE', granted,
       encode(sha256(convert_to(number, 'UTF8')), 'hex'), DATE '2020-08-20',
       'officer.' || lower(agency) || '@year.sadarbe.test', timestamptz '2020-07-20 10:00:00+00',
       json_build_object('number', number, 'applicationId', json_build_object('value', id),
           'applicationNumber', number, 'agencyCode', agency, 'actionType', action_type, 'callYear', 2020,
           'roundNumber', 1, 'title', title, 'language', 'lv',
           'beneficiary', json_build_object('organisationId', oid, 'legalName', beneficiary, 'country', country,
               'mandate', FALSE),
           'partners', json_build_array(
               json_build_object('organisationId', p1, 'legalName', 'Partner ' || p1, 'country', 'EE', 'mandate', TRUE),
               json_build_object('organisationId', p2, 'legalName', 'Partner ' || p2, 'country', 'FI', 'mandate', TRUE),
               json_build_object('organisationId', p3, 'legalName', 'Partner ' || p3, 'country', 'DE', 'mandate', TRUE)),
           'projectStart', '2020-09-01', 'durationMonths', 24,
           'amounts', json_build_object('TRANSNATIONAL_MEETINGS', meetings, 'INTELLECTUAL_OUTPUTS', outputs,
               'EXCEPTIONAL_COSTS', 0.00, 'PROJECT_MANAGEMENT', management, 'LINGUISTIC_SUPPORT', 0.00,
               'MULTIPLIER_EVENTS', events, 'LEARNING_TRAVEL', 0.00, 'LEARNING_INDIVIDUAL_SUPPORT', 0.00,
               'SPECIAL_NEEDS', 0.00),
           'scheme', 'TWO_PREFINANCINGS_WITH_INTERIM_REPORT',
           'account', json_build_object('iban', account, 'bic', 'HABALV22'),
           'legalRepresentative', 'Director ' || org)::text,
       json_build_array(json_build_object('version', 1,
           'partners', json_build_array(
               json_build_object('organisationId', p1, 'legalName', 'Partner ' || p1, 'country', 'EE', 'mandate', TRUE),
               json_build_object('organisationId', p2, 'legalName', 'Partner ' || p2, 'country', 'FI', 'mandate', TRUE),
               json_build_object('organisationId', p3, 'legalName', 'Partner ' || p3, 'country', 'DE', 'mandate', TRUE)),
           'projectEnd', '2022-08-31',
           'amounts', json_build_object('PROJECT_MANAGEMENT', management, 'TRANSNATIONAL_MEETINGS', meetings,
               'INTELLECTUAL_OUTPUTS', outputs, 'MULTIPLIER_EVENTS', events, 'LEARNING_TRAVEL', 0.00,
               'LEARNING_INDIVIDUAL_SUPPORT', 0.00, 'LINGUISTIC_SUPPORT', 0.00, 'SPECIAL_NEEDS', 0.00,
               'EXCEPTIONAL_COSTS', 0.00),
           'account', json_build_object('iban', account, 'bic', 'HABALV22')))::text,
       '[]',
       json_build_array(
           json_build_object('version', 1, 'signer', 'BENEFICIARY', 'method', 'ACCEPTANCE',
               'signerName', 'Director ' || org, 'signerEmail', 'coordinator' || org || '@year.sadarbe.test',
               'signedAt', '2020-08-10T10:00:00Z', 'sha256', encode(sha256(convert_to(number, 'UTF8')), 'hex')),
           json_build_object('version', 1, 'signer', 'AGENCY', 'method', 'ACCEPTANCE',
               'signerName', 'Officer ' || agency, 'signerEmail', 'officer.' || lower(agency) || '@year.sadarbe.test',
               'signedAt', '2020-08-20T10:00:00Z', 'sha256', encode(sha256(convert_to(number, 'UTF8')), 'hex')))::text,
       3
FROM load_agreement;
INSERT INTO grant_audit (agreement_id, step, happened_at, actor, action, detail)
SELECT agreement_id, step, happened_at, actor, action, detail FROM load_agreement g CROSS JOIN LATERAL (VALUES
    (0, timestamptz '2020-07-20 10:00:00+00', 'officer.' || lower(g.agency) || '@year.sadarbe.test', 'prepared',
     g.number || ' · ' || g.granted || ' EUR · TWO_PREFINANCINGS_WITH_INTERIM_REPORT'),
    (1, timestamptz '2020-08-10 10:00:00+00', 'coordinator' || g.org || '@year.sadarbe.test',
     'signedByBeneficiary.ACCEPTANCE', 'Director ' || g.org),
    (2, timestamptz '2020-08-20 10:00:00+00', 'officer.' || lower(g.agency) || '@year.sadarbe.test', 'signedByAgency',
     'Officer ' || g.agency),
    (3, timestamptz '2020-08-20 10:00:00+00', 'officer.' || lower(g.agency) || '@year.sadarbe.test', 'inForce',
     '2020-08-20')) AS s (step, happened_at, actor, action, detail);

-- ---- payments: the terms and the orders; every agreement has one order due ---------------------------------------
INSERT INTO payment_debtor_account (agency_code, iban, bic, updated_by, updated_at)
SELECT agency, iban, bic, 'programme-year generator', now() FROM load_agency
ON CONFLICT (agency_code) DO NOTHING;
INSERT INTO payment_agreement (agreement_id, agreement_number, application_id, application_number, agency_code,
                               action_type, call_year, round_number, scheme, awarded_total, final_grant,
                               entered_into_force_on, project_start, project_end, beneficiary_name, iban, bic,
                               first_share, second_share, shares_unconfirmed, due_days, use_threshold, updated_at)
SELECT agreement_id, number, id, number, agency, action_type, 2020, 1, 'TWO_PREFINANCINGS_WITH_INTERIM_REPORT',
       granted, CASE WHEN reported THEN granted END, DATE '2020-08-20', DATE '2020-09-01', DATE '2022-08-31',
       beneficiary, account, 'HABALV22', 0.4, 0.4, FALSE, 30, 0.7, timestamptz '2020-08-20 10:00:00+00'
FROM load_agreement;
INSERT INTO payment_order (id, agreement_id, kind, amount, reduction, due_on, state, iban, bic, paid_on,
                           bank_reference, marked_by, marked_at, created_at, version)
SELECT md5('order' || n || kind)::uuid, agreement_id, kind, amount, 0, due_on, state, account, 'HABALV22',
       CASE WHEN state = 'MADE' THEN due_on - 5 END, CASE WHEN state = 'MADE' THEN 'BANK-' || n || '-' || kind END,
       CASE WHEN state = 'MADE' THEN 'officer.' || lower(agency) || '@year.sadarbe.test' END,
       CASE WHEN state = 'MADE' THEN (due_on - 5)::timestamptz END, timestamptz '2020-08-20 10:00:00+00',
       CASE WHEN state = 'MADE' THEN 1 ELSE 0 END
FROM load_agreement g CROSS JOIN LATERAL (VALUES
    ('FIRST_PREFINANCING', round(g.granted * 0.4, 2), DATE '2020-09-19', 'MADE'),
    ('SECOND_PREFINANCING', round(g.granted * 0.4, 2), DATE '2021-10-01',
     CASE WHEN g.reported THEN 'MADE' ELSE 'DUE' END),
    ('BALANCE', g.granted - 2 * round(g.granted * 0.4, 2), DATE '2022-12-15', 'DUE')) AS o (kind, amount, due_on, state)
WHERE o.kind <> 'BALANCE' OR g.reported;

-- ---- reporting: the final reports of half the agreements, assessed -----------------------------------------------
INSERT INTO project_report (id, kind, agreement_id, agreement_number, application_id, application_number,
                            national_agency_code, call_year, action_type, status, due_on, project_end, project_json,
                            submitted_at, submitted_by, row_version)
SELECT md5('report' || n)::uuid, 'FINAL', agreement_id, number, id, number, agency, 2020, action_type, 'ASSESSED',
       DATE '2022-10-30', DATE '2022-08-31',
       json_build_object('agreementId', json_build_object('value', agreement_id), 'agreementNumber', number,
           'agreementVersion', 1, 'applicationId', json_build_object('value', id), 'applicationNumber', number,
           'agencyCode', agency, 'actionType', action_type, 'callYear', 2020, 'roundNumber', 1, 'title', title,
           'language', 'lv', 'scheme', 'TWO_PREFINANCINGS_WITH_INTERIM_REPORT', 'beneficiaryOrganisationId', oid,
           'beneficiaryName', beneficiary, 'projectStart', '2020-09-01', 'projectEnd', '2022-08-31',
           'awarded', json_build_object('PROJECT_MANAGEMENT', management, 'TRANSNATIONAL_MEETINGS', meetings,
               'INTELLECTUAL_OUTPUTS', outputs, 'MULTIPLIER_EVENTS', events))::text,
       timestamptz '2022-10-20 10:00:00+00', 'coordinator' || org || '@year.sadarbe.test', 3
FROM load_agreement WHERE reported;
INSERT INTO report_section (report_id, section, version, saved_by, saved_at, content_json)
SELECT md5('report' || n)::uuid, s.section, 1, 'coordinator' || org || '@year.sadarbe.test',
       timestamptz '2022-10-15 10:00:00+00', s.content
FROM load_agreement g CROSS JOIN LATERAL (VALUES
    ('NARRATIVE', json_build_object('implementation', 'All activities were carried out as planned.',
        'results', 'An open course and a handbook in four languages.',
        'impact', 'Teachers in every partner school use the new methods.',
        'dissemination', 'Results were presented at six regional conferences.')::text),
    ('SUMMARY', json_build_object('english', 'The partners developed and tested ' || g.title || '.',
        'original', 'Partneri izstrādāja un izmēģināja ' || g.title || '.', 'originalLanguage', 'lv')::text)
    ) AS s (section, content)
WHERE g.reported;

-- ---- results: the public record of the funded projects, their organisations, payments and links -----------------
INSERT INTO results_project (application_id, application_number, title, original_language, summary_original,
                             summary_en, action_type, field, call_year, round_number, agency_code, coordinator_country,
                             priorities, granted_amount, awarded_at, planned_start, planned_end, agreement_number,
                             contracted_amount, in_force_on, search_key, updated_at)
SELECT id, number, title, 'lv',
       'Projekta 24 mēnešos mēs vēlamies apzināt labāko praksi, to izmēģināt katrā partnerorganizācijā un dalīties ar '
       || 'rezultātiem ar citām organizācijām Latvijā un Eiropā.',
       'In 24 months we want to find the best practice, try it in each partner organisation and share the results '
       || 'with other organisations in Latvia and Europe.',
       action_type, field, 2020, 1, agency, country, ' HZ-ENVIRONMENT-CLIMATE HZ-DIGITAL-INNOVATION ', granted,
       timestamptz '2020-07-01 10:00:00+00', DATE '2020-09-01', DATE '2022-08-31', number, granted, DATE '2020-08-20',
       lower(translate(title || ' ' || beneficiary, 'āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ', 'acegiklnsuzACEGIKLNSUZ'))
       || ' in 24 months we want to find the best practice try it in each partner organisation and share the results'
       || ' projekta 24 menesos mes velamies apzinat labako praksi',
       timestamptz '2020-08-20 10:00:00+00'
FROM load_agreement;
INSERT INTO results_organisation (application_id, position, application_number, name, organisation_id, country, city,
                                  role)
SELECT id, k, number, CASE WHEN k = 0 THEN beneficiary ELSE 'Partner ' || (ARRAY[p1, p2, p3])[k] END,
       (ARRAY[oid, p1, p2, p3])[k + 1], (ARRAY[country, 'EE', 'FI', 'DE'])[k + 1],
       (ARRAY['Rīga', 'Tallinn', 'Helsinki', 'Hamburg'])[k + 1], CASE WHEN k = 0 THEN 'APPLICANT' ELSE 'PARTNER' END
FROM load_agreement CROSS JOIN generate_series(0, 3) k;
INSERT INTO results_agreement (agreement_number, application_id, awarded_total, in_force_on, project_start,
                               project_end)
SELECT number, id, granted, DATE '2020-08-20', DATE '2020-09-01', DATE '2022-08-31' FROM load_agreement;
INSERT INTO results_disbursement (payment_order_id, application_id, application_number, kind, amount, paid_on)
SELECT o.id, g.id, g.number, o.kind, o.amount, o.paid_on
FROM payment_order o JOIN load_agreement g ON g.agreement_id = o.agreement_id WHERE o.state = 'MADE';
INSERT INTO results_link (id, application_id, label, url, checked_at, broken, status_detail)
SELECT md5('link' || i)::uuid, g.id, (ARRAY['Project website', 'Open course', 'Handbook', 'Video', 'Toolkit'])[1 + i % 5]
       || ' ' || i, 'https://results.example.org/' || g.number || '/' || i, NULL, FALSE, NULL
FROM generate_series(1, :links) i
JOIN load_agreement g ON g.agreement = 1 + (i - 1) % (SELECT count(*) FROM load_agreement);

-- ---- statistics: the narrow row per application, and the agreements ----------------------------------------------
INSERT INTO statistics_application (application_id, application_number, national_agency_code, call_year, round_number,
                                    action_type, field, applicant_country, requested_grant, eligible, final_score,
                                    passed, outcome, granted, contracted_total, completed_on, final_grant, updated_at)
SELECT l.id, l.number, l.agency, 2020, 1, l.action_type, l.field, l.country, l.requested, l.eligible,
       CASE WHEN l.eligible THEN l.total END, CASE WHEN l.eligible THEN l.passed END, l.outcome, l.granted,
       CASE WHEN l.outcome = 'SELECTED' THEN l.granted END,
       CASE WHEN l.reported THEN DATE '2022-12-01' END, CASE WHEN l.reported THEN l.granted END,
       timestamptz '2022-12-01 10:00:00+00'
FROM load_app l;
INSERT INTO statistics_agreement (agreement_id, application_id, awarded_total, entered_into_force_on, updated_at)
SELECT agreement_id, id, granted, DATE '2020-08-20', timestamptz '2020-08-20 10:00:00+00' FROM load_agreement;
-- The sums per cell the listeners keep (statistics V20), from the rows above, as the migration fills them.
DELETE FROM statistics_cell;
INSERT INTO statistics_cell (call_year, round_number, national_agency_code, action_type, field, applicant_country,
    received, awaiting_check, eligible, ineligible, passed, selected, reserve, rejected, contracted, completed,
    requested_known, requested, requested_by_selected_known, requested_by_selected, awarded_known, awarded,
    contracted_amount, completed_contracted_known, completed_contracted, completed_final_known, completed_final,
    lowest_selected_score)
SELECT call_year, round_number, national_agency_code, action_type, COALESCE(field, ''),
       COALESCE(applicant_country, ''),
       COUNT(*),
       COUNT(CASE WHEN eligible IS NULL THEN 1 END),
       COUNT(CASE WHEN eligible = TRUE THEN 1 END),
       COUNT(CASE WHEN eligible = FALSE THEN 1 END),
       COUNT(CASE WHEN passed = TRUE THEN 1 END),
       COUNT(CASE WHEN outcome = 'SELECTED' THEN 1 END),
       COUNT(CASE WHEN outcome = 'RESERVE' THEN 1 END),
       COUNT(CASE WHEN outcome = 'REJECTED' THEN 1 END),
       COUNT(contracted_total),
       COUNT(completed_on),
       COUNT(requested_grant),
       COALESCE(SUM(requested_grant), 0),
       COUNT(CASE WHEN outcome = 'SELECTED' THEN requested_grant END),
       COALESCE(SUM(CASE WHEN outcome = 'SELECTED' THEN requested_grant END), 0),
       COUNT(CASE WHEN outcome = 'SELECTED' THEN granted END),
       COALESCE(SUM(CASE WHEN outcome = 'SELECTED' THEN granted END), 0),
       COALESCE(SUM(contracted_total), 0),
       COUNT(CASE WHEN completed_on IS NOT NULL THEN contracted_total END),
       COALESCE(SUM(CASE WHEN completed_on IS NOT NULL THEN contracted_total END), 0),
       COUNT(CASE WHEN completed_on IS NOT NULL THEN final_grant END),
       COALESCE(SUM(CASE WHEN completed_on IS NOT NULL THEN final_grant END), 0),
       MIN(CASE WHEN outcome = 'SELECTED' THEN final_score END)
FROM statistics_application
GROUP BY call_year, round_number, national_agency_code, action_type, COALESCE(field, ''),
         COALESCE(applicant_country, '');

-- ---- done: the helpers go, the planner learns the new tables -----------------------------------------------------
DROP FUNCTION pg_temp.own(text, load_app);
DROP TABLE load_assignment, load_agreement, load_app, load_slot, load_agency, load_section_template,
    load_document_template;
ANALYZE;

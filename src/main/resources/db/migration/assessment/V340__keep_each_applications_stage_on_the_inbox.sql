-- Issue 21: the round dashboard counted each stage by joining the agency's applications to every assignment,
-- consolidation and letter's audit entry of the programme (69 ms for a large agency on a full year, growing with
-- all agencies' data). The inbox row now keeps what the stages need of those tables: the application's assignments
-- that count (offered, accepted, submitted), submitted and still open, whether it is consolidated and whether its
-- decision letter was issued. Kept by AssignmentRepository.save, Consolidation and SelectionDesk's letters, in the
-- same transaction as the change; StageCountTests compares them with the stages' own conditions.
ALTER TABLE assessment_inbox ADD COLUMN assignments_counting INT DEFAULT 0 NOT NULL;
ALTER TABLE assessment_inbox ADD COLUMN assignments_submitted INT DEFAULT 0 NOT NULL;
ALTER TABLE assessment_inbox ADD COLUMN assignments_open INT DEFAULT 0 NOT NULL;
ALTER TABLE assessment_inbox ADD COLUMN consolidated BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE assessment_inbox ADD COLUMN letter_issued BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE assessment_inbox SET
    assignments_counting = (SELECT COUNT(*) FROM assessment_assignment a
        WHERE a.application_id = assessment_inbox.application_id AND a.status IN ('OFFERED', 'ACCEPTED', 'SUBMITTED')),
    assignments_submitted = (SELECT COUNT(*) FROM assessment_assignment a
        WHERE a.application_id = assessment_inbox.application_id AND a.status = 'SUBMITTED'),
    assignments_open = (SELECT COUNT(*) FROM assessment_assignment a
        WHERE a.application_id = assessment_inbox.application_id AND a.status IN ('OFFERED', 'ACCEPTED')),
    consolidated = EXISTS (SELECT 1 FROM assessment_consolidation c
        WHERE c.application_id = assessment_inbox.application_id),
    letter_issued = EXISTS (SELECT 1 FROM assessment_audit d WHERE d.application_id = assessment_inbox.application_id
        AND d.national_agency_code = assessment_inbox.national_agency_code AND d.action = 'selection.letterIssued');

-- Issue 21: the officer's application page looks up the agency's open (OFFERED, ACCEPTED) and SUSPENDED assignments on
-- every load (LateConflicts); in a programme year nearly all of the 60,000 are SUBMITTED, so an index on the status
-- finds the few open ones instead of reading the whole table.
CREATE INDEX assessment_assignment_status ON assessment_assignment (status, application_id);
-- The round dashboard counts the letters issued of the agency (InboxEntries.stages): the audit trail's
-- 'selection.letterIssued' entries of the agency, from an index instead of the whole trail.
CREATE INDEX assessment_audit_by_action ON assessment_audit (national_agency_code, action, application_id);

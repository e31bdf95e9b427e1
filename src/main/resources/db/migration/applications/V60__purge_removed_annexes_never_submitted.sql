-- An annex's bytes stay only while a submission names it (issue #12): "submitted" marks the annexes that were
-- current when a submission froze the draft. Drafts that were ever submitted or withdrawn keep all their annexes
-- (a conservative start: their submissions may name any of them); removed annexes of drafts never submitted go.
ALTER TABLE application_annex ADD COLUMN submitted BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE application_annex SET submitted = TRUE
 WHERE application_id IN (SELECT id FROM application_draft WHERE status <> 'DRAFT');
DELETE FROM application_annex WHERE removed_at IS NOT NULL AND submitted = FALSE;

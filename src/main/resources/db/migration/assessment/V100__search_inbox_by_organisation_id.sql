-- Issue 13, item 16: the officer searches the inbox by an Organisation ID of the consortium too. Filled when a
-- submission is registered; applications already with the experts get theirs from the assessment's copy.
ALTER TABLE assessment_inbox ADD COLUMN organisation_ids VARCHAR(2000);
UPDATE assessment_inbox SET organisation_ids = (
    SELECT consortium_oids FROM assessment_assessable a WHERE a.application_id = assessment_inbox.application_id);

-- Issue 13, item 14: a submission keeps the revision of the rule figures in force when it was submitted; it is
-- checked and budgeted with those figures until an officer re-applies later corrections (audited). Submissions made
-- before this keep the figures of today's revision, the latest they can have known.
ALTER TABLE submission ADD COLUMN rule_revision BIGINT;
UPDATE submission SET rule_revision = (SELECT revision FROM rule_figure_revision WHERE id = 1);
ALTER TABLE submission ALTER COLUMN rule_revision SET NOT NULL;

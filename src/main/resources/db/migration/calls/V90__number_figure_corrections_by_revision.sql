-- Issue 13, item 14: a submission is checked and budgeted with the figures in force when it was submitted. Each
-- correction now records the revision it made, so the figures of any later revision can be undone back to those a
-- submission kept (earlier corrections carry no revision: every submission made before this kept a later one).
ALTER TABLE rule_figure_change ADD COLUMN revision BIGINT;
CREATE INDEX rule_figure_change_by_revision_idx ON rule_figure_change (revision);

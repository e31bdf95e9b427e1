-- R-CTRY-01: an administrator may also correct a country's participation and day-rate group for a call year;
-- such a change has text values, not amounts.
ALTER TABLE rule_figure_change ADD COLUMN old_text VARCHAR(100);
ALTER TABLE rule_figure_change ADD COLUMN new_text VARCHAR(100);
ALTER TABLE rule_figure_change ALTER COLUMN new_amount DROP NOT NULL;
ALTER TABLE rule_figure_change ALTER COLUMN new_status DROP NOT NULL;

-- Issue 13: a round's name and the reason for extending it are read in English and in Latvian. The English text
-- stays where it was; the Latvian one is optional (null: the English one is shown on Latvian pages too).
ALTER TABLE call_round ADD COLUMN label_lv VARCHAR(200);
ALTER TABLE call_round ADD COLUMN extension_reason_lv VARCHAR(1000);
ALTER TABLE call_round_extension ADD COLUMN reason_lv VARCHAR(1000);

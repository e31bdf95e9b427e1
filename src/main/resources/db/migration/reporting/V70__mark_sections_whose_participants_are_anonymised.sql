-- When the retention of agency records ended for a section's participant names (RetainedParticipants): the nightly
-- job reads only the sections it has not anonymised yet.
ALTER TABLE report_section ADD COLUMN retention_ended_at TIMESTAMP WITH TIME ZONE;

-- Issue 16: every time is stored as an instant (TIMESTAMP WITH TIME ZONE), so that what a node in one time zone
-- wrote reads the same on a node in another. These columns were plain TIMESTAMP, written through JDBC in the
-- node's own zone: the conversion reads them in the session's zone, which the JDBC driver sets to the zone of the
-- node that migrates (H2 likewise), so that node must run in the zone the nodes ran in until now (docs/operations.md).
ALTER TABLE assessment_expert_relation ALTER COLUMN recorded_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE assessment_assessable ALTER COLUMN checked_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE assessment_assignment ALTER COLUMN assigned_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE assessment_assignment ALTER COLUMN declared_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE assessment_assignment ALTER COLUMN saved_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE assessment_assignment ALTER COLUMN submitted_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE assessment_consolidation ALTER COLUMN consolidated_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;

-- Issue 16: an individual extension's deadline (R-SUB-02) is stored as an instant (TIMESTAMP WITH TIME ZONE). It
-- was a Brussels wall-clock time in a plain TIMESTAMP column, so it is read in Europe/Brussels for the conversion.
SET TIME ZONE 'Europe/Brussels';
ALTER TABLE submission_extension ALTER COLUMN deadline_brussels SET DATA TYPE TIMESTAMP WITH TIME ZONE;
-- Back to the zone the connection was opened with (PostgreSQL: the driver's, i.e. the node's; H2: the node's)
SET TIME ZONE LOCAL;

-- Issue 16: deadlines are stored as instants (TIMESTAMP WITH TIME ZONE). They were Brussels wall-clock times in
-- plain TIMESTAMP columns, so they are read in Europe/Brussels for the conversion: 2020-03-24 12:00 becomes
-- 2020-03-24 11:00 UTC. The columns keep their names; Sadarbe still shows and takes them in Brussels time.
SET TIME ZONE 'Europe/Brussels';
ALTER TABLE call_round ALTER COLUMN deadline_brussels SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE call_round ALTER COLUMN extended_deadline_brussels SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE call_round_extension ALTER COLUMN deadline_brussels SET DATA TYPE TIMESTAMP WITH TIME ZONE;
-- Back to the zone the connection was opened with (PostgreSQL: the driver's, i.e. the node's; H2: the node's)
SET TIME ZONE LOCAL;

-- Issue 12: a whole-round extension (R-SUB-03) is an administrator's act; each one is kept with who and when.
CREATE TABLE call_round_extension (
    id                 UUID          NOT NULL PRIMARY KEY,
    call_round         UUID          NOT NULL REFERENCES call_round (id) ON DELETE CASCADE,
    deadline_brussels  TIMESTAMP     NOT NULL,
    reason             VARCHAR(1000) NOT NULL,
    extended_by        VARCHAR(254),              -- null: made before extensions recorded their actor
    extended_at        TIMESTAMP WITH TIME ZONE   -- null: likewise
);
CREATE INDEX call_round_extension_round_ix ON call_round_extension (call_round);

-- Extensions made before this migration: their deadline and reason, without actor and time (not recorded then).
INSERT INTO call_round_extension (id, call_round, deadline_brussels, reason)
SELECT id, id, extended_deadline_brussels, COALESCE(extension_reason, '')
FROM call_round WHERE extended_deadline_brussels IS NOT NULL;

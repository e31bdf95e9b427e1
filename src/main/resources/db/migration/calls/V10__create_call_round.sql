-- Call rounds: which action types of a call year may be submitted until which deadline. Deadlines are local
-- date-times in Europe/Brussels (12:00, R-SUB-01); an extension moves the deadline of the whole round
-- (R-SUB-03, e.g. 24.03.2020 -> 23.04.2020).

CREATE TABLE call_round (
    id                         UUID         NOT NULL PRIMARY KEY,
    call_year                  INTEGER      NOT NULL,
    round_number               INTEGER      NOT NULL CHECK (round_number BETWEEN 1 AND 9),
    label                      VARCHAR(200),
    deadline_brussels          TIMESTAMP    NOT NULL,
    extended_deadline_brussels TIMESTAMP,
    extension_reason           VARCHAR(1000),
    created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by                 VARCHAR(254) NOT NULL
);

CREATE TABLE call_round_action_type (
    call_round        UUID       NOT NULL REFERENCES call_round (id) ON DELETE CASCADE,
    action_type_code  VARCHAR(5) NOT NULL REFERENCES action_type (code),
    PRIMARY KEY (call_round, action_type_code)
);

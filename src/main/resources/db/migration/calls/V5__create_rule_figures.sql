-- Every figure of the programme's rules as data by call year and action type (R-GEN-01), with the status the
-- rules file gives it (C confirmed, P partly confirmed, U unconfirmed). action_type '*' holds the default for
-- every action type; a row for a specific action type overrides it.

CREATE TABLE rule_figure (
    call_year    INTEGER        NOT NULL,
    action_type  VARCHAR(5)     NOT NULL,
    name         VARCHAR(60)    NOT NULL,
    amount       DECIMAL(14, 4) NOT NULL,
    status       CHAR(1)        NOT NULL CHECK (status IN ('C', 'P', 'U')),
    PRIMARY KEY (call_year, action_type, name)
);

-- Distance bands: MEETING for transnational project meetings (R-FIN-04), LEARNING_TRAVEL for learning,
-- teaching and training activities (R-FIN-07). to_km is inclusive; NULL means no upper limit.
CREATE TABLE rule_distance_band (
    call_year  INTEGER        NOT NULL,
    purpose    VARCHAR(20)    NOT NULL CHECK (purpose IN ('MEETING', 'LEARNING_TRAVEL')),
    from_km    INTEGER        NOT NULL,
    to_km      INTEGER,
    amount     DECIMAL(12, 2) NOT NULL,
    status     CHAR(1)        NOT NULL CHECK (status IN ('C', 'P', 'U')),
    PRIMARY KEY (call_year, purpose, from_km)
);

-- Intellectual-output day rates by country group (country_participation.io_rate_group) and staff category
-- (R-FIN-05, rules file 4.3, all U).
CREATE TABLE rule_io_day_rate (
    call_year       INTEGER        NOT NULL,
    rate_group      VARCHAR(2)     NOT NULL,
    staff_category  VARCHAR(40)    NOT NULL,
    amount          DECIMAL(12, 2) NOT NULL,
    status          CHAR(1)        NOT NULL CHECK (status IN ('C', 'P', 'U')),
    PRIMARY KEY (call_year, rate_group, staff_category)
);

-- Every correction an administrator makes, with who, when, before, after and why.
CREATE TABLE rule_figure_change (
    id           UUID           NOT NULL PRIMARY KEY,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by   VARCHAR(254)   NOT NULL,
    figure       VARCHAR(200)   NOT NULL,   -- what was changed, e.g. 2020/KA201/PM_COORDINATOR_PER_MONTH
    old_amount   DECIMAL(14, 4),
    new_amount   DECIMAL(14, 4) NOT NULL,
    old_status   CHAR(1),
    new_status   CHAR(1)        NOT NULL,
    reason       VARCHAR(1000)  NOT NULL
);

-- Bumped on every correction, so that each node knows when its cached figures are stale.
CREATE TABLE rule_figure_revision (
    id        INTEGER NOT NULL PRIMARY KEY,
    revision  BIGINT  NOT NULL
);
INSERT INTO rule_figure_revision (id, revision) VALUES (1, 0);

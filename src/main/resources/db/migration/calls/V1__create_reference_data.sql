-- Reference data of the programme, versioned by call year where it changes (R-GEN-01, R-CTRY-01).

CREATE TABLE country (
    code      VARCHAR(2)   NOT NULL PRIMARY KEY,  -- the Commission's code: EL for Greece, UK for the United Kingdom
    iso_code  VARCHAR(2)   NOT NULL,
    name_en   VARCHAR(100) NOT NULL,
    name_lv   VARCHAR(100) NOT NULL
);

-- Programme or Partner Country in one call year, and the country group of the intellectual-output day rates.
CREATE TABLE country_participation (
    country_code   VARCHAR(2)  NOT NULL REFERENCES country (code),
    call_year      INTEGER     NOT NULL,
    participation  VARCHAR(10) NOT NULL CHECK (participation IN ('PROGRAMME', 'PARTNER')),
    io_rate_group  VARCHAR(2)  NOT NULL,
    PRIMARY KEY (country_code, call_year)
);

CREATE TABLE action_type (
    code             VARCHAR(5)   NOT NULL PRIMARY KEY,
    field            VARCHAR(40)  NOT NULL,
    name_en          VARCHAR(200) NOT NULL,
    name_lv          VARCHAR(200) NOT NULL,
    first_call_year  INTEGER      NOT NULL,
    last_call_year   INTEGER      NOT NULL
);

CREATE TABLE priority (
    code             VARCHAR(60)  NOT NULL PRIMARY KEY,
    field            VARCHAR(40),            -- null for a horizontal priority
    name_en          VARCHAR(300) NOT NULL,
    name_lv          VARCHAR(300) NOT NULL,
    first_call_year  INTEGER      NOT NULL,
    last_call_year   INTEGER      NOT NULL
);

CREATE TABLE national_agency (
    code          VARCHAR(4)   NOT NULL PRIMARY KEY,
    country_code  VARCHAR(2)   NOT NULL REFERENCES country (code),
    name          VARCHAR(300) NOT NULL,   -- the official name, in the country's language
    name_en       VARCHAR(300) NOT NULL,
    confirmed     BOOLEAN      NOT NULL    -- false: recorded from general knowledge, to be verified (rules file flag U)
);

CREATE TABLE national_agency_action_type (
    agency_code       VARCHAR(4) NOT NULL REFERENCES national_agency (code),
    action_type_code  VARCHAR(5) NOT NULL REFERENCES action_type (code),
    PRIMARY KEY (agency_code, action_type_code)
);

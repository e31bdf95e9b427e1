-- The organisations register: one row per organisation with its Organisation ID (OID, E + 8 digits).

-- OIDs are issued from this sequence on every node alike and never reused; E10000001 to E10000099 are kept for
-- the demo data and for seeding.
CREATE SEQUENCE organisation_oid_seq START WITH 10000100 INCREMENT BY 1;

CREATE TABLE organisation (
    id                               UUID         NOT NULL PRIMARY KEY,
    oid                              VARCHAR(9)   NOT NULL,
    legal_name                       VARCHAR(300) NOT NULL,
    business_name                    VARCHAR(300),
    country_code                     VARCHAR(2)   NOT NULL REFERENCES country (code),
    city                             VARCHAR(100) NOT NULL,
    address                          VARCHAR(300) NOT NULL,
    postcode                         VARCHAR(20),
    organisation_type                VARCHAR(40)  NOT NULL,
    legal_form                       VARCHAR(100),
    registration_number              VARCHAR(50)  NOT NULL,
    vat_number                       VARCHAR(30),
    website                          VARCHAR(300),
    pic                              VARCHAR(9),
    eche_code                        VARCHAR(60),
    eche_valid_until                 DATE,
    legal_representative_name        VARCHAR(200) NOT NULL,
    legal_representative_position    VARCHAR(200),
    legal_representative_email       VARCHAR(254),
    looking_for_partners             BOOLEAN      NOT NULL DEFAULT FALSE,
    status                           VARCHAR(10)  NOT NULL CHECK (status IN ('DECLARED', 'VALIDATED', 'REJECTED')),
    status_reason                    VARCHAR(2000),
    duplicate_reason                 VARCHAR(2000),  -- why the registrant went on although a possible duplicate was shown
    duplicate_of                     VARCHAR(200),   -- the OIDs that were shown as possible duplicates
    -- Compared without case and diacritics: the duplicate guard and the partner search use these
    name_key                         VARCHAR(600) NOT NULL,
    city_key                         VARCHAR(100) NOT NULL,
    registration_key                 VARCHAR(50)  NOT NULL,
    search_key                       VARCHAR(1200) NOT NULL,
    registered_at                    TIMESTAMP WITH TIME ZONE NOT NULL,
    version                          INTEGER      NOT NULL
);
CREATE UNIQUE INDEX organisation_oid_ix ON organisation (oid);
CREATE INDEX organisation_registration_ix ON organisation (country_code, registration_key);
CREATE INDEX organisation_name_city_ix ON organisation (name_key, city_key);

CREATE TABLE organisation_contact (
    organisation_id  UUID         NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    position_in_list INTEGER      NOT NULL,
    full_name        VARCHAR(200) NOT NULL,
    email            VARCHAR(254) NOT NULL,
    phone            VARCHAR(40),
    PRIMARY KEY (organisation_id, position_in_list)
);

-- The accounts that may act for the organisation; the registrant is the first.
CREATE TABLE organisation_user (
    organisation_id  UUID NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    account_id       UUID NOT NULL REFERENCES account (id),
    PRIMARY KEY (organisation_id, account_id)
);
CREATE INDEX organisation_user_account_ix ON organisation_user (account_id);

CREATE TABLE organisation_field (
    organisation_id  UUID        NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    field            VARCHAR(40) NOT NULL,
    PRIMARY KEY (organisation_id, field)
);

CREATE TABLE organisation_topic (
    organisation_id  UUID         NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    position_in_list INTEGER      NOT NULL,
    topic            VARCHAR(100) NOT NULL,
    topic_key        VARCHAR(100) NOT NULL,
    PRIMARY KEY (organisation_id, position_in_list)
);

-- Every change: who, when, which field, before and after.
CREATE TABLE organisation_change (
    id               UUID          NOT NULL PRIMARY KEY,
    organisation_id  UUID          NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    changed_by       UUID,                      -- null for a change by the system (import, demo data)
    changed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    field_name       VARCHAR(60)   NOT NULL,
    before_value     VARCHAR(2000),
    after_value      VARCHAR(2000)
);
CREATE INDEX organisation_change_ix ON organisation_change (organisation_id, changed_at);

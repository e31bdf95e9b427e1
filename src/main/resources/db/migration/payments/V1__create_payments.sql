-- Payments (issue 18, R-PAY-01, R-PAY-02): the payment terms of each agreement in force, as its events gave them,
-- with the rule figures read when it entered into force (kept, so a later correction does not change an agreement);
-- the payment orders (due → made, or cancelled when the final grant is settled before they were paid); and the
-- agency's own account that the SEPA credit transfer debits.

CREATE TABLE payment_agreement (
    agreement_id          UUID                     NOT NULL PRIMARY KEY,
    agreement_number      VARCHAR(60)              NOT NULL,
    application_id        UUID                     NOT NULL,
    application_number    VARCHAR(40)              NOT NULL,
    agency_code           VARCHAR(4)               NOT NULL,
    action_type           VARCHAR(5)               NOT NULL,
    call_year             INT                      NOT NULL,
    round_number          INT,
    scheme                VARCHAR(40)              NOT NULL,
    awarded_total         DECIMAL(14, 2)           NOT NULL,
    final_grant           DECIMAL(14, 2),
    entered_into_force_on DATE                     NOT NULL,
    project_start         DATE                     NOT NULL,
    project_end           DATE                     NOT NULL,
    beneficiary_name      VARCHAR(300)             NOT NULL,
    iban                  VARCHAR(34)              NOT NULL,
    bic                   VARCHAR(11)              NOT NULL,
    first_share           DECIMAL(7, 4)            NOT NULL,
    second_share          DECIMAL(7, 4)            NOT NULL,
    shares_unconfirmed    BOOLEAN                  NOT NULL,
    due_days              INT                      NOT NULL,
    use_threshold         DECIMAL(7, 4)            NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX payment_agreement_by_agency_idx ON payment_agreement (agency_code);

CREATE TABLE payment_order (
    id                    UUID                     NOT NULL PRIMARY KEY,
    agreement_id          UUID                     NOT NULL REFERENCES payment_agreement (agreement_id),
    kind                  VARCHAR(20)              NOT NULL,
    amount                DECIMAL(14, 2)           NOT NULL,
    reduction             DECIMAL(14, 2)           NOT NULL,
    due_on                DATE                     NOT NULL,
    state                 VARCHAR(10)              NOT NULL,
    iban                  VARCHAR(34)              NOT NULL,
    bic                   VARCHAR(11)              NOT NULL,
    paid_on               DATE,
    bank_reference        VARCHAR(100),
    marked_by             VARCHAR(320),
    marked_at             TIMESTAMP WITH TIME ZONE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               INT                      NOT NULL,
    CONSTRAINT payment_order_one_per_kind UNIQUE (agreement_id, kind)
);

CREATE INDEX payment_order_by_due_idx ON payment_order (state, due_on);

CREATE TABLE payment_debtor_account (
    agency_code           VARCHAR(4)               NOT NULL PRIMARY KEY REFERENCES national_agency (code),
    iban                  VARCHAR(34)              NOT NULL,
    bic                   VARCHAR(11)              NOT NULL,
    updated_by            VARCHAR(320)             NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Demonstration accounts at the Treasury of Latvia (valid check digits, not real accounts): administrators replace
-- them on the "Agency bank accounts" page.
INSERT INTO payment_debtor_account (agency_code, iban, bic, updated_by, updated_at) VALUES
('LV01', 'LV98TREL9230000000001', 'TRELLV22', 'migration', TIMESTAMP WITH TIME ZONE '2026-12-04 00:00:00+00'),
('LV02', 'LV71TREL9230000000002', 'TRELLV22', 'migration', TIMESTAMP WITH TIME ZONE '2026-12-04 00:00:00+00');

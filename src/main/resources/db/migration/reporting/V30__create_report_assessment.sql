-- The agency's assessment of a submitted report (rules file section 6, issue 19): the score out of 100 with comments
-- (R-RED-01), the lines found ineligible with their reasons (R-RED-02), and once decided the final grant's figures,
-- the payment order it gave (second pre-financing, balance or recovery) and the final letter.

CREATE TABLE report_assessment (
    report_id             UUID                     NOT NULL PRIMARY KEY REFERENCES project_report (id),
    score                 INT,
    comments              TEXT                     NOT NULL,
    scored_by             VARCHAR(254),
    scored_at             TIMESTAMP WITH TIME ZONE,
    decided_by            VARCHAR(254),
    decided_at            TIMESTAMP WITH TIME ZONE,
    figures_json          TEXT,
    awarded_total         NUMERIC(12, 2),
    final_grant           NUMERIC(12, 2),
    reduction_share       NUMERIC(5, 4),
    paid_before           NUMERIC(12, 2),
    payment_order_id      UUID,
    payment_kind          VARCHAR(20),
    payment_amount        NUMERIC(12, 2),
    payment_due_on        DATE,
    row_version           INT                      NOT NULL
);

-- R-RED-02: a line (activity, participant, special need or exceptional cost) found ineligible, with the reason.
CREATE TABLE report_ineligible_line (
    report_id             UUID                     NOT NULL REFERENCES report_assessment (report_id),
    line_id               VARCHAR(80)              NOT NULL,
    reason                TEXT                     NOT NULL,
    marked_by             VARCHAR(254)             NOT NULL,
    marked_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (report_id, line_id)
);

-- The final letter (PDF/A) as sent, in the agreement's language.
CREATE TABLE report_letter (
    report_id             UUID                     NOT NULL PRIMARY KEY REFERENCES project_report (id),
    language              VARCHAR(5)               NOT NULL,
    sha256                VARCHAR(64)              NOT NULL,
    content               ${large_binary}          NOT NULL,
    stored_at             TIMESTAMP WITH TIME ZONE NOT NULL
);

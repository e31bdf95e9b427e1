-- Draft applications, kept in sections (context, organisations, priorities, each description text, each kind of
-- activity, special costs, annexes, declaration). Every section has its own version, so two people editing
-- different sections never conflict; the application's version moves on with every save (If-Match, freeze).

CREATE TABLE application_draft (
    id                  UUID         NOT NULL PRIMARY KEY,
    call_round          UUID         NOT NULL REFERENCES call_round (id),
    call_year           INTEGER      NOT NULL,
    action_type         VARCHAR(5)   NOT NULL,
    title               VARCHAR(500),
    applicant_oid       VARCHAR(9)   NOT NULL,
    applicant_country   VARCHAR(2)   NOT NULL,
    status              VARCHAR(10)  NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'WITHDRAWN')),
    withdrawal_reason   VARCHAR(2000),
    version             BIGINT       NOT NULL,
    created_by          UUID         NOT NULL REFERENCES account (id),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX application_draft_applicant_ix ON application_draft (applicant_oid);

-- One row per section; content is the section's part of the application document v1, as JSON.
CREATE TABLE application_section (
    application_id  UUID         NOT NULL REFERENCES application_draft (id) ON DELETE CASCADE,
    section         VARCHAR(30)  NOT NULL,
    content         TEXT         NOT NULL,
    version         BIGINT       NOT NULL,
    updated_by      UUID         NOT NULL REFERENCES account (id),
    updated_by_name VARCHAR(200) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application_id, section)
);

-- Users of partner organisations invited by the coordinator to view or edit.
CREATE TABLE application_member (
    application_id  UUID         NOT NULL REFERENCES application_draft (id) ON DELETE CASCADE,
    account_id      UUID         NOT NULL REFERENCES account (id),
    access_level    VARCHAR(4)   NOT NULL CHECK (access_level IN ('VIEW', 'EDIT')),
    invited_by      UUID         NOT NULL REFERENCES account (id),
    invited_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application_id, account_id)
);
CREATE INDEX application_member_account_ix ON application_member (account_id);

-- Every change: who, when, which section, before and after.
CREATE TABLE application_change (
    id                   UUID         NOT NULL PRIMARY KEY,
    application_id       UUID         NOT NULL REFERENCES application_draft (id) ON DELETE CASCADE,
    application_version  BIGINT       NOT NULL,
    section              VARCHAR(30)  NOT NULL,
    changed_by           UUID         NOT NULL REFERENCES account (id),
    changed_by_name      VARCHAR(200) NOT NULL,
    changed_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    before_content       TEXT,
    after_content        TEXT
);
CREATE INDEX application_change_application_ix ON application_change (application_id, changed_at);

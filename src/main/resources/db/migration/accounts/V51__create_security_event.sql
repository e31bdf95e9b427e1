-- Security events: who did what, when and from which client address, with a small JSON detail. Written by the
-- modules where the events happen (sign-in, membership, downloads of submitted applications), read by
-- administrators on /admin/security-events. Rows are never changed.
CREATE TABLE account_security_event (
    id              UUID          NOT NULL PRIMARY KEY,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    kind            VARCHAR(40)   NOT NULL,
    account_id      UUID,                     -- who, when known; no foreign key: the record outlives the account
    email           VARCHAR(254),             -- who's e-mail address, or the address typed at a failed sign-in
    client_address  VARCHAR(64),
    detail          VARCHAR(2000) NOT NULL DEFAULT '{}'
);
CREATE INDEX account_security_event_time_ix ON account_security_event (occurred_at);
CREATE INDEX account_security_event_kind_ix ON account_security_event (kind, occurred_at);
CREATE INDEX account_security_event_email_ix ON account_security_event (email);
CREATE INDEX account_security_event_address_ix ON account_security_event (client_address);

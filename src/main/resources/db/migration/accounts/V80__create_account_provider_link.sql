-- Single sign-on (issue #15): which identity at an OpenID Connect provider signs in to which account. An identity is
-- the provider's issuer URL and the subject it gives the person there; it is found by these two, never by e-mail
-- address, so that a later change of the address at the provider still lands on the same account. An account has at
-- most one identity per provider, so that an address given to someone else at the provider cannot take it over.
CREATE TABLE account_provider_link (
    issuer           VARCHAR(500) NOT NULL,
    subject          VARCHAR(255) NOT NULL,
    account_id       UUID         NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    linked_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sign_in_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (issuer, subject)
);
CREATE UNIQUE INDEX account_provider_link_account_ix ON account_provider_link (account_id, issuer);

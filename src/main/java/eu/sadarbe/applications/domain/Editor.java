package eu.sadarbe.applications.domain;

import eu.sadarbe.accounts.AccountId;

/** Who makes a change, with the name the history shows. */
public record Editor(AccountId account, String name) {
}

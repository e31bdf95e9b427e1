package eu.sadarbe.applications;

import eu.sadarbe.accounts.AccountId;

/** A user invited by the coordinator to view or edit an application. */
public record Member(AccountId account, String email, String displayName, Access access) {
}

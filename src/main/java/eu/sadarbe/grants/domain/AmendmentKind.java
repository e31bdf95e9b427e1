package eu.sadarbe.grants.domain;

/** What an amendment changes (rules file section 6). */
public enum AmendmentKind {
    PARTNER_JOINS, PARTNER_WITHDRAWS, END_DATE_EXTENDED, BUDGET_TRANSFER, BANK_ACCOUNT_CHANGED
}

package eu.sadarbe.grants.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import eu.sadarbe.budget.BudgetCategory;

/** What the coordinator asks to change (rules file section 6). */
public sealed interface AmendmentRequest {

    AmendmentKind kind();

    /** A partner joins and gives the coordinator its mandate. */
    record PartnerJoins(Party partner) implements AmendmentRequest {
        public AmendmentKind kind() {
            return AmendmentKind.PARTNER_JOINS;
        }
    }

    /** A partner withdraws from the project. */
    record PartnerWithdraws(String organisationId) implements AmendmentRequest {
        public AmendmentKind kind() {
            return AmendmentKind.PARTNER_WITHDRAWS;
        }
    }

    /** The project ends later, at no extra cost. */
    record EndDateExtended(LocalDate projectEnd) implements AmendmentRequest {
        public AmendmentKind kind() {
            return AmendmentKind.END_DATE_EXTENDED;
        }
    }

    /** Money moves from one budget category to another (R-BUD-01). */
    record BudgetTransfer(BudgetCategory from, BudgetCategory to, BigDecimal amount) implements AmendmentRequest {
        public AmendmentKind kind() {
            return AmendmentKind.BUDGET_TRANSFER;
        }
    }

    /** The agency pays into another account. */
    record BankAccountChange(BankAccount account) implements AmendmentRequest {
        public AmendmentKind kind() {
            return AmendmentKind.BANK_ACCOUNT_CHANGED;
        }
    }
}

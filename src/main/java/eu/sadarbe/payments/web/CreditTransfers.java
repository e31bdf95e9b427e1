package eu.sadarbe.payments.web;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.calls.NationalAgency;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.payments.domain.BankAccounts;
import eu.sadarbe.payments.domain.CreditTransferFile;
import eu.sadarbe.payments.domain.DebtorAccount;
import eu.sadarbe.payments.domain.DebtorAccountRepository;
import eu.sadarbe.payments.domain.OrderLine;
import eu.sadarbe.payments.domain.PaymentDesk;
import eu.sadarbe.shared.Refusal;

/** The SEPA file of an agency's orders due by a date, for the API and the finance page's button. */
@Component
class CreditTransfers {

    private final PaymentDesk desk;
    private final DebtorAccountRepository accounts;
    private final ReferenceData reference;
    private final Clock clock;

    CreditTransfers(PaymentDesk desk, DebtorAccountRepository accounts, ReferenceData reference, Clock clock) {
        this.desk = desk;
        this.accounts = accounts;
        this.reference = reference;
        this.clock = clock;
    }

    /** Writes the file and answers its name. */
    String write(String agencyCode, LocalDate dueBy, SignedInUser user, OutputStream out) {
        List<OrderLine> orders = desk.transfersDueBy(agencyCode, dueBy, user);
        if (orders.isEmpty()) {
            throw new NothingDue();
        }
        DebtorAccount debtor = accounts.of(agencyCode)
                .filter(account -> BankAccounts.iban(account.iban()).isPresent()
                        && BankAccounts.bic(account.bic()).isPresent())
                .orElseThrow(NoDebtorAccount::new);
        String name = reference.nationalAgencies(null, null).stream()
                .filter(agency -> agency.code().equals(agencyCode)).map(NationalAgency::name).findFirst()
                .orElse(agencyCode);
        Instant now = clock.instant();
        String messageId = CreditTransferFile.messageId(agencyCode, dueBy, now);
        LocalDate today = desk.today();
        CreditTransferFile.write(out, messageId, now, name, debtor, today, orders);
        return messageId + ".xml";
    }

    /** No payment due by the date: no file to make (404). */
    static class NothingDue extends RuntimeException implements Refusal {

        @Override
        public Kind kind() {
            return Kind.NOT_FOUND;
        }

        @Override
        public String messageKey() {
            return "payments.transfer.nothingDue";
        }
    }

    /** The agency has no valid debtor account to pay from (409 until an administrator records one). */
    static class NoDebtorAccount extends RuntimeException implements Refusal {

        @Override
        public Kind kind() {
            return Kind.CONFLICT;
        }

        @Override
        public String messageKey() {
            return "payments.transfer.noAccount";
        }
    }
}

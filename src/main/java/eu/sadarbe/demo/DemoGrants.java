package eu.sadarbe.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.iban4j.Iban;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.document.Organisation;
import eu.sadarbe.grants.PaymentScheme;
import eu.sadarbe.grants.domain.Amendment;
import eu.sadarbe.grants.domain.AmendmentRequest;
import eu.sadarbe.grants.domain.BeneficiaryDetails;
import eu.sadarbe.grants.domain.GrantAgreement;
import eu.sadarbe.grants.domain.GrantDesk;
import eu.sadarbe.grants.domain.GrantRefused;
import eu.sadarbe.shared.OrganisationType;

/**
 * Demo grant agreements (profile {@code demo}): every final selection (selected, letter issued) of the decided demo
 * round ({@link DemoDecisions#KEYS}) goes on to an agreement, through the same use cases as the pages, so that
 * payments hears the events: in turn one awaits the beneficiary's signature, one the agency's, one is in force and one
 * is in force with an approved amendment (a later end date). Other final selections of LV01 and LV02 are left to their
 * officers: a real applicant's in a demo install is not the demo's to prepare, and no demo coordinator could sign it.
 * It runs after the other demo data (lowest precedence, after selection's demo decisions and letters) and only where
 * selection left final selections; a restart prepares nothing twice.
 */
@Component
@Profile("demo")
class DemoGrants {

    private static final Logger LOG = LoggerFactory.getLogger(DemoGrants.class);
    static final String COORDINATORS = DemoAccounts.COORDINATORS;
    /** Anna Bērziņa submitted her school's KA229 exchange in the decided demo round herself, so she signs for it. */
    static final String ANNA = DemoAccounts.ANNA;
    private static final List<String> OFFICERS = List.of(DemoAccounts.ILZE, DemoAccounts.JANIS);

    private final GrantDesk desk;
    private final AccountRegister accounts;

    DemoGrants(GrantDesk desk, AccountRegister accounts) {
        this.desk = desk;
        this.accounts = accounts;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void seed() {
        Optional<SignedInUser> coordinators = person(COORDINATORS);
        if (coordinators.isEmpty()) {
            return;
        }
        int made = 0;
        for (String email : OFFICERS) {
            Optional<SignedInUser> officer = person(email);
            if (officer.isEmpty()) {
                continue;
            }
            List<GrantDesk.Preparable> open = desk.preparable(officer.get()).shown().stream()
                    .filter(preparable -> DemoDecisions.KEYS.contains(preparable.selection().ranking()))
                    .toList();
            for (int index = 0; index < open.size(); index++) {
                try {
                    made += agreement(open.get(index), index % 4, officer.get(), coordinators.get());
                } catch (GrantRefused refused) {
                    LOG.warn("Demo grant agreement of {} not made: {}", open.get(index).selection().applicationNumber(),
                            refused.getMessage());
                }
            }
        }
        if (made > 0) {
            LOG.info("Demo grant agreements: {} prepared", made);
        }
    }

    private int agreement(GrantDesk.Preparable preparable, int state, SignedInUser officer, SignedInUser coordinator) {
        List<BeneficiaryDetails> details = new ArrayList<>();
        int number = 0;
        for (Organisation organisation : preparable.beneficiaries()) {
            number++;
            String account = String.format(Locale.ROOT, "%013d", Math.abs((long) organisation.identifier().hashCode()) % 10_000_000_000_000L);
            Iban iban = new Iban.Builder().countryCode(org.iban4j.CountryCode.LV).bankCode("HABA").accountNumber(account)
                    .build();
            details.add(new BeneficiaryDetails(organisation.identifier(), iban.toString(), "HABALV22",
                    number == 1 ? "Inese Kalna" : "Legal representative " + number));
        }
        PaymentScheme scheme = PaymentScheme.values()[state % PaymentScheme.values().length];
        List<GrantAgreement> agreements = desk.prepare(preparable.selection().applicationId(), scheme,
                state % 2 == 0 ? "lv" : "en", details, officer);
        for (GrantAgreement agreement : agreements) {
            SignedInUser signer = desk.actsForBeneficiary(agreement, coordinator) ? coordinator
                    : person(ANNA).filter(anna -> desk.actsForBeneficiary(agreement, anna)).orElse(coordinator);
            if (state >= 1) {
                desk.signByBeneficiary(agreement.id(), String.valueOf(agreement.pdfSha256()), signer);
            }
            if (state >= 2 && officer.nationalAgencyCode() != null
                    && officer.nationalAgencyCode().equals(agreement.preparation().agencyCode())) {
                desk.signByAgency(agreement.id(), officer);
                if (state == 3) {
                    LocalDate later = agreement.current().projectEnd().plusMonths(2);
                    Amendment amendment = desk.requestAmendment(agreement.id(),
                            new AmendmentRequest.EndDateExtended(later), OrganisationType.OTHER, signer,
                            Locale.ENGLISH);
                    desk.signAmendment(agreement.id(), amendment.version(), amendment.pdfSha256(), signer);
                    desk.approveAmendment(agreement.id(), amendment.version(), officer);
                }
            }
        }
        return agreements.size();
    }

    private Optional<SignedInUser> person(String email) {
        return accounts.byEmail(email).map(DemoAccounts::signedIn);
    }
}

package eu.sadarbe.demo;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.organisations.Oid;
import eu.sadarbe.organisations.domain.OrganisationRegistration;
import eu.sadarbe.organisations.domain.OrganisationRepository;

/**
 * The organisations of the demo's closed and decided rounds ({@link DemoCast#ROUND_ORGANISATIONS}): Latvian schools,
 * VET schools, adult-education providers and youth organisations that apply (E10000101…E10000164, acting through
 * the demo coordinators' account that nobody signs in with), and their partners in other Programme Countries
 * (E10000201…).
 */
@Component
@Profile("demo")
@Order(11)
class DemoAssessmentOrganisations implements ApplicationRunner {

    static final String COORDINATORS = DemoAccounts.COORDINATORS;

    private final OrganisationRegistration registration;
    private final OrganisationRepository records;
    private final AccountRegister accounts;

    DemoAssessmentOrganisations(OrganisationRegistration registration, OrganisationRepository records,
                                AccountRegister accounts) {
        this.registration = registration;
        this.records = records;
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<DemoCast.Org> all = DemoCast.ROUND_ORGANISATIONS;
        if (registered(all.get(all.size() - 1))) {
            return;
        }
        // Nobody signs in as the coordinators: the password is thrown away.
        AccountId coordinators = accounts.byEmail(COORDINATORS).map(AccountSummary::id)
                .orElseGet(() -> accounts.open(COORDINATORS, "Demo koordinatori", UUID.randomUUID().toString(),
                        Set.of(Role.APPLICANT), null).id());
        int number = 0;
        for (DemoCast.Org demo : all) {
            number++;
            if (!registered(demo)) {
                boolean latvian = demo.country().equals("LV");
                registration.register(DemoOrganisations.details(demo, null,
                                latvian ? "Skolas iela " + number : "Demo Street " + number,
                                postcode(demo.country(), number), "DEMO-" + demo.oid(), null,
                                List.of(demo.field()), List.of()),
                        latvian ? coordinators : null, "demo data", Oid.of(demo.oid()));
            }
        }
        records.issueOidsAfterTheHighestRegistered();
    }

    private boolean registered(DemoCast.Org org) {
        return registration.find(Oid.of(org.oid())).isPresent();
    }

    private static String postcode(String country, int number) {
        return country.equals("LV") ? "LV-%04d".formatted(1000 + number) : String.valueOf(10000 + number);
    }
}

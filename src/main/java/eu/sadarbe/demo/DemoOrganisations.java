package eu.sadarbe.demo;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.organisations.Oid;
import eu.sadarbe.organisations.domain.ContactPerson;
import eu.sadarbe.organisations.domain.OrganisationDetails;
import eu.sadarbe.organisations.domain.OrganisationRegistration;
import eu.sadarbe.shared.CountryCode;

/**
 * The demo applicants' organisations under their fixed Organisation IDs ({@link DemoCast}), acting through Anna
 * Bērziņa and Pēteris Kalniņš; only under {@code demo}.
 */
@Component
@Profile("demo")
@Order(10)
class DemoOrganisations implements ApplicationRunner {

    private final OrganisationRegistration registration;
    private final AccountRegister accounts;

    DemoOrganisations(OrganisationRegistration registration, AccountRegister accounts) {
        this.registration = registration;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed(DemoCast.RIGA_STATE_TECHNICAL_SCHOOL, DemoAccounts.ANNA, "RVT", "Nīcgales iela 26", "LV-1035",
                "90000036979", null, List.of("digital skills", "work-based learning"));
        seed(DemoCast.JELGAVA_STATE_GYMNASIUM, DemoAccounts.ANNA, null, "Mātera iela 44", "LV-3001", "90000074738",
                null, List.of("STEM", "inclusion"));
        seed(DemoCast.TALLINN_INDUSTRIAL_EDUCATION_CENTRE, DemoAccounts.PETERIS, "TTHK", "Ehitajate tee 100",
                "12618", "70004465", null, List.of("industry 4.0"));
        seed(DemoCast.BERUFSKOLLEG_NORD, DemoAccounts.PETERIS, null, "Nordstraße 1", "50733", "BK-NORD-0815", null,
                List.of("apprenticeships"));
        seed(DemoCast.UNIVERSITY_OF_LATVIA, DemoAccounts.PETERIS, "LU", "Raiņa bulvāris 19", "LV-1586",
                "90000076669", "LV RIGA01", List.of("teacher education"));
    }

    private void seed(DemoCast.Org org, String email, @Nullable String businessName, String address,
                      String postcode, String registrationNumber, @Nullable String echeCode, List<String> topics) {
        if (registration.find(Oid.of(org.oid())).isPresent()) {
            return;
        }
        List<String> fields = org == DemoCast.UNIVERSITY_OF_LATVIA
                ? List.of("HIGHER_EDUCATION", "ADULT_EDUCATION") : List.of(org.field());
        AccountId registrant = accounts.byEmail(email).map(AccountSummary::id).orElse(null);
        registration.register(details(org, businessName, address, postcode, registrationNumber, echeCode, fields,
                topics), registrant, "demo data", Oid.of(org.oid()));
    }

    static OrganisationDetails details(DemoCast.Org org, @Nullable String businessName, String address,
                                       String postcode, String registrationNumber, @Nullable String echeCode,
                                       List<String> fields, List<String> topics) {
        String country = org.country();
        return new OrganisationDetails(org.name(), businessName, CountryCode.of(country), org.city(), address,
                postcode, org.type(), null, registrationNumber, null, null, null, echeCode,
                echeCode == null ? null : LocalDate.of(2027, 12, 31), "Demo Representative", "Director", null,
                List.of(new ContactPerson("Demo Contact", "contact@" + country.toLowerCase() + ".example.org", null)),
                fields, true, topics);
    }
}

package eu.sadarbe.organisations.domain;

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
import eu.sadarbe.shared.CountryCode;
import eu.sadarbe.shared.OrganisationType;

/** Demo organisations with fixed Organisation IDs, acting through the demo applicants; only under {@code demo}. */
@Component
@Profile("demo")
@Order(10)
class DemoOrganisations implements ApplicationRunner {

    static final String ANNA = "anna.berzina@demo.sadarbe.eu";
    static final String PETERIS = "peteris.kalnins@demo.sadarbe.eu";

    private final OrganisationRegistration registration;
    private final OrganisationRecords records;
    private final AccountRegister accounts;

    DemoOrganisations(OrganisationRegistration registration, OrganisationRecords records, AccountRegister accounts) {
        this.registration = registration;
        this.records = records;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed("E10000001", ANNA, details("Rīgas Valsts tehnikums", "RVT", "LV", "Rīga", "Nīcgales iela 26",
                "LV-1035", OrganisationType.VET_PROVIDER, "90000036979", null,
                List.of("VOCATIONAL_EDUCATION_AND_TRAINING"), List.of("digital skills", "work-based learning")));
        seed("E10000002", ANNA, details("Jelgavas Valsts ģimnāzija", null, "LV", "Jelgava", "Mātera iela 44",
                "LV-3001", OrganisationType.SCHOOL, "90000074738", null, List.of("SCHOOL_EDUCATION"),
                List.of("STEM", "inclusion")));
        seed("E10000003", PETERIS, details("Tallinna Tööstushariduskeskus", "TTHK", "EE", "Tallinn",
                "Ehitajate tee 100", "12618", OrganisationType.VET_PROVIDER, "70004465", null,
                List.of("VOCATIONAL_EDUCATION_AND_TRAINING"), List.of("industry 4.0")));
        seed("E10000004", PETERIS, details("Berufskolleg Nord", null, "DE", "Köln", "Nordstraße 1", "50733",
                OrganisationType.VET_PROVIDER, "BK-NORD-0815", null, List.of("VOCATIONAL_EDUCATION_AND_TRAINING"),
                List.of("apprenticeships")));
        seed("E10000005", PETERIS, details("Latvijas Universitāte", "LU", "LV", "Rīga", "Raiņa bulvāris 19",
                "LV-1586", OrganisationType.HIGHER_EDUCATION_INSTITUTION, "90000076669", "LV RIGA01",
                List.of("HIGHER_EDUCATION", "ADULT_EDUCATION"), List.of("teacher education")));
    }

    private void seed(String oid, String email, OrganisationDetails details) {
        if (records.exists(Oid.of(oid))) {
            return;
        }
        AccountId registrant = accounts.byEmail(email).map(AccountSummary::id).orElse(null);
        registration.register(details, registrant, "demo data", Oid.of(oid));
    }

    static OrganisationDetails details(String legalName, @Nullable String businessName, String country,
                                               String city, String address, String postcode,
                                               OrganisationType type, String registrationNumber,
                                               @Nullable String echeCode, List<String> fields,
                                               List<String> topics) {
        return new OrganisationDetails(legalName, businessName, CountryCode.of(country), city, address, postcode,
                type, null, registrationNumber, null, null, null, echeCode,
                echeCode == null ? null : LocalDate.of(2027, 12, 31), "Demo Representative", "Director", null,
                List.of(new ContactPerson("Demo Contact", "contact@" + country.toLowerCase() + ".example.org", null)),
                fields, true, topics);
    }
}

package eu.sadarbe.applications;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import eu.sadarbe.organisations.domain.ContactPerson;
import eu.sadarbe.organisations.domain.OrganisationDetails;
import eu.sadarbe.organisations.domain.OrganisationRegistration;
import eu.sadarbe.shared.CountryCode;
import eu.sadarbe.shared.OrganisationType;

/**
 * A VET provider of a test's own that nobody acts for, registered under an Organisation ID outside the demo data's
 * ({@link OwnApplicant#outsideTheDemoRange()}), for a module test that finds, adds or names partners. Never in Rīga,
 * where the partner search tests page through the demo's organisations.
 */
public record OwnPartner(String oid, String legalName) {

    public static OwnPartner register(OrganisationRegistration registration, String legalName, String country,
                                      String city) {
        String email = "partner-" + UUID.randomUUID() + "@example.eu";
        String number = String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L));
        var organisation = registration.register(new OrganisationDetails(legalName, null, CountryCode.of(country),
                city, "Skolas iela 2", null, OrganisationType.VET_PROVIDER, null, number, null, null, null, null, null,
                "Kārlis Partneris", null, null, List.of(new ContactPerson("Kārlis Partneris", email, null)), List.of(),
                false, List.of()), null, null, OwnApplicant.outsideTheDemoRange());
        return new OwnPartner(organisation.oid().value(), legalName);
    }

    /** A word no other test's organisation holds, to find a test's own organisations by name. */
    public static String uniqueWord() {
        StringBuilder word = new StringBuilder("Zq");
        ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(letter -> word.append((char) letter));
        return word.toString();
    }
}

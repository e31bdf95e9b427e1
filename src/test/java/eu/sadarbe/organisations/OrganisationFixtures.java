package eu.sadarbe.organisations;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.OwnPeople;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.organisations.domain.ContactPerson;
import eu.sadarbe.organisations.domain.OrganisationDetails;
import eu.sadarbe.shared.CountryCode;
import eu.sadarbe.shared.OrganisationType;

/** Organisations and sign-ins as the tests need them: each organisation with its own registration number. */
final class OrganisationFixtures {

    private OrganisationFixtures() {
    }

    static String uniqueNumber() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L));
    }

    /** A new account of a test's own with this role (and agency, for an officer): its e-mail address. */
    static String anAccount(AccountRegister accounts, String displayName, Role role,
                            @Nullable String nationalAgencyCode) {
        String email = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@example.lv";
        accounts.open(email, displayName, "zila laiva jūrā peld", Set.of(role), nationalAgencyCode);
        return email;
    }

    static RequestPostProcessor as(AccountRegister accounts, String email) {
        AccountSummary account = accounts.byEmail(email).orElseThrow();
        return user(OwnPeople.signedIn(account, account.language()));
    }

    /** A valid Latvian school as the registration page posts it. */
    static Map<String, String> aSchool(String legalName, String city, String registrationNumber) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("legalName", legalName);
        form.put("country", "LV");
        form.put("city", city);
        form.put("address", "Skolas iela 1");
        form.put("postcode", "LV-1010");
        form.put("organisationType", "SCHOOL");
        form.put("registrationNumber", registrationNumber);
        form.put("legalRepresentativeName", "Inese Kalniņa");
        form.put("contactName", "Māris Ozols");
        form.put("contactEmail", "maris.ozols@example.lv");
        form.put("contactPhone", "+371 2000 0000");
        form.put("fieldsOfActivity", "SCHOOL_EDUCATION");
        form.put("lookingForPartners", "true");
        form.put("topics", "Digitālās prasmes, inclusion");
        return form;
    }

    /** The school of {@link #aSchool} as the register's use case takes it, in a city and with topics of its own. */
    static OrganisationDetails aSchoolDetails(String legalName, String city, List<String> topics) {
        return new OrganisationDetails(legalName, null, CountryCode.of("LV"), city, "Skolas iela 1", "LV-1010",
                OrganisationType.SCHOOL, null, uniqueNumber(), null, null, null, null, null, "Inese Kalniņa", null,
                null, List.of(new ContactPerson("Māris Ozols", "maris.ozols@example.lv", "+371 2000 0000")),
                List.of("SCHOOL_EDUCATION"), true, topics);
    }

    static MockHttpServletRequestBuilder withForm(MockHttpServletRequestBuilder request, Map<String, String> form) {
        form.forEach((name, value) -> request.param(name, value));
        return request.with(SecurityMockMvcRequestPostProcessors.csrf());
    }

    static String json(Map<String, String> form) {
        StringBuilder json = new StringBuilder("{");
        form.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(name).append("\":");
            if (name.equals("fieldsOfActivity")) {
                json.append("[\"").append(value).append("\"]");
            } else if (name.equals("lookingForPartners")) {
                json.append(value);
            } else {
                json.append('"').append(value.replace("\"", "\\\"")).append('"');
            }
        });
        return json.append('}').toString();
    }
}

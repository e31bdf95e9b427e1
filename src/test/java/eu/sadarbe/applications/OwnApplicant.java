package eu.sadarbe.applications;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.OwnPeople;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.organisations.Oid;
import eu.sadarbe.organisations.domain.ContactPerson;
import eu.sadarbe.organisations.domain.OrganisationDetails;
import eu.sadarbe.organisations.domain.OrganisationRegistration;
import eu.sadarbe.shared.CountryCode;
import eu.sadarbe.shared.OrganisationType;

/**
 * An applicant of a test's own, without the demo data (for module tests): a new account that registered a Latvian
 * VET provider in Valmiera (not in Rīga, where the partner search tests page through the demo's organisations and
 * their own) and so acts for it, under an Organisation ID of its own ({@link #outsideTheDemoRange()}), and the
 * green-skills KA202 document with that organisation as the applicant, declaration signed. Its drafts go to the open
 * 2020 round "Submission tests 9" (deadline 2099), which other tests share.
 */
public record OwnApplicant(AccountSummary account, String oid) {

    public static final String OPEN_ROUND = "Submission tests 9";

    /** Opens the account and registers its organisation, both with values of their own. */
    public static OwnApplicant register(AccountRegister accounts, OrganisationRegistration registration) {
        return register(accounts, registration, OrganisationType.VET_PROVIDER);
    }

    /** The same for an organisation of another type (a school, for KA229). */
    public static OwnApplicant register(AccountRegister accounts, OrganisationRegistration registration,
                                        OrganisationType type) {
        return register(accounts, registration, type, CountryCode.of("LV"), "Valmiera", "LV-4201");
    }

    /** The same in another country's town (not a capital, where partner searches page through the demo's). */
    public static OwnApplicant register(AccountRegister accounts, OrganisationRegistration registration,
                                        CountryCode country, String city, String postcode) {
        return register(accounts, registration, OrganisationType.VET_PROVIDER, country, city, postcode);
    }

    private static OwnApplicant register(AccountRegister accounts, OrganisationRegistration registration,
                                         OrganisationType type, CountryCode country, String city, String postcode) {
        String run = UUID.randomUUID().toString();
        String email = "applicant-" + run + "@example.lv";
        AccountSummary account = accounts.open(email, "Ilga Pieteicēja", "dzeltena laiva kalnā zied",
                Set.of(Role.APPLICANT), null);
        String number = String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L));
        var organisation = registration.register(new OrganisationDetails("Modulu tehnikums " + run, null,
                country, city, "Tehnikuma iela 1", postcode, type, null,
                number, null, null, null, null, null, "Ilga Pieteicēja", null, null,
                List.of(new ContactPerson("Ilga Pieteicēja", email, null)), List.of(), false, List.of()),
                account.id(), null, outsideTheDemoRange());
        return new OwnApplicant(account, organisation.oid().value());
    }

    /**
     * An Organisation ID of a test's own, far from those the demo data gives its organisations (E10000001 to
     * E100002xx). The register issues new IDs from E10000100 on: an organisation registered with a new ID before the
     * demo data loads into the same database would take an ID the demo data gives one of its own, and the full
     * application would then fail to start ({@code NOT_ACTING_FOR_APPLICANT}).
     */
    public static Oid outsideTheDemoRange() {
        return Oid.fromNumber(ThreadLocalRandom.current().nextLong(20_000_000L, 90_000_000L));
    }

    /** The open 2020 KA202 round with a deadline in 2099, defined once per database. */
    public static CallRoundSummary openRound(CallRounds rounds) {
        return rounds.all().stream().filter(round -> OPEN_ROUND.equals(round.label())).findFirst()
                .orElseGet(() -> rounds.define(2020, 9, OPEN_ROUND, Set.of("KA202"),
                        LocalDateTime.of(2099, 12, 31, 12, 0), "tests"));
    }

    /** The applicant's eligible draft in the open round. */
    public ApplicationSummary draft(DraftDesk drafting, CallRounds rounds, String title) {
        return drafting.start(account.id(), document(title), openRound(rounds).id());
    }

    /** The green-skills document (LV applicant, EE and DE partners) with this applicant and the declaration signed. */
    public String document(String title) {
        try (InputStream json = OwnApplicant.class.getResourceAsStream("/api-examples/green-skills.json")) {
            return new String(json.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"Green skills for apprentices\"", "\"" + title + "\"")
                    .replace("\"E10000001\"", "\"" + oid + "\"")
                    .replaceFirst("\\{", "{\"declaration\": {\"accepted\": true, \"signedBy\": \"Ilga Pieteicēja\"}, ");
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    public SignedInUser signedIn() {
        return OwnPeople.signedIn(account);
    }
}

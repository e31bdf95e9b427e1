package eu.sadarbe.assessment.inbox;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationId;

/** The demo people and the demo assessment round's applications, by their application numbers. */
final class BackOfficeUsers {

    static final String ILZE = "ilze.ozola@demo.sadarbe.eu";
    static final String JANIS = "janis.liepa@demo.sadarbe.eu";
    static final String ANNA = "anna.berzina@demo.sadarbe.eu";
    static final String MARTA = "marta.jansone@demo.sadarbe.eu";

    private BackOfficeUsers() {
    }

    static SignedInUser person(AccountRegister accounts, String email, String language) {
        AccountSummary account = accounts.byEmail(email).orElseThrow();
        return new SignedInUser(account.id(), account.email(), account.displayName(), account.roles(),
                account.nationalAgencyCode(), language, true, null);
    }

    /**
     * The demo round's application seeded at {@code index} (0…39 LV01 in order KA201, KA202, KA204; 40…43 KA205 at
     * LV02): the sequence of its number follows the seeding order per agency.
     */
    static ApplicationId demoApplication(JdbcClient jdbc, int index) {
        String agency = index < 40 ? "LV01" : "LV02";
        int sequence = index < 40 ? index + 1 : index - 39;
        return new ApplicationId(jdbc.sql("""
                        SELECT application_id FROM submission WHERE round_number = 2 AND call_year = 2020
                            AND national_agency_code = ? AND application_number LIKE ?""")
                .params(agency, "%-" + "%06d".formatted(sequence)).query(UUID.class).single());
    }
}

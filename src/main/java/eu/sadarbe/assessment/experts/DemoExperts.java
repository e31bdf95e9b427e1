package eu.sadarbe.assessment.experts;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.AccountRegister;

/**
 * The demo experts' pool entries: nine for the Latvian agency LV01 (VIAA), two for LV02 (JSPA). Inese Krūze works
 * for Jelgavas Valsts ģimnāzija (E10000002), a partner of the demo applications, so a conflict of interest shows.
 * Each LV01 action type of the demo assessment round has at least four experts: some applicants apply twice in the
 * round and an expert assesses an applicant only once a round, so two (KA204) or three (KA201) left applications
 * without their two experts, and no third expert could be found (R-AWD-03).
 */
@Component
@Profile("demo")
@Order(20)
class DemoExperts implements ApplicationRunner {

    static final List<DemoExpert> ALL = List.of(
            new DemoExpert("marta.jansone@demo.sadarbe.eu", "LV01", "KA201,KA202,KA229", "lv,en", null),
            new DemoExpert("andris.kalejs@demo.sadarbe.eu", "LV01", "KA202,KA204", "lv,en,ru", null),
            new DemoExpert("liga.vitola@demo.sadarbe.eu", "LV01", "KA201,KA229", "lv,en", null),
            new DemoExpert("raimonds.zarins@demo.sadarbe.eu", "LV01", "KA202,KA203", "lv,en,de", "E10000005"),
            new DemoExpert("inese.kruze@demo.sadarbe.eu", "LV01", "KA201,KA202", "lv,en", "E10000002"),
            new DemoExpert("dace.lace@demo.sadarbe.eu", "LV01", "KA202,KA204,KA203", "lv,en", null),
            new DemoExpert("gatis.ozols@demo.sadarbe.eu", "LV01", "KA202,KA205", "en,lv", null),
            new DemoExpert("aija.liepina@demo.sadarbe.eu", "LV01", "KA204,KA201", "lv,en", null),
            new DemoExpert("valdis.krumins@demo.sadarbe.eu", "LV01", "KA204,KA201", "lv,en,ru", null),
            new DemoExpert("edgars.silins@demo.sadarbe.eu", "LV02", "KA205,KA202", "lv,en", null),
            new DemoExpert("kristine.berga@demo.sadarbe.eu", "LV02", "KA205", "lv,en,fr", null));

    private final JdbcClient jdbc;
    private final AccountRegister accounts;

    DemoExperts(JdbcClient jdbc, AccountRegister accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (DemoExpert demo : ALL) {
            accounts.byEmail(demo.email()).filter(account -> jdbc.sql(
                            "SELECT COUNT(*) FROM assessment_expert WHERE account_id = ?")
                    .param(account.id().value()).query(Integer.class).single() == 0)
                    .ifPresent(account -> jdbc.sql("""
                                    INSERT INTO assessment_expert (account_id, email, display_name,
                                        national_agency_code, fields, languages, country_code, organisation_oid)
                                    VALUES (?, ?, ?, ?, ?, ?, 'LV', ?)""")
                            .params(account.id().value(), account.email(), account.displayName(), demo.agency(),
                                    demo.fields(), demo.languages(), demo.organisationOid())
                            .update());
        }
    }

    record DemoExpert(String email, String agency, String fields, String languages,
                      @Nullable String organisationOid) {
    }
}

package eu.sadarbe.demo;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.experts.ExpertPool;

/**
 * The demo experts' pool entries, kept by the agency's demo officer as on the pool page: nine for the Latvian agency
 * LV01 (VIAA), two for LV02 (JSPA). Inese Krūze works for Jelgavas Valsts ģimnāzija (E10000002), a partner of the
 * demo applications, so a conflict of interest shows. Each LV01 action type of the demo assessment round has at
 * least four experts: some applicants apply twice in the round and an expert assesses an applicant only once a
 * round, so two (KA204) or three (KA201) left applications without their two experts, and no third expert could be
 * found (R-AWD-03).
 */
@Component
@Profile("demo")
@Order(20)
class DemoExperts implements ApplicationRunner {

    private static final Map<String, String> OFFICERS = Map.of("LV01", DemoAccounts.ILZE, "LV02", DemoAccounts.JANIS);

    static final List<DemoExpert> ALL = List.of(
            new DemoExpert("marta.jansone@demo.sadarbe.eu", "LV01", "KA201,KA202,KA229", "lv,en", null),
            new DemoExpert("andris.kalejs@demo.sadarbe.eu", "LV01", "KA202,KA204", "lv,en,ru", null),
            new DemoExpert("liga.vitola@demo.sadarbe.eu", "LV01", "KA201,KA229", "lv,en", null),
            new DemoExpert("raimonds.zarins@demo.sadarbe.eu", "LV01", "KA202,KA203", "lv,en,de",
                    DemoCast.UNIVERSITY_OF_LATVIA.oid()),
            new DemoExpert("inese.kruze@demo.sadarbe.eu", "LV01", "KA201,KA202", "lv,en",
                    DemoCast.JELGAVA_STATE_GYMNASIUM.oid()),
            new DemoExpert("dace.lace@demo.sadarbe.eu", "LV01", "KA202,KA204,KA203", "lv,en", null),
            new DemoExpert("gatis.ozols@demo.sadarbe.eu", "LV01", "KA202,KA205", "en,lv", null),
            new DemoExpert("aija.liepina@demo.sadarbe.eu", "LV01", "KA204,KA201", "lv,en", null),
            new DemoExpert("valdis.krumins@demo.sadarbe.eu", "LV01", "KA204,KA201", "lv,en,ru", null),
            new DemoExpert("edgars.silins@demo.sadarbe.eu", "LV02", "KA205,KA202", "lv,en", null),
            new DemoExpert("kristine.berga@demo.sadarbe.eu", "LV02", "KA205", "lv,en,fr", null));

    private final ExpertPool pool;
    private final AccountRegister accounts;

    DemoExperts(ExpertPool pool, AccountRegister accounts) {
        this.pool = pool;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoExpert demo : ALL) {
            var officer = accounts.byEmail(OFFICERS.get(demo.agency())).map(DemoAccounts::signedIn);
            var expert = accounts.byEmail(demo.email());
            if (officer.isPresent() && expert.isPresent() && pool.byAccount(expert.get().id()).isEmpty()) {
                keep(officer.get(), demo);
            }
        }
    }

    private void keep(SignedInUser officer, DemoExpert demo) {
        pool.keep(officer, demo.email(), List.of(demo.fields().split(",")), List.of(demo.languages().split(",")),
                "LV", demo.organisationOid());
    }

    record DemoExpert(String email, String agency, String fields, String languages,
                      @Nullable String organisationOid) {
    }
}

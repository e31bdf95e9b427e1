package eu.sadarbe.assessment;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.experts.ExpertPool;

/**
 * A module test's own experts in the pool of EE01 (where {@link ModuleTestData#draftForEe01} sends applications),
 * kept by EE01's officer of its own: they assess KA202 in English and Latvian. {@link #retire()} takes their action
 * types away once the test is done, so that the next test's suggestions pick only its own experts.
 */
public final class OwnExperts {

    public static final String AGENCY = "EE01";

    private final ModuleTestData data;
    private final ExpertPool pool;
    private final SignedInUser officer;
    private final List<SignedInUser> experts = new ArrayList<>();

    public OwnExperts(ModuleTestData data, ExpertPool pool) {
        this.data = data;
        this.pool = pool;
        this.officer = data.person("Kati Tamm", Role.NA_OFFICER, AGENCY);
    }

    /** EE01's officer with four KA202 experts of the test's own, where the scoring tests start. */
    public static OwnExperts four(ModuleTestData data, ExpertPool pool) {
        OwnExperts experts = new OwnExperts(data, pool);
        for (String name : List.of("Mari Kask", "Jaan Saar", "Liis Mets", "Peeter Tamm")) {
            experts.expert(name, null);
        }
        return experts;
    }

    public SignedInUser officer() {
        return officer;
    }

    /** A new KA202 expert in EE01's pool, working for the organisation if one is given. */
    public SignedInUser expert(String name, @Nullable String organisationOid) {
        SignedInUser expert = data.person(name, Role.EXPERT, null);
        pool.keep(officer, expert.email(), List.of("KA202"), List.of("en", "lv"), "EE", organisationOid);
        experts.add(expert);
        return expert;
    }

    /** The expert of this test with the address. */
    public SignedInUser byEmail(String email) {
        return experts.stream().filter(expert -> expert.email().equals(email)).findFirst().orElseThrow();
    }

    public List<SignedInUser> all() {
        return List.copyOf(experts);
    }

    public void retire() {
        experts.forEach(expert -> pool.keep(officer, expert.email(), List.of(), List.of("en", "lv"), "EE", null));
    }
}

package eu.sadarbe.assessment.experts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import eu.sadarbe.accounts.ExpertAppointed;

/**
 * An expert appointed by an administrator joins the agency's pool at once, reading their own language and living
 * in the agency's country; the agency's officers then record the action types they assess (until then no
 * application is offered to them).
 */
@Component
class PoolOfAppointedExperts {

    private final JdbcClient jdbc;

    PoolOfAppointedExperts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(ExpertAppointed appointed) {
        boolean inAPool = jdbc.sql("SELECT COUNT(*) FROM assessment_expert WHERE account_id = ?")
                .param(appointed.account().value()).query(Integer.class).single() > 0;
        if (inAPool) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO assessment_expert (account_id, email, display_name, national_agency_code, fields,
                            languages, country_code, organisation_oid) VALUES (?, ?, ?, ?, '', ?, ?, NULL)""")
                .params(appointed.account().value(), appointed.email(), appointed.displayName(),
                        appointed.nationalAgencyCode(), appointed.language(),
                        appointed.nationalAgencyCode().substring(0, 2))
                .update();
    }
}

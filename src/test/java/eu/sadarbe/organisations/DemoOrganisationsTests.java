package eu.sadarbe.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.AccountRegister;

@SadarbeTest
class DemoOrganisationsTests {

    @Autowired
    OrganisationRegister register;
    @Autowired
    AccountRegister accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    java.util.List<ApplicationRunner> runners;

    @Test
    void seedsLatvianAndOtherOrganisationsForTheDemoApplicantsOnce() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM organisation").query(Long.class).single();
        for (ApplicationRunner runner : runners) {
            if (runner.getClass().getSimpleName().startsWith("DemoOrganisations")) {
                runner.run(new DefaultApplicationArguments());
            }
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM organisation").query(Long.class).single()).isEqualTo(before);

        assertThat(register.byOid(Oid.of("E10000001")).orElseThrow().legalName()).isEqualTo("Rīgas Valsts tehnikums");
        assertThat(register.placeOf(Oid.of("E10000003")).orElseThrow().city()).isEqualTo("Tallinn");
        assertThat(register.byOid(Oid.of("E10000005")).orElseThrow().echeCode()).isEqualTo("LV RIGA01");
        var anna = accounts.byEmail("anna.berzina@demo.sadarbe.eu").orElseThrow().id();
        assertThat(register.actingFor(anna)).extracting(OrganisationSummary::legalName)
                .contains("Rīgas Valsts tehnikums", "Jelgavas Valsts ģimnāzija");
    }
}

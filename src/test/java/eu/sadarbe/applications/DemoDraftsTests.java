package eu.sadarbe.applications;

import static eu.sadarbe.applications.DraftDocuments.ANNA;
import static eu.sadarbe.applications.DraftDocuments.PETERIS;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.AccountRegister;

/** The demo profile holds Anna's draft in the open demo round, with Pēteris invited to edit. */
@SadarbeTest
class DemoDraftsTests {

    @Autowired
    ApplicationRegister register;
    @Autowired
    AccountRegister accounts;

    @Test
    void annaCoordinatesADraftThatPeterisMayEdit() {
        var anna = accounts.byEmail(ANNA).orElseThrow().id();
        var peteris = accounts.byEmail(PETERIS).orElseThrow().id();
        ApplicationSummary demo = register.actingFor(anna).stream()
                .filter(draft -> "Zaļās prasmes mācekļiem (demo)".equals(draft.title())).findFirst().orElseThrow();
        assertThat(demo.applicantOid()).isEqualTo("E10000001");
        assertThat(register.mayEdit(peteris, demo.id())).isTrue();
        assertThat(register.document(demo.id()).organisations()).hasSize(3);
    }
}

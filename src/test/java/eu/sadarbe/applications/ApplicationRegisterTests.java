package eu.sadarbe.applications;

import static eu.sadarbe.applications.DraftDocuments.ANNA;
import static eu.sadarbe.applications.DraftDocuments.PETERIS;
import static eu.sadarbe.applications.DraftDocuments.annasDocument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.applications.document.DocumentJson;

/** The module's API as submission uses it: find, who may see, the document, and freezing one version. */
@SadarbeTest
class ApplicationRegisterTests {

    @Autowired
    ApplicationRegister register;
    @Autowired
    DraftDesk drafting;
    @Autowired
    AccountRegister accounts;

    AccountId account(String email) {
        return accounts.byEmail(email).orElseThrow().id();
    }

    ApplicationSummary annasDraft() {
        return drafting.start(account(ANNA), annasDocument("Green skills for apprentices"), null);
    }

    @Test
    void aDraftStartsInTheOpenRoundOfItsCallYearAndActionType() {
        ApplicationSummary draft = annasDraft();
        assertThat(draft.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(draft.version()).isEqualTo(1);
        assertThat(draft.applicantOid()).isEqualTo("E10000001");
        assertThat(draft.applicantCountry()).isEqualTo("LV");
        assertThat(register.find(draft.id())).contains(draft);
        assertThat(register.document(draft.id()).organisations()).hasSize(3);
    }

    @Test
    void onlyTheApplicantsUsersAndInvitedUsersSeeADraft() {
        ApplicationSummary draft = annasDraft();
        assertThat(register.actingFor(account(ANNA))).extracting(ApplicationSummary::id).contains(draft.id());
        assertThat(register.mayView(account(PETERIS), draft.id())).isFalse();
        assertThat(register.actingFor(account(PETERIS))).extracting(ApplicationSummary::id).doesNotContain(draft.id());
        drafting.invite(account(ANNA), draft.id(), PETERIS, Access.VIEW);
        assertThat(register.mayView(account(PETERIS), draft.id())).isTrue();
        assertThat(register.mayEdit(account(PETERIS), draft.id())).isFalse();
        drafting.invite(account(ANNA), draft.id(), PETERIS, Access.EDIT);
        assertThat(register.mayEdit(account(PETERIS), draft.id())).isTrue();
        assertThat(register.actingFor(account(PETERIS))).extracting(ApplicationSummary::id).contains(draft.id());
    }

    @Test
    void freezingGivesTheCanonicalDocumentOfExactlyThatVersion() {
        ApplicationSummary draft = annasDraft();
        FrozenApplication frozen = register.freeze(draft.id(), 1);
        assertThat(frozen.summary().status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(frozen.summary().version()).isEqualTo(1);
        assertThat(frozen.canonicalJson()).startsWith("{\"actionType\":\"KA202\",\"callYear\":2020,")
                .contains("\"description\":{\"needs\":\"Zaļās prasmes mācekļiem\"}")
                .contains("\"eligibleCost\":4000.00")
                .doesNotContain(" \"", "\n");
        assertThat(frozen.document().title()).isEqualTo("Green skills for apprentices");
        assertThat(register.freeze(draft.id(), 1).canonicalJson()).isEqualTo(frozen.canonicalJson());
    }

    @Test
    void freezingAVersionThatMovedOnIsRefused() {
        ApplicationSummary draft = annasDraft();
        drafting.saveSection(account(ANNA), draft.id(), DraftSection.NEEDS,
                DocumentJson.object("{\"needs\": \"Jauns teksts\"}"), 1);
        assertThatThrownBy(() -> register.freeze(draft.id(), 1)).isInstanceOf(ApplicationChanged.class);
        assertThat(register.freeze(draft.id(), 2).canonicalJson()).contains("Jauns teksts");
    }

    @Test
    void aWithdrawnApplicationCannotBeFrozen() {
        ApplicationSummary draft = annasDraft();
        ApplicationSummary withdrawn = drafting.withdraw(account(ANNA), draft.id(), "Partner left");
        assertThatThrownBy(() -> register.freeze(draft.id(), withdrawn.version()))
                .isInstanceOf(ApplicationWithdrawn.class);
    }
}

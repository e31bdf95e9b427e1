package eu.sadarbe.applications;

import static eu.sadarbe.applications.DraftDocuments.annasDocument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.applications.document.DocumentJson;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.organisations.domain.OrganisationRegistration;

/**
 * The module's API as submission uses it: find, who may see, the document, and freezing one version. A module test
 * of applications with what it depends on (issue #14, item 8), without the demo data: Anna's school and Pēteris's
 * partner school are each an {@link OwnApplicant} of the test's own, in Anna's document ({@link DraftDocuments}), and
 * the open 2020 KA202 round is at least {@link OwnApplicant#openRound}. The demo's own drafts are in
 * {@link DemoDraftsTests}.
 */
@ModuleTest
class ApplicationRegisterTests {

    @Autowired
    ApplicationRegister register;
    @Autowired
    DraftDesk drafting;
    @Autowired
    AccountRegister accounts;
    @Autowired
    OrganisationRegistration registration;
    @Autowired
    CallRounds rounds;

    /** Anna's place: acts for the applicant. */
    OwnApplicant applicant;
    /** Pēteris's place: acts for a partner in the document, not for the applicant. */
    OwnApplicant partner;

    @BeforeEach
    void applicantPartnerAndOpenRound() {
        applicant = OwnApplicant.register(accounts, registration);
        partner = OwnApplicant.register(accounts, registration);
        OwnApplicant.openRound(rounds);
    }

    AccountId anna() {
        return applicant.account().id();
    }

    AccountId peteris() {
        return partner.account().id();
    }

    /** Anna's document with the test's applicant in place of E10000001 and its partner in place of E10000003. */
    ApplicationSummary annasDraft() {
        String document = annasDocument("Green skills for apprentices")
                .replace("\"E10000001\"", "\"" + applicant.oid() + "\"")
                .replace("\"E10000003\"", "\"" + partner.oid() + "\"");
        return drafting.start(anna(), document, null);
    }

    @Test
    void aDraftStartsInTheOpenRoundOfItsCallYearAndActionType() {
        ApplicationSummary draft = annasDraft();
        assertThat(draft.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(draft.version()).isEqualTo(1);
        assertThat(draft.applicantOid()).isEqualTo(applicant.oid());
        assertThat(draft.applicantCountry()).isEqualTo("LV");
        assertThat(register.find(draft.id())).contains(draft);
        assertThat(register.document(draft.id()).organisations()).hasSize(3);
    }

    @Test
    void onlyTheApplicantsUsersAndInvitedUsersSeeADraft() {
        ApplicationSummary draft = annasDraft();
        assertThat(register.actingFor(anna())).extracting(ApplicationSummary::id).contains(draft.id());
        assertThat(register.mayView(peteris(), draft.id())).isFalse();
        assertThat(register.actingFor(peteris())).extracting(ApplicationSummary::id).doesNotContain(draft.id());
        drafting.invite(anna(), draft.id(), partner.account().email(), Access.VIEW);
        assertThat(register.mayView(peteris(), draft.id())).isTrue();
        assertThat(register.mayEdit(peteris(), draft.id())).isFalse();
        drafting.invite(anna(), draft.id(), partner.account().email(), Access.EDIT);
        assertThat(register.mayEdit(peteris(), draft.id())).isTrue();
        assertThat(register.actingFor(peteris())).extracting(ApplicationSummary::id).contains(draft.id());
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
        drafting.saveSection(anna(), draft.id(), DraftSection.NEEDS,
                DocumentJson.object("{\"needs\": \"Jauns teksts\"}"), 1);
        assertThatThrownBy(() -> register.freeze(draft.id(), 1)).isInstanceOf(ApplicationChanged.class);
        assertThat(register.freeze(draft.id(), 2).canonicalJson()).contains("Jauns teksts");
    }

    @Test
    void aWithdrawnApplicationCannotBeFrozen() {
        ApplicationSummary draft = annasDraft();
        ApplicationSummary withdrawn = drafting.withdraw(anna(), draft.id(), "Partner left");
        assertThatThrownBy(() -> register.freeze(draft.id(), withdrawn.version()))
                .isInstanceOf(ApplicationWithdrawn.class);
    }
}

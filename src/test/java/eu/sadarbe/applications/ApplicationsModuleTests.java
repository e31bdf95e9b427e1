package eu.sadarbe.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.Scenario;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountErased;
import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.organisations.domain.OrganisationRegistration;

/**
 * The applications module with only what it depends on (calls, organisations, accounts, shared, web), no demo data,
 * and Spring Modulith's {@link Scenario}: starting a draft announces it with its round and applicant, and when the
 * accounts module announces an erased account, the invitations to drafts that wait for its address go (GDPR
 * Art. 17, issue #15). A module test (issue #14, item 8).
 */
@ModuleTest
@AutoConfigureMockMvc   // none of its own requests: it shares the context of the module's page tests
class ApplicationsModuleTests {

    @Autowired AccountRegister accounts;
    @Autowired OrganisationRegistration registration;
    @Autowired CallRounds rounds;
    @Autowired DraftDesk drafting;

    @Test
    void startingADraftAnnouncesItWithItsRoundAndApplicant(Scenario scenario) {
        OwnApplicant applicant = OwnApplicant.register(accounts, registration);
        CallRoundSummary round = OwnApplicant.openRound(rounds);

        scenario.stimulate(() -> drafting.start(applicant.account().id(), applicant.document("Jauns melnraksts"),
                        round.id()))
                .andWaitForEventOfType(DraftStarted.class)
                .matching(started -> started.applicantOid().equals(applicant.oid()))
                .toArriveAndVerify((started, draft) -> {
                    assertThat(started.application()).isEqualTo(draft.id());
                    assertThat(started.round()).isEqualTo(round.id());
                    assertThat(draft.status()).isEqualTo(ApplicationStatus.DRAFT);
                });
    }

    @Test
    void anErasedAccountsInvitationsToDraftsGoAndOthersStay(Scenario scenario) {
        OwnApplicant applicant = OwnApplicant.register(accounts, registration);
        AccountId coordinator = applicant.account().id();
        ApplicationSummary draft = applicant.draft(drafting, rounds, "Ielūgumi partneriem");
        String erased = "erased-" + UUID.randomUUID() + "@example.ee";
        String staying = "staying-" + UUID.randomUUID() + "@example.de";
        drafting.invite(coordinator, draft.id(), erased, Access.EDIT);
        drafting.invite(coordinator, draft.id(), staying, Access.VIEW);
        assertThat(drafting.pendingInvitations(coordinator, draft.id())).hasSize(2);

        scenario.publish(new AccountErased(new AccountId(UUID.randomUUID()), erased))
                .andWaitForStateChange(() -> drafting.pendingInvitations(coordinator, draft.id()),
                        pending -> pending.size() == 1)
                .andVerify(pending -> assertThat(pending).extracting(Invitation::email).containsExactly(staying));
    }
}

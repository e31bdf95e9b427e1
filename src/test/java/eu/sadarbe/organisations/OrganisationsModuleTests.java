package eu.sadarbe.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.Scenario;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountErased;
import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.applications.OwnApplicant;
import eu.sadarbe.organisations.domain.Actor;
import eu.sadarbe.organisations.domain.ContactPerson;
import eu.sadarbe.organisations.domain.MembershipInvitations;
import eu.sadarbe.organisations.domain.Organisation;
import eu.sadarbe.organisations.domain.OrganisationDetails;
import eu.sadarbe.organisations.domain.OrganisationRegistration;
import eu.sadarbe.shared.CountryCode;
import eu.sadarbe.shared.OrganisationType;

/**
 * The organisations module with only what it depends on (accounts, calls, places, shared, web), no demo data, and
 * Spring Modulith's {@link Scenario}: when the accounts module announces an erased account, the pending invitations to
 * its address go (personal data). A module test (issue #14, item 8), with MockMvc so that the module's page tests
 * ({@link PartnerSearchTests} and others) share its context.
 */
@ModuleTest
@AutoConfigureMockMvc
class OrganisationsModuleTests {

    @Autowired AccountRegister accounts;
    @Autowired OrganisationRegistration registration;
    @Autowired MembershipInvitations invitations;

    @Test
    void anErasedAccountsPendingInvitationsGo(Scenario scenario) {
        String run = UUID.randomUUID().toString();
        AccountSummary coordinator = accounts.open("coordinator-" + run + "@example.lv", "Līga Koordinatore",
                "dzeltena laiva kalnā zied", Set.of(Role.APPLICANT), null);
        Organisation school = registration.register(new OrganisationDetails("Modulu skola " + run, null,
                CountryCode.of("LV"), "Valmiera", "Skolas iela 1", "LV-4201", OrganisationType.SCHOOL, null,
                "9000" + Math.abs(run.hashCode()), null, null, null, null, null, "Anna Direktore", null, null,
                List.of(new ContactPerson("Līga Koordinatore", "coordinator-" + run + "@example.lv", null)),
                List.of(), false, List.of()), coordinator.id(), null, OwnApplicant.outsideTheDemoRange());
        String invitee = "invitee-" + run + "@example.lv";
        Actor coordinating = new Actor(coordinator.id(), coordinator.roles(), null);
        invitations.invite(school.oid(), invitee, coordinating);
        assertThat(invitations.pendingOf(school.oid(), coordinating)).hasSize(1);

        scenario.publish(new AccountErased(new AccountId(UUID.randomUUID()), invitee))
                .andWaitForStateChange(() -> invitations.pendingOf(school.oid(), coordinating), List::isEmpty)
                .andVerify(pending -> assertThat(invitations.pendingFor(invitee)).isEmpty());
    }
}

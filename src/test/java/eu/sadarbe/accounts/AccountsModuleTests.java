package eu.sadarbe.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.Scenario;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.administration.UserAdministration;
import eu.sadarbe.web.MailServer;

/**
 * The accounts module with only what it depends on (calls, shared, web), no demo data, and Spring Modulith's
 * {@link Scenario} for its events: opening an expert's account announces the appointment, which the assessment module
 * takes into its expert pool. A module test (issue #14, item 8): its context starts in a few seconds beside the shared
 * one. It sends no request and no e-mail, but is annotated as the module's page tests ({@code SelfServiceTests},
 * {@code UserAdministrationTests}) are, so that it shares their context.
 */
@ModuleTest
@Import({SettableClockInAccounts.class, MailServer.class})
@AutoConfigureMockMvc
class AccountsModuleTests {

    @Autowired
    UserAdministration administration;

    @Test
    void anExpertsNewAccountAnnouncesTheAppointment(Scenario scenario) {
        String email = "expert-" + UUID.randomUUID() + "@example.lv";
        scenario.stimulate(() -> administration.open(email, "Modulu Eksperte", Role.EXPERT, "LV01"))
                .andWaitForEventOfType(ExpertAppointed.class)
                .matching(appointed -> appointed.email().equals(email))
                .toArriveAndVerify(appointed -> assertThat(appointed.nationalAgencyCode()).isEqualTo("LV01"));
    }
}

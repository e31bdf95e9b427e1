package eu.sadarbe.assessment.experts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.OwnApplicant;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.submission.SettableClock;

/**
 * The officer keeps the agency's pool of experts and their recorded relations; nobody else may; an expert whose account
 * an administrator opens joins the agency's pool. A module test of assessment with its pages and the security chain
 * (accounts' administration pages among them), on officers and experts of its own: the experts assess no action type,
 * so that no suggestion for another test's round picks them.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
@Import(SettableClock.AsTheClock.class)
class ExpertPoolPageTests {

    @Autowired MockMvc mvc;
    @Autowired BeanFactory beans;
    @Autowired ExpertPool pool;
    @Autowired AccountRegister register;
    @Autowired JdbcClient jdbc;

    ModuleTestData data;
    SignedInUser officer;
    SignedInUser otherAgencysOfficer;
    SignedInUser expert;
    SignedInUser otherAgencysExpert;
    String organisation;

    @BeforeEach
    void twoAgenciesWithAnExpertEach() {
        data = new ModuleTestData("assessment", beans);
        officer = data.person("Ilze Ozola", Role.NA_OFFICER, "LV01");
        otherAgencysOfficer = data.person("Jānis Liepa", Role.NA_OFFICER, "LV02");
        expert = data.person("Inese Krūze " + officer.id(), Role.EXPERT, null);
        otherAgencysExpert = data.person("Kristīne Berga " + officer.id(), Role.EXPERT, null);
        organisation = OwnApplicant.outsideTheDemoRange().value();
        pool.keep(officer, expert.email(), List.of(), List.of("lv", "en"), "LV", organisation);
        pool.keep(otherAgencysOfficer, otherAgencysExpert.email(), List.of(), List.of("lv"), "LV", null);
    }

    @Test
    void theOfficerSeesTheAgencysPoolOnly() throws Exception {
        mvc.perform(get("/agency/experts").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(expert.displayName())))
                .andExpect(content().string(containsString(organisation)))
                .andExpect(content().string(not(containsString(otherAgencysExpert.displayName()))));
        mvc.perform(get("/agency/experts").with(user(otherAgencysOfficer)))
                .andExpect(content().string(containsString(otherAgencysExpert.displayName())))
                .andExpect(content().string(not(containsString(expert.displayName()))));
    }

    @Test
    void onlyExpertAccountsJoinThePoolAndFormErrorsAreExplained() throws Exception {
        SignedInUser applicant = data.person("Anna Bērziņa", Role.APPLICANT, null);
        mvc.perform(post("/agency/experts").with(user(officer)).with(csrf())
                        .param("email", applicant.email()).param("fields", "KA202")
                        .param("languages", "lv,en").param("country", "LV").param("organisationOid", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no account with the expert role")));
        mvc.perform(post("/agency/experts").with(user(officer)).with(csrf())
                        .param("email", expert.email()).param("languages", "latvian")
                        .param("country", "LV").param("organisationOid", "123"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose at least one action type.")))
                .andExpect(content().string(containsString("Enter languages as two-letter codes")))
                .andExpect(content().string(containsString("Enter an Organisation ID like E10000001.")));
    }

    @Test
    void valuesLongerThanTheirColumnsAreExplainedNotAnswered500() throws Exception {
        mvc.perform(post("/agency/experts/" + expert.id()).with(user(officer)).with(csrf())
                        .param("email", expert.email()).param("fields", "x".repeat(100_000))
                        .param("languages", "lv," + "en,".repeat(200) + "de").param("country", "LV")
                        .param("organisationOid", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose at least one action type.")))
                .andExpect(content().string(containsString("Enter languages as two-letter codes")));
    }

    @Test
    void theOfficerRecordsARelationAndAnotherAgencyMayNotTouchTheExpert() throws Exception {
        String page = "/agency/experts/" + expert.id();
        String related = OwnApplicant.outsideTheDemoRange().value();

        mvc.perform(post(page + "/relations").with(user(officer)).with(csrf())
                        .param("organisationOid", related).param("note", "Board member 2015–2017"))
                .andExpect(redirectedUrl(page));
        mvc.perform(get(page).with(user(officer)))
                .andExpect(content().string(containsString("Board member 2015–2017")));
        ExpertRelation relation = pool.relationsOf(expert.id()).stream()
                .filter(found -> found.organisationOid().equals(related)).findFirst().orElseThrow();

        mvc.perform(get(page).with(user(otherAgencysOfficer))).andExpect(status().isForbidden());
        mvc.perform(post(page + "/relations").with(user(otherAgencysOfficer)).with(csrf())
                        .param("organisationOid", OwnApplicant.outsideTheDemoRange().value())
                        .param("note", "Not mine to say"))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/relations/" + relation.id() + "/removal").with(user(officer)).with(csrf()))
                .andExpect(redirectedUrl(page));
        assertThat(pool.relationsOf(expert.id())).isEmpty();
    }

    @Test
    void anExpertWhoseAccountAnAdministratorOpensJoinsTheAgencysPool() throws Exception {
        SignedInUser administrator = data.person("Test Administrator", Role.ADMIN, null);
        String email = "expert-" + UUID.randomUUID() + "@example.eu";
        mvc.perform(post("/admin/users").with(user(administrator)).with(csrf()).param("email", email)
                        .param("displayName", "Eksperts Jaunais").param("role", "EXPERT").param("agency", "LV01"))
                .andExpect(status().is3xxRedirection());
        assertThat(register.byEmail(email).orElseThrow().roles()).containsExactly(Role.EXPERT);
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                        "SELECT national_agency_code FROM assessment_expert WHERE email = :email")
                .param("email", email).query(String.class).optional()).hasValue("LV01"));
        mvc.perform(get("/agency/experts").with(user(officer))).andExpect(content().string(containsString(email)));
    }
}

package eu.sadarbe.assessment.inbox;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.OwnPeople;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionSummary;

/**
 * Only an agency's own officers open its back office, on pages and over REST: never another agency's officer, an
 * applicant or an expert; anonymous callers sign in first (pages) or get 401 (REST). A module test of assessment with
 * its pages (and so the real security chain), on submissions of its own to LV01 and EE01 and people of its own.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
@Import(SettableClock.AsTheClock.class)
class BackOfficeAccessTests {

    @Autowired MockMvc mvc;
    @Autowired BeanFactory beans;
    @Autowired InboxEntries entries;

    ModuleTestData data;
    SignedInUser lv01Officer;
    SignedInUser ee01Officer;

    @BeforeEach
    void officersOfLv01AndEe01() {
        data = new ModuleTestData("assessment", beans);
        lv01Officer = data.person("Ilze Ozola", Role.NA_OFFICER, "LV01");
        ee01Officer = data.person("Kati Tamm", Role.NA_OFFICER, "EE01");
    }

    @Test
    void anOfficerSeesTheApplicationsOfTheirOwnAgencyOnly() throws Exception {
        String lv01Title = "Seen by LV01 " + UUID.randomUUID();
        String ee01Title = "Seen by EE01 " + UUID.randomUUID();
        SubmissionSummary lv01 = inTheInbox(data.submit(data.draft(lv01Title)));
        SubmissionSummary ee01 = inTheInbox(data.submit(data.draftForEe01(ee01Title)));
        String round = ModuleTestData.CALL_YEAR + "-" + data.round().roundNumber();
        mvc.perform(get("/agency/applications").with(user(lv01Officer)).param("round", round)
                        .param("search", lv01Title))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(lv01.applicationNumber())));
        mvc.perform(get("/agency/applications").with(user(lv01Officer)).param("round", round))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("-EE01-"))));
        mvc.perform(get("/agency/applications").with(user(lv01Officer)).param("round", round)
                        .param("search", ee01Title))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(ee01.applicationNumber()))));
        mvc.perform(get("/agency/applications").with(user(ee01Officer)).param("round", round)
                        .param("search", ee01Title))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ee01.applicationNumber())));
        mvc.perform(get("/agency/applications").with(user(ee01Officer)).param("round", round))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("-LV01-"))));
        mvc.perform(get("/agency/applications").with(user(ee01Officer)).param("round", round)
                        .param("search", lv01Title))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(lv01.applicationNumber()))));
    }

    @Test
    void anotherAgencysOfficerFindsNoSuchApplicationOnThePageAndIsForbiddenOverRest() throws Exception {
        var lv01 = inTheInbox(data.submit(data.draft("Not EE01's"))).applicationId();
        String other = ee01Officer.email();
        mvc.perform(get("/agency/applications/{id}", lv01).with(user(ee01Officer)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/agency/applications/{id}/formal-check", lv01).with(csrf()).with(user(ee01Officer))
                        .param("outcome", "ELIGIBLE"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/agency/LV01/applications").with(httpBasic(other, OwnPeople.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/agency/LV01/applications/{id}", lv01).with(httpBasic(other, OwnPeople.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/agency/EE01/applications/{id}", lv01).with(httpBasic(other, OwnPeople.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/agency/LV01/applications/{id}/formal-check", lv01)
                        .with(httpBasic(other, OwnPeople.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"eligible\": true}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void applicantsAndExpertsAreRefused() throws Exception {
        var lv01 = inTheInbox(data.submit(data.draft("Refused to others"))).applicationId();
        for (SignedInUser person : new SignedInUser[] {data.person("Anna Bērziņa", Role.APPLICANT, null),
                data.person("Marta Jansone", Role.EXPERT, null)}) {
            mvc.perform(get("/agency/applications").with(user(person))).andExpect(status().isForbidden());
            mvc.perform(get("/agency/applications/{id}", lv01).with(user(person)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/agency/LV01/applications").with(httpBasic(person.email(), OwnPeople.PASSWORD)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/agency/LV01/applications/{id}/formal-check", lv01)
                            .with(httpBasic(person.email(), OwnPeople.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"eligible\": true}"))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void anonymousCallersSignInFirstOrGet401() throws Exception {
        mvc.perform(get("/agency/applications").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/agency/LV01/applications")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/agency/LV01/applications").with(httpBasic(lv01Officer.email(), "wrong password")))
                .andExpect(status().isUnauthorized());
    }

    private SubmissionSummary inTheInbox(SubmissionSummary submission) {
        await().atMost(Duration.ofSeconds(30)).until(() -> entries.find(submission.applicationId()).isPresent());
        return submission;
    }
}

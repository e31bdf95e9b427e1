package eu.sadarbe.assessment.experts;

import static eu.sadarbe.assessment.AssessmentFixtures.ILZE;
import static eu.sadarbe.assessment.AssessmentFixtures.JANIS;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.submission.SubmissionTest;

/** The officer keeps the agency's pool of experts and their recorded relations; nobody else may. */
@SubmissionTest
class ExpertPoolPageTests {

    @Autowired MockMvc mvc;
    @Autowired AccountRegister accounts;
    @Autowired ExpertPool pool;

    @Test
    void theOfficerSeesTheAgencysPoolOnly() throws Exception {
        mvc.perform(get("/agency/experts").with(user(person(ILZE))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Inese Krūze")))
                .andExpect(content().string(containsString("E10000002")))
                .andExpect(content().string(not(containsString("Kristīne Berga"))));
        mvc.perform(get("/agency/experts").with(user(person(JANIS))))
                .andExpect(content().string(containsString("Kristīne Berga")))
                .andExpect(content().string(not(containsString("Inese Krūze"))));
    }

    @Test
    void onlyExpertAccountsJoinThePoolAndFormErrorsAreExplained() throws Exception {
        mvc.perform(post("/agency/experts").with(user(person(ILZE))).with(csrf())
                        .param("email", "anna.berzina@demo.sadarbe.eu").param("fields", "KA202")
                        .param("languages", "lv,en").param("country", "LV").param("organisationOid", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no account with the expert role")));
        mvc.perform(post("/agency/experts").with(user(person(ILZE))).with(csrf())
                        .param("email", "dace.lace@demo.sadarbe.eu").param("languages", "latvian")
                        .param("country", "LV").param("organisationOid", "123"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose at least one action type.")))
                .andExpect(content().string(containsString("Enter languages as two-letter codes")))
                .andExpect(content().string(containsString("Enter an Organisation ID like E10000001.")));
    }

    @Test
    void valuesLongerThanTheirColumnsAreExplainedNotAnswered500() throws Exception {
        AccountSummary gatis = accounts.byEmail("gatis.ozols@demo.sadarbe.eu").orElseThrow();
        mvc.perform(post("/agency/experts/" + gatis.id()).with(user(person(ILZE))).with(csrf())
                        .param("email", "gatis.ozols@demo.sadarbe.eu").param("fields", "x".repeat(100_000))
                        .param("languages", "lv," + "en,".repeat(200) + "de").param("country", "LV")
                        .param("organisationOid", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose at least one action type.")))
                .andExpect(content().string(containsString("Enter languages as two-letter codes")));
    }

    @Test
    void theOfficerRecordsARelationAndAnotherAgencyMayNotTouchTheExpert() throws Exception {
        AccountSummary gatis = accounts.byEmail("gatis.ozols@demo.sadarbe.eu").orElseThrow();
        String page = "/agency/experts/" + gatis.id();

        mvc.perform(post(page + "/relations").with(user(person(ILZE))).with(csrf())
                        .param("organisationOid", "E10000099").param("note", "Board member 2015–2017"))
                .andExpect(redirectedUrl(page));
        mvc.perform(get(page).with(user(person(ILZE))))
                .andExpect(content().string(containsString("Board member 2015–2017")));
        ExpertRelation relation = pool.relationsOf(gatis.id()).stream()
                .filter(found -> found.organisationOid().equals("E10000099")).findFirst().orElseThrow();

        mvc.perform(get(page).with(user(person(JANIS)))).andExpect(status().isForbidden());
        mvc.perform(post(page + "/relations").with(user(person(JANIS))).with(csrf())
                        .param("organisationOid", "E10000001").param("note", "Not mine to say"))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/relations/" + relation.id() + "/removal").with(user(person(ILZE))).with(csrf()))
                .andExpect(redirectedUrl(page));
        org.assertj.core.api.Assertions.assertThat(pool.relationsOf(gatis.id())).isEmpty();
    }

    private SignedInUser person(String email) {
        AccountSummary account = accounts.byEmail(email).orElseThrow();
        return new SignedInUser(account.id(), account.email(), account.displayName(), account.roles(),
                account.nationalAgencyCode(), "en", true, null);
    }
}

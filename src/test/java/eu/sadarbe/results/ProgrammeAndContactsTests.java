package eu.sadarbe.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.calls.ReferenceData;

/** The programme page with its rule ids and figures, the directory of contacts and the administrators' corrections. */
@SadarbeTest
class ProgrammeAndContactsTests {

    static final RequestPostProcessor ADMIN = user("admin@demo.sadarbe.eu").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    ReferenceData reference;

    @Test
    void theProgrammePageGivesEachFactWithItsRuleAndTheFiguresOfTheCallYear() throws Exception {
        mvc.perform(get("/programme").header("Accept-Language", "lv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kādi ir mērķi?")))
                .andExpect(content().string(containsString("href=\"#rule-R-ELIG-02\"")))
                .andExpect(content().string(containsString("id=\"rule-R-FIN-01\"")))
                .andExpect(content().string(containsString("150")))
                .andExpect(content().string(containsString("24–36")))
                .andExpect(answer -> assertThat(answer.getRequest().getSession(false)).isNull());
        mvc.perform(get("/programme").param("callYear", "2016"))
                .andExpect(content().string(containsString("Figures of the call 2016 by action type")))
                .andExpect(content().string(not(containsString("KA229 Strategic"))));
        mvc.perform(get("/programme").param("callYear", "1999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Figures of the call 2020 by action type")));
    }

    @Test
    void theDirectoryListsEveryAgencyOfficeAndTheCommissionWithTheirFlag() throws Exception {
        mvc.perform(get("/programme/contacts"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("State Education Development Agency")))
                .andExpect(content().string(containsString("https://www.viaa.gov.lv")))
                .andExpect(content().string(containsString("https://www.saaic.sk")))
                .andExpect(content().string(containsString("National Erasmus+ Office Ukraine")))
                .andExpect(content().string(containsString("Directorate-General for Education, Youth, Sport and Culture")))
                .andExpect(content().string(containsString("unconfirmed")));
        assertThat(reference.nationalAgencies(null, null))
                .allMatch(agency -> reference.agencyContacts(agency.code()).isPresent());
    }

    @Test
    void theReferenceApiGivesTheAgenciesContacts() throws Exception {
        mvc.perform(get("/api/v1/reference/national-agencies").param("country", "LV"))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].code").value("LV01"))
                .andExpect(jsonPath("$[0].contacts.website").value("https://www.viaa.gov.lv"))
                .andExpect(jsonPath("$[0].contacts.email").value("info@viaa.gov.lv"))
                .andExpect(jsonPath("$[0].contacts.confirmed").value(false));
    }

    @Test
    void administratorsCorrectAndConfirmContactsAndOthersCannot() throws Exception {
        mvc.perform(get("/admin/contacts").with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(containsString("NEO-UA")));
        mvc.perform(post("/admin/contacts/offices/NEO-MD").with(csrf()).with(user("a@example.eu").roles("APPLICANT"))
                        .param("website", "https://evil.example"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/contacts/offices/NEO-MD").with(csrf()).with(ADMIN).header("Accept-Language", "lv")
                        .param("address", "Chișinău").param("website", "javascript:alert(1)").param("email", "not mail")
                        .param("phone", "call me"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sākas ar https://")))
                .andExpect(content().string(containsString("info@example.eu")))
                .andExpect(content().string(containsString("value=\"javascript:alert(1)\"")));
        mvc.perform(post("/admin/contacts/offices/NEO-MD").with(csrf()).with(ADMIN)
                        .param("address", "Chișinău, Moldova").param("website", "https://erasmusplus.md")
                        .param("email", "office@erasmusplus.md").param("phone", "+373 22 000 000")
                        .param("confirmed", "true"))
                .andExpect(redirectedUrl("/admin/contacts"));
        assertThat(reference.informationContacts()).filteredOn(contact -> contact.code().equals("NEO-MD"))
                .singleElement().matches(contact -> contact.confirmed()
                        && contact.website().equals("https://erasmusplus.md"));
        mvc.perform(get("/admin/contacts/agencies/XX99").with(ADMIN)).andExpect(status().isNotFound());
    }
}

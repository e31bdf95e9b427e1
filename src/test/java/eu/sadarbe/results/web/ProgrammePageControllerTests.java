package eu.sadarbe.results.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.WebSliceTest;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.calls.RuleBook;

/**
 * The programme page with its rule ids and the figures of the call year, and the directory of contacts. A slice
 * test: the pages' controller with the real reference data and rule figures the migrations hold. That the programme
 * page keeps no session is {@code ProgrammeAndContactsTests}', on the whole application.
 */
@WebSliceTest(ProgrammePageController.class)
@Import({ReferenceData.class, RuleBook.class})
class ProgrammePageControllerTests {

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
                .andExpect(content().string(containsString("24–36")));
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
}

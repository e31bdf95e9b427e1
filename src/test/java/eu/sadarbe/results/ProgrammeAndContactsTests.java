package eu.sadarbe.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.SadarbeTest;

/**
 * The programme page and the directory of contacts on the whole application: the programme page keeps no session,
 * and only administrators may correct a contact, through the security chain. What the pages show is
 * {@code ProgrammePageControllerTests}, the administrators' corrections {@code ContactsPageControllerTests} and the
 * agencies' contacts in the reference API {@code ReferenceApiControllerTests}, each on a web slice.
 */
@SadarbeTest
class ProgrammeAndContactsTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theProgrammePageKeepsNoSession() throws Exception {
        mvc.perform(get("/programme").header("Accept-Language", "lv"))
                .andExpect(status().isOk())
                .andExpect(answer -> assertThat(answer.getRequest().getSession(false)).isNull());
    }

    @Test
    void othersCannotCorrectContacts() throws Exception {
        mvc.perform(post("/admin/contacts/offices/NEO-MD").with(csrf()).with(user("a@example.eu").roles("APPLICANT"))
                        .param("website", "https://evil.example"))
                .andExpect(status().isForbidden());
    }
}

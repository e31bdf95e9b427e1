package eu.sadarbe.calls.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import eu.sadarbe.WebSliceTest;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.calls.domain.ContactCorrections;

/**
 * The administrators' page of the directory of contacts: the list, a correction refused field by field in the
 * asked language, a correction and confirmation kept, an unknown agency. A slice test: the page's controller with
 * the real reference data and contact corrections. That only administrators may correct is
 * {@code ProgrammeAndContactsTests}', through the whole application's security.
 */
@WebSliceTest(ContactsPageController.class)
@Import({ReferenceData.class, ContactCorrections.class})
class ContactsPageControllerTests {

    /**
     * An administrator, signed in as the whole application's filter chain would have it: in the security context and
     * as the request's principal, which the controller reads as its {@code Authentication} parameter.
     */
    static final RequestPostProcessor ADMIN = request -> {
        Authentication admin = UsernamePasswordAuthenticationToken.authenticated("admin@demo.sadarbe.eu", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN"));
        request.setUserPrincipal(admin);
        return authentication(admin).postProcessRequest(request);
    };

    @Autowired
    MockMvc mvc;

    @Autowired
    ReferenceData reference;

    @Test
    void administratorsCorrectAndConfirmContacts() throws Exception {
        mvc.perform(get("/admin/contacts").with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(containsString("NEO-UA")));
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

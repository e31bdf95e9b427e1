package eu.sadarbe.assessment;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.submission.SettableClock;

/**
 * A malformed round group in the officer's request for suggested experts answered 500 (issue #12, section 6); it is
 * a bad request. A module test of assessment with its pages behind the real security chain, by an LV01 officer of
 * its own.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(SettableClock.AsTheClock.class)
@AutoConfigureMockMvc
class MalformedGroupTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    BeanFactory beans;

    @Test
    void aMalformedGroupIsABadRequest() throws Exception {
        SignedInUser officer = new ModuleTestData("assessment", beans).person("Ilze Ozola", Role.NA_OFFICER, "LV01");
        for (String group : new String[] {"-1", "2020/1", "../../etc/passwd", "99999999999999999999/1/KA202"}) {
            mvc.perform(post("/agency/assessments/suggestions").with(user(officer)).with(csrf()).param("group", group)
                            .header("Accept-Language", "lv"))
                    .andExpect(status().isBadRequest());
        }
    }
}

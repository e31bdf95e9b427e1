package eu.sadarbe.calls;

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
 * The rule figures page is only for administrators, through the whole application's security. What the page shows
 * and corrects is {@code RuleFiguresPageControllerTests}, on a web slice.
 */
@SadarbeTest
class RuleFiguresPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RuleBook rules;

    @Test
    void isOnlyForAdministrators() throws Exception {
        mvc.perform(get("/admin/rule-figures").with(user("anna@example.eu").roles("APPLICANT")).header("Accept-Language", "lv"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/rule-figures/2020/KA201/PM_PARTNER_PER_MONTH").with(csrf())
                        .with(user("ilze@example.eu").roles("NA_OFFICER"))
                        .param("amount", "1").param("status", "CONFIRMED").param("reason", "no"))
                .andExpect(status().isForbidden());
        assertThat(rules.parametersFor(2020, "KA201").whole(RuleFigure.PM_PARTNER_PER_MONTH)).isEqualTo(250);
    }
}

package eu.sadarbe.eligibility.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.SadarbeTest;

/**
 * "Can we apply?" is open to anyone, through the whole application's security. What the page does is
 * {@link CheckPageControllerTests}, on a web slice.
 */
@SadarbeTest
class CheckPageTests {

    @Autowired
    MockMvc mvc;

    @Test
    void opensWithoutSignIn() throws Exception {
        mvc.perform(get("/check").header("Accept-Language", "lv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vai varam pieteikties?")));
    }
}

package eu.sadarbe.calls;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.SadarbeTest;

/**
 * The reference data API is public and keeps no session, through the whole application's security. What it answers
 * is {@code ReferenceApiControllerTests}, on a web slice.
 */
@SadarbeTest
class ReferenceApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void answersAnyoneWithoutASession() throws Exception {
        mvc.perform(get("/api/v1/reference/national-agencies").param("country", "LV"))
                .andExpect(status().isOk())
                .andExpect(request().sessionAttributeDoesNotExist("SPRING_SECURITY_CONTEXT"));
    }
}

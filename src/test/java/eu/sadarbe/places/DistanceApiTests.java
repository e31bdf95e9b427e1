package eu.sadarbe.places;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.SadarbeTest;

/**
 * The public distance API on the whole application: it answers without a session, through the security chain, and
 * the OpenAPI document describes it. What it answers is {@code DistanceApiControllerTests}, on a web slice.
 */
@SadarbeTest
class DistanceApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void answersAnyoneWithoutASession() throws Exception {
        mvc.perform(get("/api/v1/distances").param("from", "Riga").param("to", "Tallinn"))
                .andExpect(status().isOk())
                .andExpect(request().sessionAttributeDoesNotExist("SPRING_SECURITY_CONTEXT"));
    }

    @Test
    void documentsTheDistanceApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/distances'].get.responses['300']").exists());
    }
}

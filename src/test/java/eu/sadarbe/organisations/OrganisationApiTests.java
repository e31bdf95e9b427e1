package eu.sadarbe.organisations;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.SadarbeTest;

/**
 * The register's JSON API in the OpenAPI document, which documents the whole application's API. What the API answers
 * is {@link OrganisationRegisterApiTests}', a module test of organisations.
 */
@SadarbeTest
class OrganisationApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void documentsTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/organisations/{oid}")));
    }
}

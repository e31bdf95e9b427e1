package eu.sadarbe.places.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.SadarbeTest;

/**
 * The distance calculator page on the whole application: anyone may open it, through the security chain; and it
 * measures to an organisation of the demo data's register (registering one takes the organisations module's
 * registration, with the accounts module behind it, which a web slice does not hold). What the page does is
 * {@link DistancePageControllerTests}, on a web slice.
 */
@SadarbeTest
class DistancePageTests {

    @Autowired
    MockMvc mvc;

    @Test
    void showsTheEmptyFormToEveryone() throws Exception {
        mvc.perform(get("/distances"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Distance calculator</h1>")));
    }

    @Test
    void measuresToARegisteredOrganisationInLatvian() throws Exception {
        mvc.perform(get("/distances").param("from", "Tallinn").param("to", "E10000001").param("lang", "lv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("280")));
    }
}

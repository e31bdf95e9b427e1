package eu.sadarbe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.SadarbeTest;

/** Links to webjars still resolve to their versioned files; links to pages are left alone (issue #7). */
@SadarbeTest
class StaticResourceUrlsTests {

    @Autowired
    MockMvc mvc;

    @Test
    void resolvesWebjarLinksOnAPage() throws Exception {
        mvc.perform(get("/").accept("text/html"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css")))
                .andExpect(content().string(containsString("/css/sadarbe.css")));
    }

    @Test
    void knowsWhichPathsAreStatic() {
        assertThat(StaticResourceUrls.isStatic("/webjars/htmx.org/dist/htmx.min.js")).isTrue();
        assertThat(StaticResourceUrls.isStatic("/applications/1234/context")).isFalse();
    }
}

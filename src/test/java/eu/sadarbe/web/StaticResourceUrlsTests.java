package eu.sadarbe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import eu.sadarbe.SadarbeTest;

/** Links to webjars still resolve to their versioned files; links to pages are left alone (issue #7). */
@SadarbeTest
class StaticResourceUrlsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void resolvesWebjarLinksOnAPage() throws Exception {
        mvc.perform(get("/").accept("text/html"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css")))
                .andExpect(content().string(containsString("/css/sadarbe.css")));
    }

    @Test
    void replacesBootsFilterThatLookedUpEveryLinkOfAPage() {
        assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class).values())
                .singleElement().isInstanceOf(StaticResourceUrls.class);
        assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
                .extracting(FilterRegistrationBean::getFilter)
                .filteredOn(ResourceUrlEncodingFilter.class::isInstance)
                .singleElement().isInstanceOf(StaticResourceUrls.class);
    }

    @Test
    void knowsWhichPathsAreStatic() {
        assertThat(StaticResourceUrls.isStatic("/webjars/htmx.org/dist/htmx.min.js")).isTrue();
        assertThat(StaticResourceUrls.isStatic("/applications/1234/context")).isFalse();
    }
}

package eu.sadarbe.assessment.inbox;

import static eu.sadarbe.assessment.inbox.BackOfficeUsers.ILZE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Predicate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.web.Formats;

/**
 * R-AWD-04 at the formal check: above the call year's figure (60,000 EUR) the page and the agency's API ask for the
 * financial-capacity documents; at or below it they say none are needed. Viewing only, on the demo round.
 */
@SadarbeTest
@DisplayName("R-AWD-04")
class FinancialCapacityCheckTests {

    static final BigDecimal THRESHOLD = new BigDecimal("60000");

    @Autowired
    MockMvc mvc;

    @Autowired
    FormalChecks checks;

    @Autowired
    AccountRegister accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void asksForTheDocumentsWhenTheRequestedGrantIsAboveTheFigure() throws Exception {
        FormalCheckView above = demoApplication(grant -> grant.compareTo(THRESHOLD) > 0).orElseThrow();
        ApplicationId id = above.entry().applicationId();
        assertThat(above.financialCapacity().documentsRequired()).isTrue();
        String grant = Formats.in(java.util.Locale.ENGLISH).money(above.entry().requestedGrant());

        mvc.perform(get("/agency/applications/{id}", id).with(user(officer("en"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Financial capacity (R-AWD-04)")))
                .andExpect(content().string(containsString("R-AWD-04: the grant requested, " + grant
                        + ", is above " + Formats.in(java.util.Locale.ENGLISH).money(THRESHOLD)
                        + ". Ask the applicant for the financial-capacity documents.")))
                .andExpect(content().string(containsString("id=\"other-annexes\"")));
        mvc.perform(get("/agency/applications/{id}", id).header("Accept-Language", "lv").with(user(officer("lv"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Finanšu kapacitāte (R-AWD-04)")))
                .andExpect(content().string(containsString("Pieprasiet pieteicējam finanšu kapacitātes dokumentus.")));
        mvc.perform(get("/api/v1/agency/LV01/applications/{id}", id).with(httpBasic(ILZE, "sadarbe-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.financialCapacity.rule").value("R-AWD-04"))
                .andExpect(jsonPath("$.financialCapacity.documentsRequired").value(true))
                .andExpect(jsonPath("$.financialCapacity.threshold").value(60000.00))
                .andExpect(jsonPath("$.financialCapacity.message").value(containsString("is above")));
    }

    @Test
    void saysNoDocumentsAreNeededAtOrBelowTheFigure() throws Exception {
        FormalCheckView below = demoApplication(grant -> grant.compareTo(THRESHOLD) <= 0).orElseThrow(
                () -> new AssertionError("The demo round has no application asking for 60,000 EUR or less"));
        ApplicationId id = below.entry().applicationId();
        assertThat(below.financialCapacity().documentsRequired()).isFalse();

        mvc.perform(get("/agency/applications/{id}", id).with(user(officer("en"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("so no financial-capacity documents are needed.")))
                .andExpect(content().string(not(containsString("Ask the applicant for the financial-capacity"))));
        mvc.perform(get("/agency/applications/{id}", id).header("Accept-Language", "lv").with(user(officer("lv"))))
                .andExpect(content().string(containsString("tāpēc finanšu kapacitātes dokumenti nav vajadzīgi.")));
        mvc.perform(get("/api/v1/agency/LV01/applications/{id}", id).with(httpBasic(ILZE, "sadarbe-demo")))
                .andExpect(jsonPath("$.financialCapacity.documentsRequired").value(false));
    }

    /** The first of the demo round's LV01 applications whose requested grant fits. */
    private Optional<FormalCheckView> demoApplication(Predicate<BigDecimal> grant) {
        for (int index = 0; index < 40; index++) {
            FormalCheckView view = checks.view(BackOfficeUsers.demoApplication(jdbc, index), officer("en"));
            if (grant.test(view.entry().requestedGrant())) {
                return Optional.of(view);
            }
        }
        return Optional.empty();
    }

    private SignedInUser officer(String language) {
        return BackOfficeUsers.person(accounts, ILZE, language);
    }
}

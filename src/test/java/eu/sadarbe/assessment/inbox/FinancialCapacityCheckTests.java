package eu.sadarbe.assessment.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.OwnPeople;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.web.Formats;

/**
 * R-AWD-04 at the formal check: above the call year's figure (60,000 EUR) the page and the agency's API ask for the
 * financial-capacity documents; at or below it they say none are needed. A module test of assessment with its pages,
 * on submissions of its own: the green-skills application as it is (below the figure) and with ten times the days
 * of its intellectual output (above it).
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
@Import(SettableClock.AsTheClock.class)
@DisplayName("R-AWD-04")
class FinancialCapacityCheckTests {

    static final BigDecimal THRESHOLD = new BigDecimal("60000");

    @Autowired MockMvc mvc;
    @Autowired BeanFactory beans;
    @Autowired FormalChecks checks;
    @Autowired InboxEntries inbox;

    ModuleTestData data;
    SignedInUser officer;

    @BeforeEach
    void anOfficerOfLv01() {
        data = new ModuleTestData("assessment", beans);
        officer = data.person("Ilze Ozola", Role.NA_OFFICER, "LV01");
    }

    @Test
    void asksForTheDocumentsWhenTheRequestedGrantIsAboveTheFigure() throws Exception {
        ApplicationId id = inTheInbox(data.draft("Above the figure",
                document -> document.replaceFirst("\"days\": 40(\\s)", "\"days\": 400$1")));
        FormalCheckView above = checks.view(id, officer);
        assertThat(above.entry().requestedGrant()).isGreaterThan(THRESHOLD);
        assertThat(above.financialCapacity().documentsRequired()).isTrue();
        String grant = Formats.in(Locale.ENGLISH).money(above.entry().requestedGrant());

        mvc.perform(get("/agency/applications/{id}", id).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Financial capacity (R-AWD-04)")))
                .andExpect(content().string(containsString("R-AWD-04: the grant requested, " + grant
                        + ", is above " + Formats.in(Locale.ENGLISH).money(THRESHOLD)
                        + ". Ask the applicant for the financial-capacity documents.")))
                .andExpect(content().string(containsString("id=\"other-annexes\"")));
        mvc.perform(get("/agency/applications/{id}", id).header("Accept-Language", "lv").with(user(inLatvian())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Finanšu kapacitāte (R-AWD-04)")))
                .andExpect(content().string(containsString("Pieprasiet pieteicējam finanšu kapacitātes dokumentus.")));
        mvc.perform(get("/api/v1/agency/LV01/applications/{id}", id).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.financialCapacity.rule").value("R-AWD-04"))
                .andExpect(jsonPath("$.financialCapacity.documentsRequired").value(true))
                .andExpect(jsonPath("$.financialCapacity.threshold").value(60000.00))
                .andExpect(jsonPath("$.financialCapacity.message").value(containsString("is above")));
    }

    @Test
    void saysNoDocumentsAreNeededAtOrBelowTheFigure() throws Exception {
        ApplicationId id = inTheInbox(data.draft("Below the figure"));
        FormalCheckView below = checks.view(id, officer);
        assertThat(below.entry().requestedGrant()).isLessThanOrEqualTo(THRESHOLD);
        assertThat(below.financialCapacity().documentsRequired()).isFalse();

        mvc.perform(get("/agency/applications/{id}", id).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("so no financial-capacity documents are needed.")))
                .andExpect(content().string(not(containsString("Ask the applicant for the financial-capacity"))));
        mvc.perform(get("/agency/applications/{id}", id).header("Accept-Language", "lv").with(user(inLatvian())))
                .andExpect(content().string(containsString("tāpēc finanšu kapacitātes dokumenti nav vajadzīgi.")));
        mvc.perform(get("/api/v1/agency/LV01/applications/{id}", id).with(user(officer)))
                .andExpect(jsonPath("$.financialCapacity.documentsRequired").value(false));
    }

    private ApplicationId inTheInbox(ModuleTestData.Draft draft) {
        data.submit(draft);
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox.find(draft.id()).isPresent());
        return draft.id();
    }

    private SignedInUser inLatvian() {
        return OwnPeople.signedIn(officer, "lv");
    }
}

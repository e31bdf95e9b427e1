package eu.sadarbe.drafting;

import static eu.sadarbe.applications.DraftDocuments.ANNA;
import static eu.sadarbe.applications.DraftDocuments.PETERIS;
import static eu.sadarbe.applications.DraftDocuments.annasDocument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.Access;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.ApplicationSummary;
import io.micrometer.core.instrument.MeterRegistry;

/** Issue 16: deadline-day metrics count the autosaves that stored a text and the saves that met a newer version. */
@SadarbeTest
class DraftingMetricsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountRegister accounts;
    @Autowired
    DraftDesk drafting;
    @Autowired
    MeterRegistry meters;

    RequestPostProcessor as(String email) {
        AccountSummary account = accounts.byEmail(email).orElseThrow();
        return user(new SignedInUser(account.id(), account.email(), account.displayName(), account.roles(),
                account.nationalAgencyCode(), account.language(), true, null));
    }

    @Test
    void autosavesAndConflictsAreCounted() throws Exception {
        ApplicationSummary draft = drafting.start(accounts.byEmail(ANNA).orElseThrow().id(),
                annasDocument("Skaitītās prasmes"), null);
        drafting.invite(accounts.byEmail(ANNA).orElseThrow().id(), draft.id(), PETERIS, Access.EDIT);
        double autosaves = count("sadarbe.drafting.autosaves");
        double conflicts = count("sadarbe.drafting.conflicts");

        mvc.perform(post("/applications/" + draft.id() + "/sections/impact").with(as(PETERIS)).with(csrf())
                        .header("HX-Request", "true").param("baseVersion", "1").param("text", "Pētera teksts"))
                .andExpect(status().isOk());
        mvc.perform(post("/applications/" + draft.id() + "/sections/impact").with(as(ANNA)).with(csrf())
                        .header("HX-Request", "true").param("baseVersion", "1").param("text", "Annas teksts"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Retarget", "#conflict-area"));

        assertThat(count("sadarbe.drafting.autosaves")).isEqualTo(autosaves + 1);
        assertThat(count("sadarbe.drafting.conflicts")).isEqualTo(conflicts + 1);
    }

    private double count(String name) {
        return meters.get(name).counter().count();
    }
}

package eu.sadarbe.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import tools.jackson.databind.node.ObjectNode;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.DraftSection;
import eu.sadarbe.applications.OwnApplicant;
import eu.sadarbe.applications.SectionState;
import eu.sadarbe.applications.document.DocumentJson;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.drafting.history.DraftHistory;
import eu.sadarbe.drafting.history.DraftHistory.Revision;
import eu.sadarbe.organisations.domain.OrganisationRegistration;

/**
 * The drafting module with the modules it depends on directly or through them (applications, eligibility, budget,
 * calls, organisations, places, accounts, submission, shared, web: the applications module's beans need the accounts
 * register, which drafting does not use itself), no demo data: a change saved through the applications module comes
 * back from the database as history in words, with what it did to the budget. Drafting neither publishes nor listens
 * to events; this proves that it starts on its dependencies and tells a draft's history. A module test (issue #14,
 * item 8). With MockMvc, though it sends no request, so that it shares its context with the drafting module's page
 * tests.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
class DraftingModuleTests {

    @Autowired AccountRegister accounts;
    @Autowired OrganisationRegistration registration;
    @Autowired CallRounds rounds;
    @Autowired DraftDesk drafting;
    @Autowired DraftHistory history;

    @Test
    void theHistoryTellsALongerProjectInWordsWithItsHigherManagementBudget() {
        OwnApplicant applicant = OwnApplicant.register(accounts, registration);
        AccountId coordinator = applicant.account().id();
        ApplicationSummary draft = applicant.draft(drafting, rounds, "Vēsture vārdos");
        SectionState context = drafting.sections(coordinator, draft.id()).get(DraftSection.CONTEXT);
        ObjectNode longer = DocumentJson.object(context.content());
        longer.put("durationMonths", 36);
        drafting.saveSection(coordinator, draft.id(), DraftSection.CONTEXT, longer, context.version());

        Revision english = history.revisions(draft, drafting.history(coordinator, draft.id()), Locale.ENGLISH).get(0);
        Revision latvian = history.revisions(draft, drafting.history(coordinator, draft.id()),
                Locale.forLanguageTag("lv")).get(0);

        assertThat(english.changedBy()).isEqualTo("Ilga Pieteicēja");
        assertThat(english.changes()).as("R-FIN-03: the monthly amounts for 36 months instead of 24")
                .contains("Duration in months: 24 → 36",
                        "Budget › Project management and implementation: €24,000.00 → €36,000.00");
        assertThat(latvian.changes()).as("in Latvian, with Latvian money (non-breaking spaces)")
                .contains("Ilgums mēnešos: 24 → 36",
                        "Budžets › Projekta vadība un īstenošana: 24\u00a0000,00\u00a0€ → 36\u00a0000,00\u00a0€");
    }
}

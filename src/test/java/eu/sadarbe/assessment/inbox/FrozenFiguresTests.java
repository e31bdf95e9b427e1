package eu.sadarbe.assessment.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
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
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.calls.FigureStatus;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.calls.RuleFigure;
import eu.sadarbe.calls.domain.RuleFigureCorrections;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionSummary;

/**
 * Issue 13, item 14: after an administrator corrected a unit cost (500 → 550) a submitted application's formal-check
 * page showed €49,300 while the inbox and the ranking kept €48,100. A submission is checked and budgeted with the
 * figures of the revision it kept (R-GEN-01); a correction reaches it only when the officer re-applies it, audited.
 * A module test of assessment with its pages: the correction is the calls module's use case, on the call year of the
 * module tests' own rounds ({@link ModuleTestData}), whose applications and officer are the test's own.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
@Import(SettableClock.AsTheClock.class)
class FrozenFiguresTests {

    private static final int YEAR = ModuleTestData.CALL_YEAR;

    @Autowired MockMvc mvc;
    @Autowired BeanFactory beans;
    @Autowired FormalChecks checks;
    @Autowired RuleFigureCorrections corrections;
    @Autowired RuleBook rules;
    @Autowired InboxEntries inbox;

    ModuleTestData data;
    SignedInUser officer;

    @BeforeEach
    void anOfficerOfLv01() {
        data = new ModuleTestData("assessment", beans);
        officer = data.person("Ilze Ozola", Role.NA_OFFICER, "LV01");
    }

    @Test
    void aCorrectionAfterTheSubmissionChangesItOnlyWhenTheOfficerReappliesIt() throws Exception {
        SubmissionSummary before = inTheInbox(data.submitted("Frozen figures"));
        long revision = rules.currentRevision();
        BigDecimal kept = checks.view(before.applicationId(), officer).entry().requestedGrant();
        try {
            corrections.correctFigure(YEAR, "KA202", RuleFigure.PM_COORDINATOR_PER_MONTH, new BigDecimal("550"),
                    FigureStatus.CONFIRMED, "Corrected unit cost", "admin@example.lv");
            assertThat(rules.parametersAt(YEAR, "KA202", revision).amount(RuleFigure.PM_COORDINATOR_PER_MONTH))
                    .isEqualByComparingTo("500");

            FormalCheckView frozen = checks.view(before.applicationId(), officer);
            assertThat(frozen.budget().total().amount()).as("the page's budget is the inbox's")
                    .isEqualByComparingTo(kept);
            assertThat(frozen.entry().requestedGrant()).isEqualByComparingTo(kept);
            SubmissionSummary after = inTheInbox(data.submitted("Figures corrected before"));
            BigDecimal corrected = checks.view(after.applicationId(), officer).entry().requestedGrant();
            assertThat(corrected).as("a later submission has the correction: 50 EUR a month more")
                    .isGreaterThan(kept);

            String page = mvc.perform(get("/agency/applications/{id}", before.applicationId()).with(user(officer)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("id=\"figures-corrected\"", "id=\"figures-link\"");
            String confirm = mvc.perform(get("/agency/applications/{id}/figures", before.applicationId())
                            .header("Accept-Language", "lv").with(user(inLatvian(officer))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(confirm).contains("Piemērot šodienas skaitļus", "id=\"kept-grant\"", "id=\"current-grant\"");

            mvc.perform(post("/agency/applications/{id}/figures", before.applicationId()).with(csrf())
                            .with(user(officer)))
                    .andExpect(redirectedUrl("/agency/applications/" + before.applicationId() + "/figures"));
            assertThat(checks.view(before.applicationId(), officer).entry().requestedGrant())
                    .as("nothing changes without the confirmation").isEqualByComparingTo(kept);

            mvc.perform(post("/agency/applications/{id}/figures", before.applicationId()).param("confirm", "yes")
                            .with(csrf()).with(user(officer)))
                    .andExpect(redirectedUrl("/agency/applications/" + before.applicationId()));
            FormalCheckView reapplied = checks.view(before.applicationId(), officer);
            assertThat(reapplied.entry().requestedGrant()).isEqualByComparingTo(corrected);
            assertThat(reapplied.budget().total().amount()).isEqualByComparingTo(corrected);
            assertThat(reapplied.history()).anySatisfy(entry -> {
                assertThat(entry.action()).isEqualTo(CorrectedFigures.AUDIT_ACTION);
                assertThat(entry.actorEmail()).isEqualTo(officer.email());
                assertThat(new BigDecimal(entry.before())).isEqualByComparingTo(kept);
                assertThat(new BigDecimal(entry.after())).isEqualByComparingTo(corrected);
            });
            assertThat(mvc.perform(get("/agency/applications/{id}", before.applicationId()).with(user(officer)))
                    .andReturn().getResponse().getContentAsString())
                    .contains("Corrected rule figures re-applied").doesNotContain("id=\"figures-corrected\"");
        } finally {
            corrections.correctFigure(YEAR, "KA202", RuleFigure.PM_COORDINATOR_PER_MONTH, new BigDecimal("500"),
                    FigureStatus.CONFIRMED, "Test restores the published figure", "test");
        }
    }

    /** The submission once its listener has written it into the agency's inbox, after the submission's commit. */
    private SubmissionSummary inTheInbox(SubmissionSummary submission) {
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox.find(submission.applicationId()).isPresent());
        return submission;
    }

    private static SignedInUser inLatvian(SignedInUser user) {
        return OwnPeople.signedIn(user, "lv");
    }
}

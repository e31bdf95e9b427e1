package eu.sadarbe.assessment.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.calls.FigureStatus;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.calls.RuleFigure;
import eu.sadarbe.calls.domain.RuleFigureCorrections;
import eu.sadarbe.selection.SelectionTestData;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionDesk;
import eu.sadarbe.submission.SubmissionFixtures;
import eu.sadarbe.submission.SubmissionSummary;
import eu.sadarbe.submission.SubmissionTest;

/**
 * Issue 13, item 14: after an administrator corrected a unit cost (500 → 550) a submitted application's formal-check
 * page showed €49,300 while the inbox and the ranking kept €48,100. A submission is checked and budgeted with the
 * figures of the revision it kept (R-GEN-01); a correction reaches it only when the officer re-applies it, audited.
 */
@SubmissionTest
class FrozenFiguresTests {

    @Autowired MockMvc mvc;
    @Autowired CallRounds rounds;
    @Autowired DraftDesk drafting;
    @Autowired SubmissionDesk desk;
    @Autowired AccountRegister accounts;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired JdbcClient jdbc;
    @Autowired SettableClock clock;
    @Autowired FormalChecks checks;
    @Autowired RuleFigureCorrections corrections;
    @Autowired RuleBook rules;

    @Test
    void aCorrectionAfterTheSubmissionChangesItOnlyWhenTheOfficerReappliesIt() throws Exception {
        SelectionTestData data = new SelectionTestData(rounds, drafting, desk, accounts, transaction, publisher, jdbc,
                clock);
        SignedInUser ilze = data.person(SubmissionFixtures.ILZE);
        SubmissionSummary before = data.submitted("Frozen figures", "en");
        long revision = rules.currentRevision();
        BigDecimal kept = checks.view(before.applicationId(), ilze).entry().requestedGrant();
        try {
            corrections.correctFigure(2020, "KA202", RuleFigure.PM_COORDINATOR_PER_MONTH, new BigDecimal("550"),
                    FigureStatus.CONFIRMED, "Corrected unit cost", "admin@demo.sadarbe.eu");
            assertThat(rules.parametersAt(2020, "KA202", revision).amount(RuleFigure.PM_COORDINATOR_PER_MONTH))
                    .isEqualByComparingTo("500");

            FormalCheckView frozen = checks.view(before.applicationId(), ilze);
            assertThat(frozen.budget().total().amount()).as("the page's budget is the inbox's")
                    .isEqualByComparingTo(kept);
            assertThat(frozen.entry().requestedGrant()).isEqualByComparingTo(kept);
            SubmissionSummary after = data.submitted("Figures corrected before", "en");
            BigDecimal corrected = checks.view(after.applicationId(), ilze).entry().requestedGrant();
            assertThat(corrected).as("a later submission has the correction: 50 EUR a month more")
                    .isGreaterThan(kept);

            String page = mvc.perform(get("/agency/applications/{id}", before.applicationId()).with(user(ilze)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("id=\"figures-corrected\"", "id=\"figures-link\"");
            String confirm = mvc.perform(get("/agency/applications/{id}/figures", before.applicationId())
                            .header("Accept-Language", "lv").with(user(data.person(SubmissionFixtures.ILZE, "lv"))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(confirm).contains("Piemērot šodienas skaitļus", "id=\"kept-grant\"", "id=\"current-grant\"");

            mvc.perform(post("/agency/applications/{id}/figures", before.applicationId()).with(csrf())
                            .with(user(ilze)))
                    .andExpect(redirectedUrl("/agency/applications/" + before.applicationId() + "/figures"));
            assertThat(checks.view(before.applicationId(), ilze).entry().requestedGrant())
                    .as("nothing changes without the confirmation").isEqualByComparingTo(kept);

            mvc.perform(post("/agency/applications/{id}/figures", before.applicationId()).param("confirm", "yes")
                            .with(csrf()).with(user(ilze)))
                    .andExpect(redirectedUrl("/agency/applications/" + before.applicationId()));
            FormalCheckView reapplied = checks.view(before.applicationId(), ilze);
            assertThat(reapplied.entry().requestedGrant()).isEqualByComparingTo(corrected);
            assertThat(reapplied.budget().total().amount()).isEqualByComparingTo(corrected);
            assertThat(reapplied.history()).anySatisfy(entry -> {
                assertThat(entry.action()).isEqualTo(CorrectedFigures.AUDIT_ACTION);
                assertThat(entry.actorEmail()).isEqualTo(SubmissionFixtures.ILZE);
                assertThat(new BigDecimal(entry.before())).isEqualByComparingTo(kept);
                assertThat(new BigDecimal(entry.after())).isEqualByComparingTo(corrected);
            });
            assertThat(mvc.perform(get("/agency/applications/{id}", before.applicationId()).with(user(ilze)))
                    .andReturn().getResponse().getContentAsString())
                    .contains("Corrected rule figures re-applied").doesNotContain("id=\"figures-corrected\"");
        } finally {
            corrections.correctFigure(2020, "KA202", RuleFigure.PM_COORDINATOR_PER_MONTH, new BigDecimal("500"),
                    FigureStatus.CONFIRMED, "Test restores the published figure", "test");
        }
    }
}

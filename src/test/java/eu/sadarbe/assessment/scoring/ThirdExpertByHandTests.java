package eu.sadarbe.assessment.scoring;

import static eu.sadarbe.assessment.AssessmentFixtures.ILZE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.assessment.AssessmentFixtures;
import eu.sadarbe.assessment.BackOfficeStatuses;
import eu.sadarbe.assessment.experts.Assessable;
import eu.sadarbe.assessment.experts.AssessableApplications;
import eu.sadarbe.assessment.experts.Assignment;
import eu.sadarbe.assessment.experts.Assignments;
import eu.sadarbe.assessment.experts.ExpertPool;
import eu.sadarbe.assessment.experts.ExpertRelation;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionDesk;
import eu.sadarbe.submission.SubmissionTest;

/**
 * Issue 13, item 13 (R-AWD-03): when the suggestion finds no suitable third expert, the officer is told so in words
 * (not a generic 409 page) and chooses one from the pool by hand; a conflict of interest is still refused.
 */
@SubmissionTest
class ThirdExpertByHandTests {

    static final String LIGA = "liga.vitola@demo.sadarbe.eu";   // in LV01's pool, not a KA202 expert

    @Autowired MockMvc mvc;
    @Autowired Assignments assignments;
    @Autowired Scoring scoring;
    @Autowired ExpertPool pool;
    @Autowired CallRounds rounds;
    @Autowired DraftDesk drafting;
    @Autowired SubmissionDesk desk;
    @Autowired AccountRegister accounts;
    @Autowired SettableClock clock;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher events;
    @Autowired AssessableApplications assessable;
    @Autowired BackOfficeStatuses backOffice;
    @Autowired JdbcClient jdbc;

    @Test
    void whenNobodyFitsTheOfficerIsToldAndAssignsAThirdExpertFromThePoolByHand() throws Exception {
        AssessmentFixtures fixtures = new AssessmentFixtures(rounds, drafting, desk, accounts, clock, transaction,
                events, assessable, backOffice);
        ExpertWork work = new ExpertWork(fixtures, assignments, scoring);
        SignedInUser ilze = fixtures.person(ILZE);
        Assessable application = fixtures.eligibleApplication(9, "Nobody fits as third expert");
        List<Assignment> two = work.suggestedAndAccepted(application);
        List<ExpertRelation> relations = new ArrayList<>();
        try {
            work.submit(two.get(0), new Scores(27, 18, 18, 27));   // 90
            work.submit(two.get(1), new Scores(18, 12, 12, 18));   // 60: a third expert is required
            List<String> assigned = two.stream().map(Assignment::expertEmail).toList();
            for (String email : AssessmentFixtures.KA202_EXPERTS_LV01) {
                if (!assigned.contains(email)) {
                    relations.add(pool.recordRelation(ilze, fixtures.person(email).id(), "E10000002",
                            "Board member of Rīgas Tehniskā koledža"));
                }
            }
            String related = relations.get(0).expertId().value().toString();

            String refused = mvc.perform(post("/agency/assessments/{id}/third-expert", application.applicationId())
                            .with(user(ilze)).with(csrf()))
                    .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
            assertThat(refused).contains("No expert of the pool fits this application", "id=\"third-expert-form\"",
                    "Assign as third expert");
            assertThat(mvc.perform(post("/agency/assessments/{id}/third-expert", application.applicationId())
                            .header("Accept-Language", "lv").with(user(fixtures.person(ILZE))).with(csrf()))
                    .andReturn().getResponse().getContentAsString())
                    .contains("Neviens saraksta eksperts neatbilst šim pieteikumam");

            mvc.perform(post("/agency/assessments/{id}/assignments", application.applicationId())
                            .param("expertId", related).param("third", "true").with(user(ilze)).with(csrf()))
                    .andExpect(status().isConflict());

            mvc.perform(post("/agency/assessments/{id}/assignments", application.applicationId())
                            .param("expertId", fixtures.person(LIGA).id().value().toString()).param("third", "true")
                            .with(user(ilze)).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            assertThat(assignments.of(application.applicationId()))
                    .filteredOn(assignment -> assignment.status().counts() && assignment.thirdExpert())
                    .singleElement().satisfies(third -> assertThat(third.expertEmail()).isEqualTo(LIGA));
        } finally {
            relations.forEach(relation -> pool.forgetRelation(ilze, relation.expertId(), relation.id()));
            // The experts of this application no longer count as assessing its applicant in round 9 for others.
            jdbc.sql("UPDATE assessment_assignment SET status = 'REPLACED' WHERE application_id = ?")
                    .param(application.applicationId().value()).update();
            // What the round dashboard keeps of the assignments (issue 21): none of them counts any more
            jdbc.sql("UPDATE assessment_inbox SET assignments_counting = 0, assignments_submitted = 0,"
                    + " assignments_open = 0 WHERE application_id = ?")
                    .param(application.applicationId().value()).update();
        }
    }
}

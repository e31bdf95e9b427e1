package eu.sadarbe.assessment.scoring;

import static eu.sadarbe.assessment.AssessmentFixtures.ILZE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import eu.sadarbe.assessment.experts.AssignmentRefused;
import eu.sadarbe.assessment.experts.AssignmentStatus;
import eu.sadarbe.assessment.experts.Assignments;
import eu.sadarbe.assessment.experts.ExpertPool;
import eu.sadarbe.assessment.inbox.InboxEntries;
import eu.sadarbe.assessment.inbox.StageCounts;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.organisations.Oid;
import eu.sadarbe.organisations.domain.Actor;
import eu.sadarbe.organisations.domain.MembershipInvitations;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionDesk;
import eu.sadarbe.submission.SubmissionTest;

/**
 * Issue 13, item 12: a conflict of interest recorded after the assignment left the expert's open assignments marked
 * "no conflict of interest", and she scored them. Now the open assignment is suspended — the expert can no longer
 * score it — and the officer is told on the assignment page and in the inbox.
 */
@SubmissionTest
class LateConflictTests {

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
    @Autowired InboxEntries inboxEntries;
    @Autowired MembershipInvitations invitations;

    @Test
    void aRelationRecordedAfterTheAssignmentSuspendsItAndTellsTheOfficer() throws Exception {
        AssessmentFixtures fixtures = new AssessmentFixtures(rounds, drafting, desk, accounts, clock, transaction,
                events, assessable, backOffice);
        ExpertWork work = new ExpertWork(fixtures, assignments, scoring);
        SignedInUser ilze = fixtures.person(ILZE);
        Assessable application = fixtures.eligibleApplication(6, "Conflict found late");
        List<Assignment> two = work.suggestedAndAccepted(application);
        Assignment late = two.get(0);
        Assignment other = two.get(1);
        try {
            mvc.perform(post("/agency/experts/{id}/relations", late.expertId().value().toString())
                            .param("organisationOid", "E10000002").param("note", "Joined its board in May")
                            .with(user(ilze)).with(csrf()))
                    .andExpect(status().is3xxRedirection());

            assertThat(assignments.byId(late.id()).orElseThrow().status()).isEqualTo(AssignmentStatus.SUSPENDED);
            assertThat(assignments.byId(other.id()).orElseThrow().status()).isEqualTo(AssignmentStatus.ACCEPTED);
            StageCounts.keptAsCounted(inboxEntries, jdbc, "LV01");   // issue 21: a suspended one no longer counts
            SignedInUser expert = fixtures.person(late.expertEmail());
            assertThatThrownBy(() -> work.submit(late, new Scores(25, 15, 15, 25)))
                    .isInstanceOfSatisfying(AssignmentRefused.class,
                            refused -> assertThat(refused.reason()).isEqualTo("suspendedConflict"));
            assertThat(assignments.mine(expert)).extracting(Assignment::id).doesNotContain(late.id());
            work.submit(other, new Scores(25, 15, 15, 25));   // the other expert's work goes on

            String page = mvc.perform(get("/agency/assessments/{id}", application.applicationId()).with(user(ilze)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("Conflicts of interest found after assignment", late.expertName(),
                    "Recorded relation with E10000002", "Assign an expert");
            String inbox = mvc.perform(get("/agency/applications").with(user(ilze)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(inbox).contains("id=\"late-conflicts\"", application.applicationNumber(), late.expertName());
            String latvian = mvc.perform(get("/agency/applications").header("Accept-Language", "lv")
                            .with(user(fixtures.person(ILZE)))).andReturn().getResponse().getContentAsString();
            assertThat(latvian).contains("Pēc norīkošanas atklāti interešu konflikti");
        } finally {
            pool.relationsOf(late.expertId()).stream().filter(relation -> relation.organisationOid().equals("E10000002"))
                    .forEach(relation -> pool.forgetRelation(ilze, late.expertId(), relation.id()));
            jdbc.sql("UPDATE assessment_assignment SET status = 'REPLACED' WHERE application_id = ?")
                    .param(application.applicationId().value()).update();
            // What the round dashboard keeps of the assignments (issue 21): none of them counts any more
            jdbc.sql("UPDATE assessment_inbox SET assignments_counting = 0, assignments_submitted = 0,"
                    + " assignments_open = 0 WHERE application_id = ?")
                    .param(application.applicationId().value()).update();
        }
    }

    /**
     * The membership from the trust issue (issue 12): the expert accepts an invitation to act for a consortium
     * organisation after she was assigned. Her open assignment of that application is suspended before she can score
     * it, and the officer finds it in the inbox.
     */
    @Test
    void aMembershipAcceptedAfterTheAssignmentSuspendsTheExpertsOpenAssignment() throws Exception {
        AssessmentFixtures fixtures = new AssessmentFixtures(rounds, drafting, desk, accounts, clock, transaction,
                events, assessable, backOffice);
        ExpertWork work = new ExpertWork(fixtures, assignments, scoring);
        SignedInUser ilze = fixtures.person(ILZE);
        Assessable application = fixtures.eligibleApplication(2, "Membership found late");
        List<Assignment> two = work.suggestedAndAccepted(application);
        Assignment late = two.get(0);
        Assignment other = two.get(1);
        SignedInUser expert = fixtures.person(late.expertEmail());
        try {
            assertThat(assignments.byId(late.id()).orElseThrow().status()).isEqualTo(AssignmentStatus.ACCEPTED);
            invitations.invite(Oid.of("E10000003"), late.expertEmail(),
                    Actor.of(fixtures.person("peteris.kalnins@demo.sadarbe.eu")));
            invitations.accept(invitations.pendingFor(late.expertEmail()).stream()
                    .filter(pending -> pending.oid().value().equals("E10000003")).findFirst().orElseThrow().id(),
                    expert.id(), late.expertEmail());

            String inbox = mvc.perform(get("/agency/applications").with(user(ilze)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(inbox).contains("id=\"late-conflicts\"", application.applicationNumber(), late.expertName());
            assertThat(assignments.byId(late.id()).orElseThrow().status()).isEqualTo(AssignmentStatus.SUSPENDED);
            assertThat(assignments.byId(other.id()).orElseThrow().status()).isEqualTo(AssignmentStatus.ACCEPTED);
            assertThatThrownBy(() -> work.submit(late, new Scores(25, 15, 15, 25)))
                    .isInstanceOfSatisfying(AssignmentRefused.class,
                            refused -> assertThat(refused.reason()).isEqualTo("suspendedConflict"));
            String page = mvc.perform(get("/agency/assessments/{id}", application.applicationId()).with(user(ilze)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("Conflicts of interest found after assignment", late.expertName(),
                    "E10000003");
        } finally {
            jdbc.sql("DELETE FROM organisation_user WHERE account_id = ?").param(expert.id().value()).update();
            jdbc.sql("DELETE FROM organisation_membership WHERE account_id = ?").param(expert.id().value()).update();
            jdbc.sql("DELETE FROM organisation_invitation WHERE email = ?").param(late.expertEmail()).update();
            jdbc.sql("UPDATE assessment_assignment SET status = 'REPLACED' WHERE application_id = ?")
                    .param(application.applicationId().value()).update();
            // What the round dashboard keeps of the assignments (issue 21): none of them counts any more
            jdbc.sql("UPDATE assessment_inbox SET assignments_counting = 0, assignments_submitted = 0,"
                    + " assignments_open = 0 WHERE application_id = ?")
                    .param(application.applicationId().value()).update();
        }
    }
}

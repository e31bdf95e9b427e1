package eu.sadarbe.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.assessment.OwnExperts;
import eu.sadarbe.assessment.experts.Assessable;
import eu.sadarbe.assessment.experts.Assignment;
import eu.sadarbe.assessment.experts.AssignmentRefused;
import eu.sadarbe.assessment.experts.AssignmentStatus;
import eu.sadarbe.assessment.experts.Assignments;
import eu.sadarbe.assessment.experts.ExpertPool;
import eu.sadarbe.assessment.inbox.InboxEntries;
import eu.sadarbe.assessment.inbox.StageCounts;
import eu.sadarbe.organisations.domain.Actor;
import eu.sadarbe.organisations.domain.MembershipInvitations;
import eu.sadarbe.submission.SettableClock;

/**
 * Issue 13, item 12: a conflict of interest recorded after the assignment left the expert's open assignments marked
 * "no conflict of interest", and she scored them. Now the open assignment is suspended — the expert can no longer
 * score it — and the officer is told on the assignment page and in the inbox. A module test of assessment with its
 * pages, on applications for EE01 and experts of its own ({@link OwnExperts}); the organisation in conflict is the
 * applicant's own.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
@Import(SettableClock.AsTheClock.class)
class LateConflictTests {

    @Autowired MockMvc mvc;
    @Autowired BeanFactory beans;
    @Autowired Assignments assignments;
    @Autowired Scoring scoring;
    @Autowired ExpertPool pool;
    @Autowired JdbcClient jdbc;
    @Autowired InboxEntries inboxEntries;
    @Autowired MembershipInvitations invitations;

    ModuleTestData data;
    OwnExperts experts;
    ExpertWork work;
    SignedInUser officer;

    @BeforeEach
    void fourExpertsOfEe01() {
        data = new ModuleTestData("assessment", beans);
        experts = OwnExperts.four(data, pool);
        officer = experts.officer();
        work = new ExpertWork(experts, assignments, scoring);
    }

    @AfterEach
    void retireThem() {
        experts.retire();
    }

    @Test
    void aRelationRecordedAfterTheAssignmentSuspendsItAndTellsTheOfficer() throws Exception {
        ModuleTestData.Draft draft = data.draftForEe01("Conflict found late");
        String applicant = draft.applicantOid().value();
        Assessable application = data.eligible(data.submit(draft), officer);
        List<Assignment> two = work.suggestedAndAccepted(application);
        Assignment late = two.get(0);
        Assignment other = two.get(1);
        try {
            mvc.perform(post("/agency/experts/{id}/relations", late.expertId().value().toString())
                            .param("organisationOid", applicant).param("note", "Joined its board in May")
                            .with(user(officer)).with(csrf()))
                    .andExpect(status().is3xxRedirection());

            assertThat(assignments.byId(late.id()).orElseThrow().status()).isEqualTo(AssignmentStatus.SUSPENDED);
            assertThat(assignments.byId(other.id()).orElseThrow().status()).isEqualTo(AssignmentStatus.ACCEPTED);
            // issue 21: a suspended one no longer counts
            StageCounts.keptAsCounted(inboxEntries, jdbc, OwnExperts.AGENCY);
            SignedInUser expert = experts.byEmail(late.expertEmail());
            assertThatThrownBy(() -> work.submit(late, new Scores(25, 15, 15, 25)))
                    .isInstanceOfSatisfying(AssignmentRefused.class,
                            refused -> assertThat(refused.reason()).isEqualTo("suspendedConflict"));
            assertThat(assignments.mine(expert)).extracting(Assignment::id).doesNotContain(late.id());
            work.submit(other, new Scores(25, 15, 15, 25));   // the other expert's work goes on

            String page = mvc.perform(get("/agency/assessments/{id}", application.applicationId())
                            .with(user(officer)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("Conflicts of interest found after assignment", late.expertName(),
                    "Recorded relation with " + applicant, "Assign an expert");
            String inbox = mvc.perform(get("/agency/applications").with(user(officer)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(inbox).contains("id=\"late-conflicts\"", application.applicationNumber(), late.expertName());
            String latvian = mvc.perform(get("/agency/applications").header("Accept-Language", "lv")
                            .with(user(officer))).andReturn().getResponse().getContentAsString();
            assertThat(latvian).contains("Pēc norīkošanas atklāti interešu konflikti");
        } finally {
            noneCounts(application);
        }
    }

    /**
     * The membership from the trust issue (issue 12): the expert accepts an invitation to act for a consortium
     * organisation after she was assigned. Her open assignment of that application is suspended before she can score
     * it, and the officer finds it in the inbox.
     */
    @Test
    void aMembershipAcceptedAfterTheAssignmentSuspendsTheExpertsOpenAssignment() throws Exception {
        ModuleTestData.Draft draft = data.draftForEe01("Membership found late");
        Assessable application = data.eligible(data.submit(draft), officer);
        List<Assignment> two = work.suggestedAndAccepted(application);
        Assignment late = two.get(0);
        Assignment other = two.get(1);
        SignedInUser expert = experts.byEmail(late.expertEmail());
        try {
            assertThat(assignments.byId(late.id()).orElseThrow().status()).isEqualTo(AssignmentStatus.ACCEPTED);
            invitations.invite(draft.applicantOid(), late.expertEmail(), Actor.of(draft.applicant()));
            invitations.accept(invitations.pendingFor(late.expertEmail()).stream()
                    .filter(pending -> pending.oid().equals(draft.applicantOid())).findFirst().orElseThrow().id(),
                    expert.id(), late.expertEmail());

            String inbox = mvc.perform(get("/agency/applications").with(user(officer)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(inbox).contains("id=\"late-conflicts\"", application.applicationNumber(), late.expertName());
            assertThat(assignments.byId(late.id()).orElseThrow().status()).isEqualTo(AssignmentStatus.SUSPENDED);
            assertThat(assignments.byId(other.id()).orElseThrow().status()).isEqualTo(AssignmentStatus.ACCEPTED);
            assertThatThrownBy(() -> work.submit(late, new Scores(25, 15, 15, 25)))
                    .isInstanceOfSatisfying(AssignmentRefused.class,
                            refused -> assertThat(refused.reason()).isEqualTo("suspendedConflict"));
            String page = mvc.perform(get("/agency/assessments/{id}", application.applicationId())
                            .with(user(officer)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("Conflicts of interest found after assignment", late.expertName(),
                    draft.applicantOid().value());
        } finally {
            noneCounts(application);
        }
    }

    /**
     * The suspension stays off EE01's inbox for the next tests: none of the application's assignments counts any more,
     * on the assignments and in what the round dashboard keeps of them (issue 21).
     */
    private void noneCounts(Assessable application) {
        jdbc.sql("UPDATE assessment_assignment SET status = 'REPLACED' WHERE application_id = ?")
                .param(application.applicationId().value()).update();
        jdbc.sql("UPDATE assessment_inbox SET assignments_counting = 0, assignments_submitted = 0,"
                + " assignments_open = 0 WHERE application_id = ?")
                .param(application.applicationId().value()).update();
    }
}

package eu.sadarbe.assessment.scoring;

import static eu.sadarbe.assessment.AssessmentFixtures.ANNA;
import static eu.sadarbe.assessment.AssessmentFixtures.ILZE;
import static eu.sadarbe.assessment.AssessmentFixtures.JANIS;
import static eu.sadarbe.assessment.AssessmentFixtures.KA202_EXPERTS_LV01;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
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
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionDesk;
import eu.sadarbe.submission.SubmissionTest;

/**
 * The expert's assessment over the pages and the API (R-AWD-01): bounds, drafts kept by the autosave even after a
 * time-out, the submission that locks it, and who may open what.
 */
@SubmissionTest
class ScoringTests {

    @Autowired MockMvc mvc;
    @Autowired Assignments assignments;
    @Autowired Scoring scoring;
    @Autowired CallRounds rounds;
    @Autowired DraftDesk drafting;
    @Autowired SubmissionDesk desk;
    @Autowired AccountRegister accounts;
    @Autowired SettableClock clock;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher events;
    @Autowired AssessableApplications assessable;
    @Autowired BackOfficeStatuses backOffice;

    AssessmentFixtures fixtures;
    ExpertWork work;

    @BeforeEach
    void fixtures() {
        fixtures = new AssessmentFixtures(rounds, drafting, desk, accounts, clock, transaction, events, assessable, backOffice);
        work = new ExpertWork(fixtures, assignments, scoring);
    }

    @Test
    void R_AWD_01_pointsOverTheMaximumAreRefusedWithAClearMessage() throws Exception {
        Assignment assignment = acceptedAssignment(5, "Over the maximum");
        SignedInUser expert = fixtures.person(assignment.expertEmail());

        mvc.perform(put("/api/v1/assessments/{id}", assignment.id()).with(user(expert))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"points\": {\"relevance\": 31, \"design\": 20}, \"comments\": {}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("relevance"))
                .andExpect(jsonPath("$.errors[0].message").value("Enter whole points from 0 to 30 (R-AWD-01)."));
        mvc.perform(post("/assessments/{id}", assignment.id()).with(user(expert)).with(csrf())
                        .param("action", "save").param("design", "21").param("designComment", "Kept as typed"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Enter whole points from 0 to 20 (R-AWD-01).")))
                .andExpect(content().string(containsString("Kept as typed")));
    }

    @Test
    void theAutosaveKeepsTheDraftAndAfterATimeOutSaysSoWithoutLosingIt() throws Exception {
        Assignment assignment = acceptedAssignment(5, "Autosaved");
        SignedInUser expert = fixtures.person(assignment.expertEmail());

        mvc.perform(post("/assessments/{id}/draft", assignment.id()).with(user(expert)).with(csrf())
                        .header("HX-Request", "true").param("relevance", "24")
                        .param("relevanceComment", "Needs analysis is thorough — ļoti rūpīga."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Draft saved")));
        mvc.perform(post("/assessments/{id}/draft", assignment.id()).with(csrf())
                        .header("HX-Request", "true").param("relevance", "25")
                        .param("relevanceComment", "Typed after the session expired"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().string(containsString("Your session has expired")));

        mvc.perform(get("/api/v1/assessments/{id}", assignment.id()).with(user(expert)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.points.relevance").value(24))
                .andExpect(jsonPath("$.comments.relevance").value("Needs analysis is thorough — ļoti rūpīga."))
                .andExpect(jsonPath("$.savedAt").isNotEmpty());
        mvc.perform(get("/assessments/{id}", assignment.id()).with(user(expert)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Needs analysis is thorough — ļoti rūpīga.")))
                .andExpect(content().string(containsString("data-assignment=\"" + assignment.id() + "\"")));
    }

    @Test
    void submittingNeedsEveryScoreAndCommentAndThenLocksTheAssessment() throws Exception {
        Assignment assignment = acceptedAssignment(6, "Submitted and locked");
        SignedInUser expert = fixtures.person(assignment.expertEmail());
        String comment = ExpertWork.COMMENT;

        mvc.perform(put("/api/v1/assessments/{id}", assignment.id()).with(user(expert))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"points\": {\"relevance\": 25, \"design\": 15, \"team\": 15}, "
                                + "\"comments\": {\"relevance\": \"" + comment + "\", \"design\": \"short\"}}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/assessments/{id}/submission", assignment.id()).with(user(expert)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field",
                        org.hamcrest.Matchers.containsInAnyOrder("designComment", "teamComment", "impact",
                                "impactComment")));

        mvc.perform(put("/api/v1/assessments/{id}", assignment.id()).with(user(expert))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"points\": {\"relevance\": 25, \"design\": 15, \"team\": 15, \"impact\": 25}, "
                                + "\"comments\": {\"relevance\": \"" + comment + "\", \"design\": \"" + comment
                                + "\", \"team\": \"" + comment + "\", \"impact\": \"" + comment + "\"}}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/assessments/{id}/submission", assignment.id()).with(user(expert)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.total").value(80));

        mvc.perform(put("/api/v1/assessments/{id}", assignment.id()).with(user(expert))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"points\": {\"relevance\": 1}}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/assessments/{id}/submission", assignment.id()).with(user(expert)))
                .andExpect(status().isConflict());
        mvc.perform(post("/assessments/{id}/draft", assignment.id()).with(user(expert)).with(csrf())
                        .header("HX-Request", "true").param("relevance", "1"))
                .andExpect(status().isConflict());
        mvc.perform(get("/assessments/{id}", assignment.id()).with(user(expert)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("locked")))
                .andExpect(content().string(not(containsString("name=\"action\" value=\"submit\""))));
    }

    @Test
    void expertsSeeOnlyTheirOwnAssignmentsAndOfficersOnlyTheirAgency() throws Exception {
        Assessable application = fixtures.eligibleApplication(8, "Only the assigned");
        List<Assignment> two = work.suggestedAndAccepted(application);
        Assignment mine = two.get(0);
        String stranger = KA202_EXPERTS_LV01.stream()
                .filter(email -> two.stream().noneMatch(assignment -> assignment.expertEmail().equals(email)))
                .findFirst().orElseThrow();

        mvc.perform(get("/api/v1/assessments/{id}", mine.id()).with(user(fixtures.person(mine.expertEmail()))))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/assessments/{id}", mine.id()).with(user(fixtures.person(stranger))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/assessments/{id}", mine.id()).with(user(fixtures.person(two.get(1).expertEmail()))))
                .andExpect(status().isNotFound());
        // an officer is no expert at all: refused by role before the assignment is looked up
        mvc.perform(put("/api/v1/assessments/{id}", mine.id()).with(user(fixtures.person(ILZE)))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/assessments").with(user(fixtures.person(stranger))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(application.applicationNumber()))));
        mvc.perform(get("/assessments").with(user(fixtures.person(mine.expertEmail()))))
                .andExpect(content().string(containsString(application.applicationNumber())));

        mvc.perform(get("/api/v1/agency/LV01/assessments/{id}", application.applicationId())
                        .with(user(fixtures.person(ILZE))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applicationNumber").value(application.applicationNumber()))
                .andExpect(jsonPath("$.assignments", hasSize(2)))
                .andExpect(jsonPath("$.assignments[0].status").value("ACCEPTED"));
        mvc.perform(get("/api/v1/agency/LV01/assessments").with(user(fixtures.person(ILZE)))
                        .param("group", application.callYear() + "/" + application.roundNumber() + "/"
                                + application.actionType()).param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assessments[?(@.applicationNumber == '" + application.applicationNumber()
                        + "')]")
                        .exists());
        mvc.perform(get("/api/v1/agency/LV01/assessments").with(user(fixtures.person(JANIS))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/agency/LV02/assessments/{id}", application.applicationId())
                        .with(user(fixtures.person(JANIS))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/agency/LV01/assessments").with(user(fixtures.person(mine.expertEmail()))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/agency/LV01/assessments").with(user(fixtures.person(ANNA))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/agency/assessments/{id}", application.applicationId()).with(user(fixtures.person(JANIS))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/agency/assessments/{id}", application.applicationId()).with(user(fixtures.person(ILZE))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Expert suggested")));
        mvc.perform(get("/agency/experts").with(user(fixtures.person(mine.expertEmail()))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOfficerPageRefusesAConflictingReplacementWithTheReason() throws Exception {
        Assessable application = fixtures.eligibleApplication(8, "Conflicting replacement");
        assignments.suggest(fixtures.person(ILZE), 2019, 8, "KA202");
        Assignment first = assignments.of(application.applicationId()).get(0);
        var inese = accounts.byEmail(AssessmentFixtures.INESE).orElseThrow();

        mvc.perform(post("/agency/assessments/{app}/assignments/{a}/replacement", application.applicationId(),
                        first.id()).with(user(fixtures.person(ILZE))).with(csrf())
                        .param("expertId", inese.id().toString()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString(
                        "The expert works for E10000002, which takes part in the consortium.")));
    }

    private Assignment acceptedAssignment(int round, String title) {
        return work.suggestedAndAccepted(fixtures.eligibleApplication(round, title)).get(0);
    }
}

package eu.sadarbe.assessment.scoring;

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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.assessment.OwnExperts;
import eu.sadarbe.assessment.experts.Assessable;
import eu.sadarbe.assessment.experts.Assignment;
import eu.sadarbe.assessment.experts.Assignments;
import eu.sadarbe.assessment.experts.ExpertPool;
import eu.sadarbe.submission.SettableClock;

/**
 * The expert's assessment over the pages and the API (R-AWD-01): bounds, drafts kept by the autosave even after a
 * time-out, the submission that locks it, and who may open what. A module test of assessment with its pages and the
 * security chain, on applications for EE01 and experts of its own ({@link OwnExperts}).
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
@Import(SettableClock.AsTheClock.class)
class ScoringTests {

    @Autowired MockMvc mvc;
    @Autowired BeanFactory beans;
    @Autowired Assignments assignments;
    @Autowired Scoring scoring;
    @Autowired ExpertPool pool;

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
    void R_AWD_01_pointsOverTheMaximumAreRefusedWithAClearMessage() throws Exception {
        Assignment assignment = acceptedAssignment("Over the maximum");
        SignedInUser expert = experts.byEmail(assignment.expertEmail());

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
        Assignment assignment = acceptedAssignment("Autosaved");
        SignedInUser expert = experts.byEmail(assignment.expertEmail());

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
        Assignment assignment = acceptedAssignment("Submitted and locked");
        SignedInUser expert = experts.byEmail(assignment.expertEmail());
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
        ModuleTestData.Draft draft = data.draftForEe01("Only the assigned");
        Assessable application = data.eligible(data.submit(draft), officer);
        List<Assignment> two = work.suggestedAndAccepted(application);
        Assignment mine = two.get(0);
        SignedInUser stranger = experts.all().stream()
                .filter(expert -> two.stream().noneMatch(assignment -> assignment.expertId().equals(expert.id())))
                .findFirst().orElseThrow();
        SignedInUser otherAgencysOfficer = data.person("Ilze Ozola", Role.NA_OFFICER, "LV01");

        mvc.perform(get("/api/v1/assessments/{id}", mine.id()).with(user(experts.byEmail(mine.expertEmail()))))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/assessments/{id}", mine.id()).with(user(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/assessments/{id}", mine.id()).with(user(experts.byEmail(two.get(1).expertEmail()))))
                .andExpect(status().isNotFound());
        // an officer is no expert at all: refused by role before the assignment is looked up
        mvc.perform(put("/api/v1/assessments/{id}", mine.id()).with(user(officer))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/assessments").with(user(stranger)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(application.applicationNumber()))));
        mvc.perform(get("/assessments").with(user(experts.byEmail(mine.expertEmail()))))
                .andExpect(content().string(containsString(application.applicationNumber())));

        mvc.perform(get("/api/v1/agency/EE01/assessments/{id}", application.applicationId())
                        .with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applicationNumber").value(application.applicationNumber()))
                .andExpect(jsonPath("$.assignments", hasSize(2)))
                .andExpect(jsonPath("$.assignments[0].status").value("ACCEPTED"));
        mvc.perform(get("/api/v1/agency/EE01/assessments").with(user(officer))
                        .param("group", application.callYear() + "/" + application.roundNumber() + "/"
                                + application.actionType()).param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assessments[?(@.applicationNumber == '" + application.applicationNumber()
                        + "')]")
                        .exists());
        mvc.perform(get("/api/v1/agency/EE01/assessments").with(user(otherAgencysOfficer)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/agency/LV01/assessments/{id}", application.applicationId())
                        .with(user(otherAgencysOfficer)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/agency/EE01/assessments").with(user(experts.byEmail(mine.expertEmail()))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/agency/EE01/assessments").with(user(draft.applicant())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/agency/assessments/{id}", application.applicationId()).with(user(otherAgencysOfficer)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/agency/assessments/{id}", application.applicationId()).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Expert suggested")));
        mvc.perform(get("/agency/experts").with(user(experts.byEmail(mine.expertEmail()))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOfficerPageRefusesAConflictingReplacementWithTheReason() throws Exception {
        ModuleTestData.Draft draft = data.draftForEe01("Conflicting replacement");
        Assessable application = data.eligible(data.submit(draft), officer);
        assignments.suggest(officer, application.callYear(), application.roundNumber(), "KA202");
        Assignment first = assignments.of(application.applicationId()).get(0);
        SignedInUser inese = experts.expert("Inese Krūze", draft.applicantOid().value());

        mvc.perform(post("/agency/assessments/{app}/assignments/{a}/replacement", application.applicationId(),
                        first.id()).with(user(officer)).with(csrf())
                        .param("expertId", inese.id().toString()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString(
                        "The expert works for " + draft.applicantOid().value()
                                + ", which takes part in the consortium.")));
    }

    private Assignment acceptedAssignment(String title) {
        return work.suggestedAndAccepted(data.eligible(data.submit(data.draftForEe01(title)), officer)).get(0);
    }
}

package eu.sadarbe.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.assessment.OwnExperts;
import eu.sadarbe.assessment.experts.Assessable;
import eu.sadarbe.assessment.experts.Assignment;
import eu.sadarbe.assessment.experts.Assignments;
import eu.sadarbe.assessment.experts.ExpertPool;
import eu.sadarbe.assessment.experts.ExpertRelation;
import eu.sadarbe.submission.SettableClock;

/**
 * Issue 13, item 13 (R-AWD-03): when the suggestion finds no suitable third expert, the officer is told so in words
 * (not a generic 409 page) and chooses one from the pool by hand; a conflict of interest is still refused. A module
 * test of assessment with its pages, on an application for EE01 and experts of its own ({@link OwnExperts}).
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
@Import(SettableClock.AsTheClock.class)
class ThirdExpertByHandTests {

    @Autowired MockMvc mvc;
    @Autowired BeanFactory beans;
    @Autowired Assignments assignments;
    @Autowired Scoring scoring;
    @Autowired ExpertPool pool;

    @Test
    void whenNobodyFitsTheOfficerIsToldAndAssignsAThirdExpertFromThePoolByHand() throws Exception {
        ModuleTestData data = new ModuleTestData("assessment", beans);
        OwnExperts experts = new OwnExperts(data, pool);
        SignedInUser officer = experts.officer();
        for (String name : List.of("Mari Kask", "Jaan Saar", "Liis Mets", "Peeter Tamm")) {
            experts.expert(name, null);
        }
        // In the pool, not a KA202 expert
        SignedInUser liga = experts.expert("Līga Vītola", null);
        pool.keep(officer, liga.email(), List.of("KA201"), List.of("en", "lv"), "EE", null);
        ExpertWork work = new ExpertWork(experts, assignments, scoring);
        ModuleTestData.Draft draft = data.draftForEe01("Nobody fits as third expert");
        Assessable application = data.eligible(data.submit(draft), officer);
        List<Assignment> two = work.suggestedAndAccepted(application);
        List<ExpertRelation> relations = new ArrayList<>();
        try {
            work.submit(two.get(0), new Scores(27, 18, 18, 27));   // 90
            work.submit(two.get(1), new Scores(18, 12, 12, 18));   // 60: a third expert is required
            List<String> assigned = two.stream().map(Assignment::expertEmail).toList();
            for (SignedInUser expert : experts.all()) {
                if (!assigned.contains(expert.email()) && !expert.equals(liga)) {
                    relations.add(pool.recordRelation(officer, expert.id(), draft.applicantOid().value(),
                            "Board member of the applicant"));
                }
            }
            String related = relations.get(0).expertId().value().toString();

            String refused = mvc.perform(post("/agency/assessments/{id}/third-expert", application.applicationId())
                            .with(user(officer)).with(csrf()))
                    .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
            assertThat(refused).contains("No expert of the pool fits this application", "id=\"third-expert-form\"",
                    "Assign as third expert");
            assertThat(mvc.perform(post("/agency/assessments/{id}/third-expert", application.applicationId())
                            .header("Accept-Language", "lv").with(user(officer)).with(csrf()))
                    .andReturn().getResponse().getContentAsString())
                    .contains("Neviens saraksta eksperts neatbilst šim pieteikumam");

            mvc.perform(post("/agency/assessments/{id}/assignments", application.applicationId())
                            .param("expertId", related).param("third", "true").with(user(officer)).with(csrf()))
                    .andExpect(status().isConflict());

            mvc.perform(post("/agency/assessments/{id}/assignments", application.applicationId())
                            .param("expertId", liga.id().value().toString()).param("third", "true")
                            .with(user(officer)).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            assertThat(assignments.of(application.applicationId()))
                    .filteredOn(assignment -> assignment.status().counts() && assignment.thirdExpert())
                    .singleElement().satisfies(third -> assertThat(third.expertEmail()).isEqualTo(liga.email()));
        } finally {
            relations.forEach(relation -> pool.forgetRelation(officer, relation.expertId(), relation.id()));
            experts.retire();
        }
    }
}

package eu.sadarbe.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.assessment.OwnExperts;
import eu.sadarbe.assessment.experts.Assessable;
import eu.sadarbe.assessment.experts.ExpertPool;
import eu.sadarbe.submission.SettableClock;

/**
 * Issue #6, "done when", for selection's pages of the back office (assessment's are refused in
 * {@code assessment.RefusalTests}): an expert of the pool, the applicant and the other agency's officer (LV01 on
 * EE01's application) are refused the ranking, the application's selection page and its letter, on pages and over
 * REST — 403 or 404, never 200, never a 500. A module test of selection with its pages (the real security chain), on
 * one eligible EE01 application of its own.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
@Import(SettableClock.AsTheClock.class)
class SelectionRefusalTests {

    static final String APPLICANT = "applicant";
    static final String OTHER_AGENCY = "other agency's officer";
    static final String EXPERT = "expert";

    static final String APPLICATION = "{application}";
    static final String RANKING = "year={year}&round={round}&actionType=KA202";

    @Autowired MockMvc mvc;
    @Autowired BeanFactory beans;
    @Autowired ExpertPool pool;

    static OwnExperts experts;
    static SignedInUser expert;
    static SignedInUser applicant;
    static SignedInUser otherAgency;
    static Assessable application;

    @BeforeEach
    void oneEligibleApplication() {
        synchronized (SelectionRefusalTests.class) {
            if (application == null) {
                ModuleTestData data = new ModuleTestData("selection", beans);
                experts = new OwnExperts(data, pool);
                expert = experts.expert("Mari Kask", null);
                ModuleTestData.Draft draft = data.draftForEe01("Selection refusals");
                applicant = draft.applicant();
                otherAgency = data.person("Jānis Liepa", Role.NA_OFFICER, "LV01");
                application = data.eligible(data.submit(draft), experts.officer());
            }
        }
    }

    @AfterAll
    static void retireTheExpert() {
        if (experts != null) {
            experts.retire();
        }
    }

    static Stream<Arguments> refused() {
        List<String> officerPages = List.of("/agency/selection", "/agency/selection/applications/" + APPLICATION,
                "/agency/selection/applications/" + APPLICATION + "/letter",
                "/api/v1/agency/EE01/ranking?" + RANKING);
        List<String> otherAgencysPages = List.of("/agency/selection/applications/" + APPLICATION,
                "/agency/selection/applications/" + APPLICATION + "/letter",
                "/api/v1/agency/EE01/ranking?" + RANKING);
        Stream.Builder<Arguments> cases = Stream.builder();
        officerPages.forEach(url -> cases.add(Arguments.of(EXPERT, url)));
        officerPages.forEach(url -> cases.add(Arguments.of(APPLICANT, url)));
        otherAgencysPages.forEach(url -> cases.add(Arguments.of(OTHER_AGENCY, url)));
        return cases.build();
    }

    @ParameterizedTest(name = "{0}: GET {1}")
    @MethodSource
    void refused(String who, String request) throws Exception {
        SignedInUser person = switch (who) {
            case EXPERT -> expert;
            case OTHER_AGENCY -> otherAgency;
            default -> applicant;
        };
        String url = request.replace(APPLICATION, application.applicationId().toString())
                .replace("{year}", String.valueOf(application.callYear()))
                .replace("{round}", String.valueOf(application.roundNumber()));
        int status = mvc.perform(get(url).with(user(person))).andReturn().getResponse().getStatus();
        assertThat(status).as("%s GET %s", person.email(), url).isIn(403, 404);
    }
}

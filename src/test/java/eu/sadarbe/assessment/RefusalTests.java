package eu.sadarbe.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.experts.Assessable;
import eu.sadarbe.assessment.experts.Assignment;
import eu.sadarbe.assessment.experts.Assignments;
import eu.sadarbe.assessment.experts.ExpertPool;
import eu.sadarbe.submission.SettableClock;

/**
 * Issue #6, "done when": an expert or officer trying to open something outside their assignment or agency is
 * refused — every page and API call of assessment's back office, tried by the wrong person: an expert not assigned
 * to the application (another expert's assignment, the officers' pages), the other agency's officer (LV01 on EE01's
 * application), the applicant. Refused means 403 or, where the thing is not even shown to exist, 404; never 200,
 * never a 500. A module test of assessment with its pages (the real security chain), on one eligible EE01
 * application of its own with two of its own experts ({@link OwnExperts}); selection's pages are refused in
 * {@code selection.SelectionRefusalTests}.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
@Import(SettableClock.AsTheClock.class)
class RefusalTests {

    static final String APPLICANT = "applicant";
    static final String OTHER_AGENCY = "other agency's officer";
    /** An expert of the pool who is not among the two assigned. */
    static final String OTHER_EXPERT = "other expert";
    /** The second assigned expert, opening the first one's assignment. */
    static final String FELLOW_EXPERT = "fellow expert";

    static final String APPLICATION = "{application}";
    static final String ASSIGNMENT = "{assignment}";

    @Autowired MockMvc mvc;
    @Autowired BeanFactory beans;
    @Autowired Assignments assignments;
    @Autowired ExpertPool pool;

    static OwnExperts experts;
    static SignedInUser applicant;
    static SignedInUser otherAgency;
    static Assessable application;
    static List<Assignment> assigned;

    @BeforeEach
    void oneApplicationWithTwoExperts() {
        synchronized (RefusalTests.class) {
            if (application == null) {
                ModuleTestData data = new ModuleTestData("assessment", beans);
                experts = OwnExperts.four(data, pool);
                ModuleTestData.Draft draft = data.draftForEe01("Refusals");
                applicant = draft.applicant();
                otherAgency = data.person("Jānis Liepa", Role.NA_OFFICER, "LV01");
                application = data.eligible(data.submit(draft), experts.officer());
                assignments.suggest(experts.officer(), application.callYear(), application.roundNumber(), "KA202");
                assigned = assignments.of(application.applicationId());
                assertThat(assigned).hasSize(2);
            }
        }
    }

    @AfterAll
    static void retireTheExperts() {
        if (experts != null) {
            experts.retire();
        }
    }

    static Stream<Arguments> refused() {
        List<String> officerPages = List.of("GET /agency/applications",
                "GET /agency/applications/" + APPLICATION, "POST /agency/applications/" + APPLICATION
                        + "/formal-check", "GET /agency/assessments", "GET /agency/assessments/" + APPLICATION,
                "POST /agency/assessments/suggestions", "POST /agency/assessments/" + APPLICATION + "/third-expert",
                "POST /agency/assessments/" + APPLICATION + "/consolidation", "GET /agency/experts",
                "GET /api/v1/agency/EE01/applications/" + APPLICATION,
                "GET /api/v1/agency/EE01/assessments", "GET /api/v1/agency/EE01/assessments/" + APPLICATION);
        List<String> assignmentPages = List.of("GET /assessments/" + ASSIGNMENT,
                "POST /assessments/" + ASSIGNMENT + "/declaration", "GET /api/v1/assessments/" + ASSIGNMENT,
                "POST /api/v1/assessments/" + ASSIGNMENT + "/declaration", "PUT /api/v1/assessments/" + ASSIGNMENT,
                "POST /api/v1/assessments/" + ASSIGNMENT + "/submission");
        List<String> otherAgencysPages = List.of("GET /agency/applications/" + APPLICATION,
                "POST /agency/applications/" + APPLICATION + "/formal-check",
                "GET /agency/assessments/" + APPLICATION,
                "POST /agency/assessments/" + APPLICATION + "/third-expert",
                "POST /agency/assessments/" + APPLICATION + "/consolidation",
                "GET /api/v1/agency/EE01/applications/" + APPLICATION,
                "GET /api/v1/agency/LV01/applications/" + APPLICATION,
                "GET /api/v1/agency/EE01/assessments/" + APPLICATION,
                "GET /api/v1/agency/LV01/assessments/" + APPLICATION);
        Stream.Builder<Arguments> cases = Stream.builder();
        officerPages.forEach(url -> cases.add(Arguments.of(OTHER_EXPERT, url)));
        officerPages.forEach(url -> cases.add(Arguments.of(APPLICANT, url)));
        assignmentPages.forEach(url -> cases.add(Arguments.of(FELLOW_EXPERT, url)));
        assignmentPages.forEach(url -> cases.add(Arguments.of(OTHER_EXPERT, url)));
        assignmentPages.forEach(url -> cases.add(Arguments.of(APPLICANT, url)));
        assignmentPages.forEach(url -> cases.add(Arguments.of(OTHER_AGENCY, url)));
        cases.add(Arguments.of(APPLICANT, "GET /assessments"));
        otherAgencysPages.forEach(url -> cases.add(Arguments.of(OTHER_AGENCY, url)));
        return cases.build();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void refused(String who, String request) throws Exception {
        SignedInUser person = switch (who) {
            case FELLOW_EXPERT -> experts.byEmail(assigned.get(1).expertEmail());
            case OTHER_EXPERT -> experts.all().stream()
                    .filter(expert -> assigned.stream().noneMatch(a -> a.expertEmail().equals(expert.email())))
                    .findFirst().orElseThrow();
            case OTHER_AGENCY -> otherAgency;
            default -> applicant;
        };
        String[] parts = request.split(" ", 2);
        String url = parts[1].replace(APPLICATION, application.applicationId().toString())
                .replace(ASSIGNMENT, assigned.get(0).id().toString());
        String group = application.callYear() + "/" + application.roundNumber() + "/KA202";
        MockHttpServletRequestBuilder call = switch (parts[0]) {
            case "GET" -> get(url);
            case "PUT" -> put(url).contentType("application/json").content("{\"relevance\": 20}");
            default -> url.startsWith("/api/")
                    ? post(url).contentType("application/json").content("{\"conflict\": false}")
                    : post(url).with(csrf()).param("group", group).param("outcome", "ELIGIBLE");
        };
        int status = mvc.perform(call.with(user(person))).andReturn().getResponse().getStatus();
        assertThat(status).as("%s %s", person.email(), request).isIn(403, 404);
    }
}

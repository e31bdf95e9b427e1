package eu.sadarbe.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.assessment.experts.Assessable;
import eu.sadarbe.assessment.experts.AssessableApplications;
import eu.sadarbe.assessment.experts.Assignment;
import eu.sadarbe.assessment.experts.Assignments;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionDesk;
import eu.sadarbe.submission.SubmissionTest;

/**
 * Issue #6, "done when": an expert or officer trying to open something outside their assignment or agency is
 * refused — every page and API call of the back office, tried by the wrong person: an expert not assigned to the
 * application (another expert's assignment, the officers' pages), the other agency's officer (LV02 on LV01's
 * application), an applicant. Refused means 403 or, where the thing is not even shown to exist, 404; never 200,
 * never a 500. One eligible LV01 application with two experts, in 2019 KA202 round 6 of the assessment fixtures.
 */
@SubmissionTest
class RefusalTests {

    static final String ANNA = AssessmentFixtures.ANNA;
    static final String JANIS = AssessmentFixtures.JANIS;
    /** An expert of the pool who is not among the two assigned (set per run). */
    static final String OTHER_EXPERT = "other expert";
    /** The second assigned expert, opening the first one's assignment. */
    static final String FELLOW_EXPERT = "fellow expert";

    static final String APPLICATION = "{application}";
    static final String ASSIGNMENT = "{assignment}";

    @Autowired MockMvc mvc;
    @Autowired Assignments assignments;
    @Autowired CallRounds rounds;
    @Autowired DraftDesk drafting;
    @Autowired SubmissionDesk desk;
    @Autowired AccountRegister accounts;
    @Autowired SettableClock clock;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher events;
    @Autowired AssessableApplications assessable;
    @Autowired BackOfficeStatuses backOffice;

    static Assessable application;
    static List<Assignment> assigned;

    AssessmentFixtures fixtures;

    @BeforeEach
    void oneApplicationWithTwoExperts() {
        fixtures = new AssessmentFixtures(rounds, drafting, desk, accounts, clock, transaction, events, assessable, backOffice);
        synchronized (RefusalTests.class) {
            if (application == null) {
                application = fixtures.eligibleApplication(6, "Refusals");
                assignments.suggest(fixtures.person(AssessmentFixtures.ILZE), 2019, 6, "KA202");
                assigned = assignments.of(application.applicationId());
                assertThat(assigned).hasSize(2);
            }
        }
    }

    static Stream<Arguments> refused() {
        List<String> officerPages = List.of("GET /agency/applications",
                "GET /agency/applications/" + APPLICATION, "POST /agency/applications/" + APPLICATION
                        + "/formal-check", "GET /agency/assessments", "GET /agency/assessments/" + APPLICATION,
                "POST /agency/assessments/suggestions", "POST /agency/assessments/" + APPLICATION + "/third-expert",
                "POST /agency/assessments/" + APPLICATION + "/consolidation", "GET /agency/experts",
                "GET /agency/selection", "GET /agency/selection/applications/" + APPLICATION,
                "GET /agency/selection/applications/" + APPLICATION + "/letter",
                "GET /api/v1/agency/LV01/applications/" + APPLICATION,
                "GET /api/v1/agency/LV01/assessments", "GET /api/v1/agency/LV01/assessments/" + APPLICATION,
                "GET /api/v1/agency/LV01/ranking?year=2019&round=6&actionType=KA202");
        List<String> assignmentPages = List.of("GET /assessments/" + ASSIGNMENT,
                "POST /assessments/" + ASSIGNMENT + "/declaration", "GET /api/v1/assessments/" + ASSIGNMENT,
                "POST /api/v1/assessments/" + ASSIGNMENT + "/declaration", "PUT /api/v1/assessments/" + ASSIGNMENT,
                "POST /api/v1/assessments/" + ASSIGNMENT + "/submission");
        List<String> otherAgency = List.of("GET /agency/applications/" + APPLICATION,
                "POST /agency/applications/" + APPLICATION + "/formal-check",
                "GET /agency/assessments/" + APPLICATION,
                "POST /agency/assessments/" + APPLICATION + "/third-expert",
                "POST /agency/assessments/" + APPLICATION + "/consolidation",
                "GET /agency/selection/applications/" + APPLICATION,
                "GET /agency/selection/applications/" + APPLICATION + "/letter",
                "GET /api/v1/agency/LV01/applications/" + APPLICATION,
                "GET /api/v1/agency/LV02/applications/" + APPLICATION,
                "GET /api/v1/agency/LV01/assessments/" + APPLICATION,
                "GET /api/v1/agency/LV02/assessments/" + APPLICATION,
                "GET /api/v1/agency/LV01/ranking?year=2019&round=6&actionType=KA202");
        Stream.Builder<Arguments> cases = Stream.builder();
        officerPages.forEach(url -> cases.add(Arguments.of(OTHER_EXPERT, url)));
        officerPages.forEach(url -> cases.add(Arguments.of(ANNA, url)));
        assignmentPages.forEach(url -> cases.add(Arguments.of(FELLOW_EXPERT, url)));
        assignmentPages.forEach(url -> cases.add(Arguments.of(OTHER_EXPERT, url)));
        assignmentPages.forEach(url -> cases.add(Arguments.of(ANNA, url)));
        assignmentPages.forEach(url -> cases.add(Arguments.of(JANIS, url)));
        cases.add(Arguments.of(ANNA, "GET /assessments"));
        otherAgency.forEach(url -> cases.add(Arguments.of(JANIS, url)));
        return cases.build();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void refused(String who, String request) throws Exception {
        String email = switch (who) {
            case FELLOW_EXPERT -> assigned.get(1).expertEmail();
            case OTHER_EXPERT -> AssessmentFixtures.KA202_EXPERTS_LV01.stream()
                    .filter(expert -> assigned.stream().noneMatch(a -> a.expertEmail().equals(expert)))
                    .findFirst().orElseThrow();
            default -> who;
        };
        String[] parts = request.split(" ", 2);
        String url = parts[1].replace(APPLICATION, application.applicationId().toString())
                .replace(ASSIGNMENT, assigned.get(0).id().toString());
        MockHttpServletRequestBuilder call = switch (parts[0]) {
            case "GET" -> get(url);
            case "PUT" -> put(url).contentType("application/json").content("{\"relevance\": 20}");
            default -> url.startsWith("/api/")
                    ? post(url).contentType("application/json").content("{\"conflict\": false}")
                    : post(url).with(csrf()).param("group", "2019/6/KA202").param("outcome", "ELIGIBLE");
        };
        int status = mvc.perform(call.with(user(fixtures.person(email)))).andReturn().getResponse().getStatus();
        assertThat(status).as("%s %s", email, request).isIn(403, 404);
    }
}

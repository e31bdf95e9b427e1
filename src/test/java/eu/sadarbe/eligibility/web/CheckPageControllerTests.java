package eu.sadarbe.eligibility.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import eu.sadarbe.WebSliceTest;
import eu.sadarbe.budget.Budgeting;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.eligibility.EligibilityCheck;

/**
 * "Can we apply?" as a page: the form checked without JavaScript as the API checks a document, the results fragment
 * for htmx, typed values named in words beside their fields, an uploaded document. A slice test: the page's controller
 * with the real rules engine, budget and rule figures; that anyone may open it is {@link CheckPageTests}' concern.
 */
@WebSliceTest(value = CheckPageController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "eu\\.sadarbe\\.applications\\.document\\.DocumentReaderConfiguration"))
@Import({EligibilityCheck.class, CheckMessages.class, Budgeting.class, RuleBook.class, ReferenceData.class})
class CheckPageControllerTests {

    @Autowired
    MockMvc mvc;

    static MockHttpServletRequestBuilder greenSkillsForm() {
        return greenSkillsForm("24", "EE");
    }

    static MockHttpServletRequestBuilder greenSkillsForm(String months, String secondCountry) {
        return greenSkillsForm("2020", months, secondCountry);
    }

    static MockHttpServletRequestBuilder greenSkillsForm(String callYear, String months, String secondCountry) {
        return post("/check").with(csrf())
                .param("callYear", callYear).param("actionType", "KA202").param("projectType", "INNOVATION")
                .param("durationMonths", months).param("priority", "true")
                .param("organisations[0].country", "LV").param("organisations[0].organisationType", "VET_PROVIDER")
                .param("organisations[0].role", "APPLICANT")
                .param("organisations[1].country", secondCountry).param("organisations[1].organisationType", "VET_PROVIDER")
                .param("organisations[1].role", "PARTNER")
                .param("organisations[2].country", "DE").param("organisations[2].organisationType", "VET_PROVIDER")
                .param("organisations[2].role", "PARTNER")
                .param("meetings[0].host", "1").param("meetings[0].from", "2").param("meetings[0].participants", "2")
                .param("meetings[0].distanceKm", "280")
                .param("meetings[1].host", "1").param("meetings[1].from", "3").param("meetings[1].participants", "2")
                .param("meetings[1].distanceKm", "1060")
                .param("outputs[0].organisation", "1").param("outputs[0].category", "TEACHER_TRAINER_RESEARCHER_YOUTH_WORKER")
                .param("outputs[0].days", "40")
                .param("outputs[1].organisation", "3").param("outputs[1].category", "TECHNICIAN").param("outputs[1].days", "10")
                .param("events[0].host", "1").param("events[0].localParticipants", "40")
                .param("events[0].internationalParticipants", "5")
                .param("activities[0].activityType", "SHORT_TERM_JOINT_STAFF_TRAINING").param("activities[0].host", "3")
                .param("activities[0].from", "1").param("activities[0].participantKind", "STAFF")
                .param("activities[0].participants", "3").param("activities[0].distanceKm", "1060")
                .param("activities[0].days", "5")
                .param("specialNeeds", "1200").param("exceptionalCosts", "4000");
    }

    @Test
    void namesTheOrganisationsOfACallUpTo2019ByPicAsItsR_ELIG_10FigureSays() throws Exception {
        mvc.perform(greenSkillsForm("2019", "24", "EE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You can apply")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("R-ELIG-10"))));
    }

    @Test
    void checksTheFormWithoutJavaScriptAsTheApiDoes() throws Exception {
        mvc.perform(greenSkillsForm())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("You can apply")))
                .andExpect(content().string(containsString("42,495.00")));
    }

    @Test
    void answersHtmxWithTheResultsFragmentOnly() throws Exception {
        mvc.perform(greenSkillsForm("11", "EE").header("HX-Request", "true")
                        .header("Accept-Language", "lv"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("id=\"check-results\"")))
                .andExpect(content().string(containsString("R-ELIG-06")));
    }

    @Test
    void namesWhatIsWrongWithTypedValuesInWordsBesideTheField() throws Exception {
        mvc.perform(greenSkillsForm("two", "XX"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#durationMonths\"")))
                .andExpect(content().string(containsString("Duration in months: enter a whole number, such as 24.")))
                .andExpect(content().string(containsString("id=\"durationMonths-error\"")))
                .andExpect(content().string(containsString("govuk-input--error")))
                .andExpect(content().string(containsString("Organisation 2: Country code: XX is not a country code")))
                .andExpect(content().string(not(containsString("/durationMonths"))))
                .andExpect(content().string(not(containsString("not well formed"))));
    }

    @Test
    void aHalfFilledActivityRowIsAFieldMessageNotAMalformedDocument() throws Exception {
        mvc.perform(greenSkillsForm().param("activities[1].participants", "2")
                        .header("HX-Request", "true").header("Accept-Language", "lv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#activity-1-host\"")))
                .andExpect(content().string(containsString(
                        "Mācību, mācīšanas un apmācību aktivitātes, 2. rinda: Uzņēmējs (Nr.): aizpildiet šo lauku.")))
                .andExpect(content().string(not(containsString("/learningActivities"))))
                .andExpect(content().string(not(containsString("nav pareizi veidots"))));
    }

    @Test
    void keepsTheVerdictAndTotalInViewWithEveryLiveCheck() throws Exception {
        mvc.perform(greenSkillsForm().header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"check-summary\"")))
                .andExpect(content().string(containsString("hx-swap-oob=\"true\"")))
                .andExpect(content().string(containsString("data-testid=\"summary-total\">€42,495.00")));
    }

    @Test
    void showsEveryHeaderInWordsAndThePriorityBoxRightBeforeItsLabel() throws Exception {
        for (String language : new String[] {"en", "lv"}) {
            mvc.perform(get("/check").header("Accept-Language", language))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("??"))))
                    .andExpect(content().string(matchesRegex(
                            "(?s).*<input class=\"govuk-checkboxes__input\" type=\"checkbox\" id=\"priority\""
                                    + "[^>]*checked[^>]*>\\s*<label.*")));
        }
        mvc.perform(get("/check").header("Accept-Language", "lv"))
                .andExpect(content().string(containsString(">Aktivitāte<")));
    }

    @Test
    void checksAnUploadedDocument() throws Exception {
        byte[] document = Files.readAllBytes(Path.of("src/test/resources/api-examples/reading-together.json"));
        mvc.perform(multipart("/check/document").file(new MockMultipartFile("document", "reading.json",
                        "application/json", document)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("17,644.00")));
        mvc.perform(multipart("/check/document").file(new MockMultipartFile("document", "x.json",
                        "application/json", "not json".getBytes())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("not a JSON object")));
    }
}

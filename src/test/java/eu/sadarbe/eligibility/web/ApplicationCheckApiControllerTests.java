package eu.sadarbe.eligibility.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import eu.sadarbe.WebSliceTest;
import eu.sadarbe.budget.Budgeting;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.eligibility.EligibilityCheck;

/**
 * The public check API (shared API document): the agency and the budget of an eligible document, findings in English
 * or Latvian with their rule ids, every fault of a malformed document with its pointer, 422 for a call year without
 * rules. A slice test: the API's controller with the real rules engine, budget and rule figures. That it keeps no
 * session and is in the OpenAPI document is {@link ApplicationCheckApiTests}', on the whole application.
 */
@WebSliceTest(value = ApplicationCheckApiController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "eu\\.sadarbe\\.applications\\.document\\.DocumentReaderConfiguration"))
@Import({EligibilityCheck.class, CheckMessages.class, Budgeting.class, RuleBook.class, ReferenceData.class})
class ApplicationCheckApiControllerTests {

    @Autowired
    MockMvc mvc;

    static String greenSkills() throws Exception {
        return Files.readString(Path.of("src/test/resources/api-examples/green-skills.json"));
    }

    ResultActions check(String document, String language) throws Exception {
        return mvc.perform(post("/api/v1/application-checks").contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", language).content(document));
    }

    @Test
    void answersAnEligibleDocumentWithTheAgencyAndTheNineCategories() throws Exception {
        check(greenSkills(), "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(true))
                .andExpect(jsonPath("$.nationalAgency.code").value("LV01"))
                .andExpect(jsonPath("$.nationalAgency.name").value("Valsts izglītības attīstības aģentūra"))
                .andExpect(jsonPath("$.findings", hasSize(0)))
                .andExpect(jsonPath("$.budget.currency").value("EUR"))
                .andExpect(jsonPath("$.budget.categories", hasSize(9)))
                .andExpect(jsonPath("$.budget.categories[0].category").value("PROJECT_MANAGEMENT"))
                .andExpect(jsonPath("$.budget.categories[8].category").value("EXCEPTIONAL_COSTS"))
                .andExpect(jsonPath("$.budget.total").value(42495.00))
                .andExpect(jsonPath("$.budget.maximum").value(300000.00));
    }

    @Test
    void explainsFindingsInEnglishOrLatvian() throws Exception {
        String twoOrganisations = greenSkills().replace("\"country\": \"DE\"", "\"country\": \"EE\"");
        check(twoOrganisations, "en")
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.findings[0].rule").value("R-ELIG-02"))
                .andExpect(jsonPath("$.findings[0].severity").value("ERROR"))
                .andExpect(jsonPath("$.findings[0].path").value("/organisations"))
                .andExpect(jsonPath("$.findings[0].message", containsString("At least 3 organisations from 3 different Programme Countries")));
        check(twoOrganisations, "lv")
                .andExpect(jsonPath("$.findings[0].message", containsString("programmas valstīm")));
    }

    @Test
    void givesNoAgencyToAnApplicantOutsideTheProgrammeCountries() throws Exception {
        String swiss = greenSkills().replaceFirst("\"country\": \"LV\"", "\"country\": \"CH\"");
        check(swiss, "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nationalAgency").value(nullValue()))
                .andExpect(jsonPath("$.findings[*].rule", hasItem("R-ELIG-01")));
    }

    @Test
    void listsEveryFaultOfAMalformedDocumentWithItsPointer() throws Exception {
        String malformed = greenSkills()
                .replace("\"durationMonths\": 24", "\"durationMonths\": \"two years\"")
                .replace("\"projectType\": \"INNOVATION\",", "")
                .replace("\"actionType\": \"KA202\"", "\"actionType\": \"KA999\"")
                .replace("\"country\": \"EE\"", "\"country\": \"XX\"")
                .replace("\"participants\": 3", "\"participants\": -3")
                .replace("\"host\": \"E10000003\"", "\"host\": \"E99999999\"");
        check(malformed, "en")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors", hasSize(6)))
                .andExpect(jsonPath("$.errors[*].pointer", hasItem("/durationMonths")))
                .andExpect(jsonPath("$.errors[*].pointer", hasItem("/projectType")))
                .andExpect(jsonPath("$.errors[*].pointer", hasItem("/actionType")))
                .andExpect(jsonPath("$.errors[*].pointer", hasItem("/organisations/1/country")))
                .andExpect(jsonPath("$.errors[*].pointer", hasItem("/learningActivities/0/travellers/0/participants")))
                .andExpect(jsonPath("$.errors[*].pointer", hasItem("/learningActivities/0/host")));
        check(malformed, "lv")
                .andExpect(jsonPath("$.title").value("Pieteikuma dokuments nav pareizi veidots"));
    }

    @Test
    void answersAnUnknownPriorityCodeWith400AndAnotherFieldsPriorityWithAFinding() throws Exception {
        check(greenSkills().replace("\"HZ-ENVIRONMENT-CLIMATE\"", "\"HZ-MADE-UP\""), "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].pointer", hasItem("/priorities/0")))
                .andExpect(jsonPath("$.errors[0].detail").value(containsString("HZ-MADE-UP")));
        check(greenSkills().replace("\"HZ-ENVIRONMENT-CLIMATE\"", "\"YO-PARTICIPATION\""), "lv")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.findings[0].rule").value("R-ELIG-08"))
                .andExpect(jsonPath("$.findings[0].path").value("/priorities/0"))
                .andExpect(jsonPath("$.findings[0].message").value(
                        "Prioritāte YO-PARTICIPATION attiecas uz citu jomu (Jaunatne); izvēlieties horizontālu "
                                + "prioritāti vai jomas „Profesionālā izglītība un apmācība” prioritāti."));
    }

    @Test
    void refusesAStartBeforeTheCallsEarliestStartWithDatesInTheReadersFormat() throws Exception {
        String early = greenSkills().replace("\"startDate\": \"2020-09-01\"", "\"startDate\": \"2017-01-01\"");
        check(early, "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.findings[0].rule").value("R-ELIG-13"))
                .andExpect(jsonPath("$.findings[0].path").value("/startDate"))
                .andExpect(jsonPath("$.findings[0].message").value(
                        "The project may start on 1 September 2020 at the earliest for this call; it starts on 1 January 2017."));
        check(early, "lv")
                .andExpect(jsonPath("$.findings[0].message").value(
                        "Šajā konkursā projekts var sākties ne agrāk kā 01.09.2020; tas sākas 01.01.2017."));
    }

    @Test
    void refusesALearningActivityLongerThanItsKindMayLast() throws Exception {
        check(greenSkills().replace("\"days\": 5", "\"days\": 400"), "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.findings[*].rule", hasItem("R-FIN-08")))
                .andExpect(jsonPath("$.findings[*].path", hasItem("/learningActivities/0/travellers/0/days")))
                .andExpect(jsonPath("$.findings[*].message", hasItem(
                        "Short-term joint staff training lasts from 5 to 60 days (travel days not counted); 400 days were given.")));
    }

    @Test
    void writesAmountsInFindingsAsTheReaderWritesMoney() throws Exception {
        String costly = greenSkills().replace("\"eligibleCost\": 4000.0", "\"eligibleCost\": 1616000.0");
        check(costly, "en")
                .andExpect(jsonPath("$.findings[*].message", hasItem(
                        "Exceptional costs are capped at €50,000.00 per project; €1,212,000.00 was reduced to the cap.")));
        check(costly, "lv")
                .andExpect(jsonPath("$.findings[*].message", hasItem(containsString("1\u00a0212\u00a0000,00\u00a0€"))));
    }

    @Test
    void refusesASchoolExchangePartnershipInACallThatDidNotOfferIt() throws Exception {
        String schools = Files.readString(Path.of("src/test/resources/api-examples/reading-together.json"))
                .replace("\"KA201\"", "\"KA229\"").replace("\"INNOVATION\"", "\"EXCHANGE_OF_GOOD_PRACTICES\"");
        check(schools, "en").andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[*].rule", not(hasItem("R-ELIG-04"))));
        String before2018 = schools.replaceFirst("\"callYear\": *2020", "\"callYear\": 2017");
        check(before2018, "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.findings[*].rule", hasItem("R-ELIG-04")))
                .andExpect(jsonPath("$.findings[*].message", hasItem(
                        "School Exchange Partnerships (KA229) were not open in the 2017 call; they exist only in the "
                                + "calls 2018–2020.")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[]", "42", "null", "{\"callYear\": 2020", "{\"callYear\": 2020} {}",
            "{\"callYear\": 1e999999999, \"actionType\": \"KA201\"}"})
    void answersWhatIsNotADocumentWithAProblem(String body) throws Exception {
        check(body, "en")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors").isArray());
    }

    @Test
    void answersDeeplyNestedJsonWithAProblem() throws Exception {
        check("[".repeat(5000) + "]".repeat(5000), "en").andExpect(status().isBadRequest());
    }

    @Test
    void answersAnotherContentTypeWithAProblem() throws Exception {
        mvc.perform(post("/api/v1/application-checks").contentType(MediaType.TEXT_PLAIN).content("{}"))
                .andExpect(status().isUnsupportedMediaType());
    }

    @ParameterizedTest
    @ValueSource(ints = {2013, 2021, 0})
    void answersACallYearWithoutRulesWith422(int callYear) throws Exception {
        check(greenSkills().replace("\"callYear\": 2020", "\"callYear\": " + callYear), "lv")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Noteikumu kopa nav pieejama"));
    }

}

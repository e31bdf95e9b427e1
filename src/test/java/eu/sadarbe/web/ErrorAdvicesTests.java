package eu.sadarbe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import eu.sadarbe.WebSliceTest;
import eu.sadarbe.shared.Refusal;

/**
 * The one error layer (issue #14, item 4) on a web slice: a page and an API endpoint of this test's own refuse, store
 * a value out of range and misread their input, and the two advices answer — {@link PageProblems} with the error page
 * in the reader's language, {@link ApiProblems} with {@code application/problem+json} titled by its status in the
 * same words in every module, Spring's own problems included; and what each advice makes of a value the database
 * refuses, and of a violation that is not about a value. A slice test: only the web layer.
 */
@WebSliceTest({ErrorAdvicesTests.RefusingPage.class, ErrorAdvicesTests.RefusingApi.class})
@Import({ErrorAdvicesTests.RefusingPage.class, ErrorAdvicesTests.RefusingApi.class})
class ErrorAdvicesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PageProblems pageErrors;

    @Autowired
    ApiProblems apiProblems;

    @Test
    void aPageRefusedIsTheErrorPageWithTheDetailInTheReadersLanguage() throws Exception {
        mvc.perform(get("/test/refusing-page").header("Accept-Language", "lv"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Lapa nav atrasta")))
                .andExpect(content().string(containsString("Nevienai reģistrētai organizācijai nav organizācijas ID E10000001.")))
                .andExpect(content().string(containsString("Kļūdas kods: 404")))
                .andExpect(content().string(containsString("govuk-header")))
                .andExpect(content().string(not(containsString("UnknownOrganisationId"))));
        mvc.perform(get("/test/refusing-page").header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")))
                .andExpect(content().string(containsString("No registered organisation has the Organisation ID E10000001.")));
    }

    @Test
    void aValueTheDatabaseCannotStoreIsA400PageAndProblemNotAFailure() throws Exception {
        mvc.perform(get("/test/out-of-range-page").header("Accept-Language", "lv"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Kāda ievadītā vērtība ir pārāk gara")));
        mvc.perform(get("/test/api/out-of-range").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("A value could not be stored"))
                .andExpect(jsonPath("$.type").value("https://sadarbe.eu/problems/value-out-of-range"));
    }

    @Test
    void anApiRefusalIsProblemJsonTitledByItsStatusInBothLanguages() throws Exception {
        mvc.perform(get("/test/api/refusing").header("Accept-Language", "lv"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("Nav atrasts"))
                .andExpect(jsonPath("$.detail").value("Nevienai reģistrētai organizācijai nav organizācijas ID E10000001."));
        mvc.perform(get("/test/api/refusing").header("Accept-Language", "en"))
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail").value("No registered organisation has the Organisation ID E10000001."));
    }

    @Test
    void springsOwnProblemsAreTitledAsOursAre() throws Exception {
        mvc.perform(get("/test/api/needs-a-parameter").header("Accept-Language", "lv"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Pieprasījums nav pareizs"));
        mvc.perform(post("/test/api/named").header("Accept-Language", "lv")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Pieprasījums nav pareizs"))
                .andExpect(jsonPath("$.detail").value("Pieprasījuma saturs nav gaidītās formas JSON."));
    }

    @Test
    void fieldsThatFailTheirConstraintsAreEachNamed() throws Exception {
        mvc.perform(post("/test/api/named").header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("The request is not right"))
                .andExpect(jsonPath("$.detail").value("Some fields are not right; see errors."))
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    /**
     * The net beneath the forms (issue #12, section 6): whatever value the database refuses as data is 400 with a
     * message, never 500; any other integrity violation is not theirs to answer.
     */
    @Test
    void aValueTheDatabaseRefusesIsABadRequestInThePagesLanguage() throws Exception {
        var tooLong = new DataIntegrityViolationException("insert",
                new SQLException("value too long for type character varying(1000)", "22001"));
        var page = pageErrors.valueOutOfRange(tooLong, new MockHttpServletRequest("POST", "/rounds"),
                Locale.forLanguageTag("lv"), null);
        assertThat(page.getStatus().value()).isEqualTo(400);
        assertThat(page.getModel().get("detail").toString()).startsWith("Kāda ievadītā vērtība ir pārāk gara");
        var problem = apiProblems.valueOutOfRange(tooLong, Locale.ENGLISH);
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getDetail()).contains("too long");
        var other = new DataIntegrityViolationException("duplicate", new SQLException("duplicate key", "23505"));
        assertThatThrownBy(() -> apiProblems.valueOutOfRange(other, Locale.ENGLISH)).isSameAs(other);
    }

    /** A refusal as the modules write theirs: a kind and a message key with its arguments. */
    static final class UnknownOrganisationId extends RuntimeException implements Refusal {

        @Override
        public Kind kind() {
            return Kind.NOT_FOUND;
        }

        @Override
        public String messageKey() {
            return "drafting.organisations.unknown";
        }

        @Override
        public Object[] messageArguments(Wording wording) {
            return new Object[] {"E10000001"};
        }
    }

    static DataIntegrityViolationException valueTooLong() {
        return new DataIntegrityViolationException("value too long",
                new SQLDataException("value too long for type character varying(500)", "22001"));
    }

    @Controller
    static class RefusingPage {

        @GetMapping("/test/refusing-page")
        String refuse() {
            throw new UnknownOrganisationId();
        }

        @GetMapping("/test/out-of-range-page")
        String outOfRange() {
            throw valueTooLong();
        }
    }

    record Named(@NotBlank String name) {
    }

    @RestController
    static class RefusingApi {

        @GetMapping("/test/api/refusing")
        String refuse() {
            throw new UnknownOrganisationId();
        }

        @GetMapping("/test/api/out-of-range")
        String outOfRange() {
            throw valueTooLong();
        }

        @GetMapping("/test/api/needs-a-parameter")
        String needsAParameter(@RequestParam int year) {
            return Integer.toString(year);
        }

        @PostMapping("/test/api/named")
        String named(@Valid @RequestBody Named named) {
            return named.name();
        }
    }
}

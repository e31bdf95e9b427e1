package eu.sadarbe.web;

import static eu.sadarbe.applications.DraftDocuments.annasDocument;
import static eu.sadarbe.demo.DemoAccounts.PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import eu.sadarbe.SadarbeTest;

/**
 * Hostile bodies get a 4xx problem, never a 500 or a stack trace (issue #7): 10 MB, 10,000 levels of nesting,
 * bytes that are not UTF-8, a title of 100,000 characters.
 */
@SadarbeTest
class RequestGuardsTests {

    static final String ANNA = "anna.berzina@demo.sadarbe.eu";

    @Autowired
    MockMvc mvc;

    @Test
    void refusesATenMegabyteBodyWith413BeforeReadingIt() throws Exception {
        byte[] body = new byte[10 * 1024 * 1024];
        Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[body.length - 1] = '}';
        noTrace(mvc.perform(post("/api/v1/application-checks").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The request body may be at most 2 MB.")));
        noTrace(mvc.perform(post("/api/v1/applications").with(httpBasic(ANNA, PASSWORD))
                        .header("Accept-Language", "lv").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.title").value("Pieprasījums ir pārāk liels")));
    }

    @Test
    void refusesJsonNestedTenThousandLevelsDeepWith400() throws Exception {
        String nested = "[".repeat(10_000) + "]".repeat(10_000);
        String document = "{\"callYear\": 2020, \"priorities\": " + nested + "}";
        noTrace(mvc.perform(post("/api/v1/application-checks").contentType(MediaType.APPLICATION_JSON).content(document))
                .andExpect(status().isBadRequest()));
        noTrace(mvc.perform(post("/api/v1/applications").with(httpBasic(ANNA, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(document))
                .andExpect(status().isBadRequest()));
        noTrace(mvc.perform(post("/api/v1/organisations").with(httpBasic(ANNA, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"legalName\": " + nested + "}"))
                .andExpect(status().isBadRequest()));
    }

    @Test
    void refusesBytesThatAreNotUtf8With400() throws Exception {
        byte[] document = annasDocument("Zaļās prasmes XX").getBytes(StandardCharsets.UTF_8);
        int at = new String(document, StandardCharsets.ISO_8859_1).indexOf("XX");
        document[at] = (byte) 0xC3;      // a lead byte followed by an ASCII letter: malformed
        document[at + 1] = (byte) 0x28;
        noTrace(mvc.perform(post("/api/v1/applications").with(httpBasic(ANNA, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(document))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sadarbe.eu/problems/not-utf-8"))
                .andExpect(jsonPath("$.detail").value("The request body must be text in UTF-8 encoding.")));
        noTrace(mvc.perform(post("/api/v1/application-checks").contentType(MediaType.APPLICATION_JSON).content(document))
                .andExpect(status().isBadRequest()));
    }

    @Test
    void refusesATitleOfAHundredThousandCharactersWithItsPointer() throws Exception {
        String title = "Ā".repeat(100_000);
        noTrace(mvc.perform(post("/api/v1/applications").with(httpBasic(ANNA, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(annasDocument(title)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/title"))
                .andExpect(jsonPath("$.errors[0].detail").value("Too long: at most 500 characters.")));
        noTrace(mvc.perform(post("/api/v1/application-checks").contentType(MediaType.APPLICATION_JSON)
                        .content(annasDocument(title)))
                .andExpect(status().isBadRequest()));
    }

    private static void noTrace(ResultActions answer) throws Exception {
        answer.andExpect(content().string(not(containsString("Exception"))))
                .andExpect(content().string(not(containsString("at eu.sadarbe"))))
                .andExpect(content().string(not(containsString("at java."))));
    }
}

package eu.sadarbe.applications.web;

import static eu.sadarbe.applications.DraftDocuments.ANNA;
import static eu.sadarbe.applications.DraftDocuments.ILZE_LV01_OFFICER;
import static eu.sadarbe.applications.DraftDocuments.PETERIS;
import static eu.sadarbe.applications.DraftDocuments.annasDocument;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.demo.DemoAccounts;

/** POST, GET and PUT of drafts: ETag and If-Match, every fault of a malformed document, and who may see what. */
@SadarbeTest
class ApplicationApiTests {

    @Autowired
    MockMvc mvc;

    static RequestPostProcessor as(String email) {
        return httpBasic(email, DemoAccounts.PASSWORD);
    }

    String created(String title) throws Exception {
        String body = mvc.perform(post("/api/v1/applications").with(as(ANNA))
                        .contentType(MediaType.APPLICATION_JSON).content(annasDocument(title)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/v1/applications/[0-9a-f-]{36}")))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void aDraftIsCreatedReadAndReplacedWithItsVersion() throws Exception {
        String id = created("Zaļās prasmes");
        mvc.perform(get("/api/v1/applications/" + id).with(as(ANNA)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.title").value("Zaļās prasmes"))
                .andExpect(jsonPath("$.description.needs").value("Zaļās prasmes mācekļiem"));
        mvc.perform(put("/api/v1/applications/" + id).with(as(ANNA)).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(annasDocument("Zaļās prasmes 2")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.title").value("Zaļās prasmes 2"));
        mvc.perform(get("/api/v1/applications").with(as(ANNA)))
                .andExpect(jsonPath("$[*].id", hasItem(id)));
    }

    @Test
    void aStaleIfMatchIsRefusedWith412AndNoIfMatchWith428() throws Exception {
        String id = created("Stale");
        mvc.perform(put("/api/v1/applications/" + id).with(as(ANNA)).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(annasDocument("First")))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/applications/" + id).with(as(ANNA)).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(annasDocument("Second")))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.currentVersion").value(2));
        mvc.perform(put("/api/v1/applications/" + id).with(as(ANNA))
                        .contentType(MediaType.APPLICATION_JSON).content(annasDocument("Third")))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(get("/api/v1/applications/" + id).with(as(ANNA))).andExpect(jsonPath("$.title").value("First"));
    }

    @Test
    void aMalformedDocumentGetsEveryFaultWithItsPointer() throws Exception {
        mvc.perform(post("/api/v1/applications").with(as(ANNA)).header("Accept-Language", "lv")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"callYear\": \"x\", \"actionType\": \"KA999\", \"organisations\": []}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].pointer", hasItem("/callYear")))
                .andExpect(jsonPath("$.errors[*].pointer", hasItem("/actionType")))
                .andExpect(jsonPath("$.errors[*].pointer", hasItem("/projectType")));
    }

    @Test
    void aDraftCanOnlyBeStartedForAnOrganisationTheUserActsFor() throws Exception {
        mvc.perform(post("/api/v1/applications").with(as(PETERIS))
                        .contentType(MediaType.APPLICATION_JSON).content(annasDocument("Not mine")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reason").value("NOT_ACTING_FOR_APPLICANT"));
    }

    @Test
    void aDraftOfAClosedRoundIsRefused() throws Exception {
        mvc.perform(post("/api/v1/applications").with(as(ANNA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(annasDocument("Too late").replace("\"callYear\": 2020", "\"callYear\": 2019")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("NO_OPEN_ROUND"));
    }

    @Nested
    class OthersSeeNothing {

        @Test
        void anotherApplicantGets404AndCannotReplace() throws Exception {
            String id = created("Private");
            mvc.perform(get("/api/v1/applications/" + id).with(as(PETERIS)))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(put("/api/v1/applications/" + id).with(as(PETERIS)).header("If-Match", "\"1\"")
                            .contentType(MediaType.APPLICATION_JSON).content(annasDocument("Taken over")))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/applications").with(as(PETERIS)))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString(id))));
        }

        @Test
        void anAgencyOfficerDoesNotSeeADraft() throws Exception {
            String id = created("Not submitted");
            mvc.perform(get("/api/v1/applications/" + id).with(as(ILZE_LV01_OFFICER)))
                    .andExpect(status().isNotFound());
        }

        @Test
        void withoutSignInTheApiAnswers401() throws Exception {
            mvc.perform(get("/api/v1/applications")).andExpect(status().isUnauthorized());
        }
    }
}

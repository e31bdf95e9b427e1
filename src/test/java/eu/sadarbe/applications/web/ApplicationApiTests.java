package eu.sadarbe.applications.web;

import static eu.sadarbe.applications.DraftDocuments.annasDocument;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.OwnPeople;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.OwnApplicant;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.organisations.domain.OrganisationRegistration;

/**
 * POST, GET and PUT of drafts: ETag and If-Match, every fault of a malformed document, and who may see what. The
 * applications module with its API and the security chain; a coordinator, another applicant and an officer of LV01 of
 * the test's own, and the open round {@link OwnApplicant} shares.
 */
@ModuleTest
@AutoConfigureMockMvc
class ApplicationApiTests {

    @Autowired MockMvc mvc;
    @Autowired AccountRegister accounts;
    @Autowired OrganisationRegistration registration;
    @Autowired CallRounds rounds;

    OwnApplicant coordinator;
    OwnApplicant anotherApplicant;
    SignedInUser officer;

    @BeforeEach
    void registerThePeopleAndOpenTheRound() {
        coordinator = OwnApplicant.register(accounts, registration);
        anotherApplicant = OwnApplicant.register(accounts, registration);
        officer = OwnPeople.open(accounts, "Ilze Ozola", Role.NA_OFFICER, "LV01");
        OwnApplicant.openRound(rounds);
    }

    static RequestPostProcessor as(OwnApplicant applicant) {
        return as(applicant.signedIn());
    }

    static RequestPostProcessor as(SignedInUser person) {
        return user(person);
    }

    /** The coordinator's organisation applies with Tallinn (E10000003) and Köln (E10000004). */
    String document(String title) {
        return annasDocument(title).replace("\"E10000001\"", "\"" + coordinator.oid() + "\"");
    }

    String created(String title) throws Exception {
        String body = mvc.perform(post("/api/v1/applications").with(as(coordinator))
                        .contentType(MediaType.APPLICATION_JSON).content(document(title)))
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
        mvc.perform(get("/api/v1/applications/" + id).with(as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.title").value("Zaļās prasmes"))
                .andExpect(jsonPath("$.description.needs").value("Zaļās prasmes mācekļiem"));
        mvc.perform(put("/api/v1/applications/" + id).with(as(coordinator)).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(document("Zaļās prasmes 2")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.title").value("Zaļās prasmes 2"));
        mvc.perform(get("/api/v1/applications").with(as(coordinator)))
                .andExpect(jsonPath("$[*].id", hasItem(id)));
    }

    @Test
    void aStaleIfMatchIsRefusedWith412AndNoIfMatchWith428() throws Exception {
        String id = created("Stale");
        mvc.perform(put("/api/v1/applications/" + id).with(as(coordinator)).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(document("First")))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/applications/" + id).with(as(coordinator)).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(document("Second")))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.currentVersion").value(2));
        mvc.perform(put("/api/v1/applications/" + id).with(as(coordinator))
                        .contentType(MediaType.APPLICATION_JSON).content(document("Third")))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(get("/api/v1/applications/" + id).with(as(coordinator))).andExpect(jsonPath("$.title").value("First"));
    }

    @Test
    void aMalformedDocumentGetsEveryFaultWithItsPointer() throws Exception {
        mvc.perform(post("/api/v1/applications").with(as(coordinator)).header("Accept-Language", "lv")
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
        mvc.perform(post("/api/v1/applications").with(as(anotherApplicant))
                        .contentType(MediaType.APPLICATION_JSON).content(document("Not mine")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reason").value("NOT_ACTING_FOR_APPLICANT"));
    }

    @Test
    void aDraftOfAClosedRoundIsRefused() throws Exception {
        mvc.perform(post("/api/v1/applications").with(as(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(document("Too late").replace("\"callYear\": 2020", "\"callYear\": 2019")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("NO_OPEN_ROUND"));
    }

    @Nested
    class OthersSeeNothing {

        @Test
        void anotherApplicantGets404AndCannotReplace() throws Exception {
            String id = created("Private");
            mvc.perform(get("/api/v1/applications/" + id).with(as(anotherApplicant)))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(put("/api/v1/applications/" + id).with(as(anotherApplicant)).header("If-Match", "\"1\"")
                            .contentType(MediaType.APPLICATION_JSON).content(document("Taken over")))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/applications").with(as(anotherApplicant)))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString(id))));
        }

        @Test
        void anAgencyOfficerDoesNotSeeADraft() throws Exception {
            String id = created("Not submitted");
            mvc.perform(get("/api/v1/applications/" + id).with(as(officer)))
                    .andExpect(status().isNotFound());
        }

        @Test
        void withoutSignInTheApiAnswers401() throws Exception {
            mvc.perform(get("/api/v1/applications")).andExpect(status().isUnauthorized());
        }
    }
}

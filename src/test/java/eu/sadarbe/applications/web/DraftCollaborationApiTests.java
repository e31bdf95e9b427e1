package eu.sadarbe.applications.web;

import static eu.sadarbe.applications.DraftDocuments.annasDocument;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
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
 * Invitations, withdrawal, history and annexes over the API, with the pages' access rules: people acting for the
 * application's organisations see, editors change, the coordinator's side invites and withdraws; anyone else 404,
 * an officer 404 (drafts are not theirs before submission), anonymous 401. The applications module with its API and
 * the security chain; a coordinator, another applicant and an officer of LV01 of the test's own, and the open round
 * {@link OwnApplicant} shares.
 */
@ModuleTest
@AutoConfigureMockMvc
class DraftCollaborationApiTests {

    static final byte[] PDF = eu.sadarbe.applications.PdfFixtures.plainPdf();

    @Autowired MockMvc mvc;
    @Autowired AccountRegister accounts;
    @Autowired OrganisationRegistration registration;
    @Autowired CallRounds rounds;

    OwnApplicant coordinator;
    OwnApplicant anotherApplicant;
    String another;
    SignedInUser officer;

    @BeforeEach
    void registerThePeopleAndOpenTheRound() {
        coordinator = OwnApplicant.register(accounts, registration);
        anotherApplicant = OwnApplicant.register(accounts, registration);
        another = anotherApplicant.account().email();
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
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    String invitations(String id) {
        return "/api/v1/applications/" + id + "/invitations";
    }

    @Test
    void theCoordinatorInvitesAndEveryMemberListsTheInvitations() throws Exception {
        String id = created("Invitations");
        mvc.perform(post(invitations(id)).with(as(coordinator)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"" + another + "\", \"access\": \"VIEW\"}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.email").value(another))
                .andExpect(jsonPath("$.access").value("VIEW"));
        mvc.perform(get(invitations(id)).with(as(anotherApplicant)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].email").value(another));
        // An invited viewer is not the coordinator's side: it may not invite.
        mvc.perform(post(invitations(id)).with(as(anotherApplicant)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"" + another + "\", \"access\": \"EDIT\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anAddressWithoutAnAccountGetsTheSameAnswerAsOneWithAndNotAnAddressIs422() throws Exception {
        String id = created("Unknown e-mail");
        String unknown = mvc.perform(post(invitations(id)).with(as(coordinator)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"nobody@example.org\", \"access\": \"VIEW\"}"))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        String known = mvc.perform(post(invitations(id)).with(as(coordinator)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"" + another + "\", \"access\": \"VIEW\"}"))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(unknown.replace("nobody@example.org", another))
                .as("inviting never tells whether an address has an account").isEqualTo(known);
        mvc.perform(post(invitations(id)).with(as(coordinator)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"not an address\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("INVALID_EMAIL"));
    }

    @Test
    void othersOfficersAndAnonymousCannotReachInvitationsHistoryWithdrawalOrAnnexes() throws Exception {
        String id = created("Private");
        String base = "/api/v1/applications/" + id;
        for (SignedInUser outsider : new SignedInUser[] {anotherApplicant.signedIn(), officer}) {
            mvc.perform(get(invitations(id)).with(as(outsider))).andExpect(status().isNotFound());
            mvc.perform(post(invitations(id)).with(as(outsider)).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"email\": \"" + another + "\"}")).andExpect(status().isNotFound());
            mvc.perform(get(base + "/history").with(as(outsider))).andExpect(status().isNotFound());
            mvc.perform(post(base + "/withdrawal").with(as(outsider)).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"reason\": \"Mine now\"}")).andExpect(status().isNotFound());
            mvc.perform(get(base + "/annexes").with(as(outsider))).andExpect(status().isNotFound());
            mvc.perform(multipart(base + "/annexes").file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF))
                    .with(as(outsider))).andExpect(status().isNotFound());
        }
        mvc.perform(get(invitations(id))).andExpect(status().isUnauthorized());
        mvc.perform(get(base + "/history")).andExpect(status().isUnauthorized());
        mvc.perform(post(base + "/withdrawal").contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"x\"}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get(base + "/annexes")).andExpect(status().isUnauthorized());
    }

    @Test
    void theCoordinatorWithdrawsWithAReasonAndTheHistoryShowsIt() throws Exception {
        String id = created("Withdrawn");
        String base = "/api/v1/applications/" + id;
        mvc.perform(post(base + "/withdrawal").with(as(coordinator)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \" \"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("WITHDRAWAL_REASON_MISSING"));
        mvc.perform(post(base + "/withdrawal").with(as(coordinator)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Partneris izstājās\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
        mvc.perform(post(base + "/withdrawal").with(as(coordinator)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Again\"}"))
                .andExpect(status().isConflict());
        mvc.perform(get(base + "/history").with(as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].section").value("STATUS"))
                .andExpect(jsonPath("$[0].after").value("WITHDRAWN: Partneris izstājās"))
                .andExpect(jsonPath("$[*].section", hasItem("CONTEXT")));
    }

    @Test
    void anInvitedEditorCannotWithdraw() throws Exception {
        String id = created("Editor withdraws");
        mvc.perform(post(invitations(id)).with(as(coordinator)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\": \"" + another + "\", \"access\": \"EDIT\"}")).andExpect(status().isAccepted());
        mvc.perform(post("/api/v1/applications/" + id + "/withdrawal").with(as(anotherApplicant))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"No\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void annexesAreUploadedListedDownloadedAndRemoved() throws Exception {
        String id = created("Annex API");
        String base = "/api/v1/applications/" + id + "/annexes";
        String body = mvc.perform(multipart(base).file(new MockMultipartFile("file", "Mandāts.pdf", "application/pdf", PDF))
                        .param("kind", "MANDATE").param("organisation", "E10000003").with(as(coordinator)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern(base + "/[0-9a-f-]{36}")))
                .andExpect(jsonPath("$.sha256").value(matchesPattern("[0-9a-f]{64}")))
                .andExpect(jsonPath("$.size").value(PDF.length))
                .andExpect(jsonPath("$.fileName").value("Mandāts.pdf"))
                .andReturn().getResponse().getContentAsString();
        String download = JsonPath.read(body, "$.download");

        mvc.perform(get(base).with(as(coordinator))).andExpect(jsonPath("$[0].organisation").value("E10000003"));
        mvc.perform(get(download).with(as(coordinator))).andExpect(status().isOk()).andExpect(content().bytes(PDF));
        mvc.perform(get(download).with(as(anotherApplicant))).andExpect(status().isNotFound());
        mvc.perform(get(download)).andExpect(status().isUnauthorized());
        mvc.perform(delete(download).with(as(anotherApplicant))).andExpect(status().isNotFound());

        mvc.perform(post(invitations(id)).with(as(coordinator)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\": \"" + another + "\", \"access\": \"VIEW\"}")).andExpect(status().isAccepted());
        mvc.perform(get(download).with(as(anotherApplicant))).andExpect(status().isOk());
        mvc.perform(delete(download).with(as(anotherApplicant))).andExpect(status().isForbidden());

        mvc.perform(delete(download).with(as(coordinator))).andExpect(status().isNoContent());
        mvc.perform(get(base).with(as(coordinator))).andExpect(content().json("[]"));
        // No submission names it: its bytes are gone with it.
        mvc.perform(get(download).with(as(coordinator))).andExpect(status().isNotFound());
    }

    @Test
    void anAnnexThatIsNotAPdfOrTooLargeIsRefused() throws Exception {
        String id = created("Annex refusals");
        String base = "/api/v1/applications/" + id + "/annexes";
        mvc.perform(multipart(base).file(new MockMultipartFile("file", "scan.pdf", "application/pdf",
                        "GIF89a".getBytes(StandardCharsets.US_ASCII))).with(as(coordinator)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.reason").value("ANNEX_NOT_PDF"));
        mvc.perform(multipart(base).file(new MockMultipartFile("file", "big.pdf", "application/pdf",
                        java.util.Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1))).with(as(coordinator)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.reason").value("ANNEX_TOO_LARGE"));
        mvc.perform(multipart(base).with(as(coordinator))).andExpect(jsonPath("$.reason").value("ANNEX_EMPTY"));
    }

    @Test
    void aDocumentCannotBringAnnexReferencesOfItsOwn() throws Exception {
        String document = document("Smuggled").replaceFirst("\\{",
                "{\"annexes\": [{\"id\": \"00000000-0000-0000-0000-000000000001\", \"kind\": \"OTHER\"}], ");
        String body = mvc.perform(post("/api/v1/applications").with(as(coordinator))
                        .contentType(MediaType.APPLICATION_JSON).content(document))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        mvc.perform(get("/api/v1/applications/" + id).with(as(coordinator)))
                .andExpect(jsonPath("$.annexes").doesNotExist());
    }
}

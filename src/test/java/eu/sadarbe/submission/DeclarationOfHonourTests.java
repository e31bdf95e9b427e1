package eu.sadarbe.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.Access;
import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.DraftRefused;
import eu.sadarbe.applications.DraftSection;
import eu.sadarbe.applications.OwnApplicant;
import eu.sadarbe.applications.document.DocumentJson;
import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.organisations.domain.OrganisationRegistration;

/**
 * The declaration of honour, signed by someone acting for the applicant organisation, is required to submit:
 * the API answers 422 DECLARATION_NOT_SIGNED, the pages say so and link to the declaration before anyone tries.
 * <p>
 * A module test of submission with its pages and the security chain of accounts, and the drafting module (with
 * places, for its distances), whose pages show the task list and sign the declaration: the context of
 * {@link SubmissionModuleTests} with drafting. The coordinator is an {@link OwnApplicant} of the test's own, the
 * partner's editor an account of its own, the round {@link SubmissionFixtures}'.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"drafting", "places"})
@Import(SubmissionTest.Configuration.class)
@AutoConfigureMockMvc
class DeclarationOfHonourTests {

    static final LocalDateTime DEADLINE = LocalDateTime.of(2020, 12, 1, 12, 0);
    static final LocalDateTime BEFORE = LocalDateTime.of(2020, 6, 1, 10, 0);

    @Autowired
    MockMvc mvc;

    @Autowired
    SettableClock clock;

    @Autowired
    CallRounds rounds;

    @Autowired
    DraftDesk drafting;

    @Autowired
    ApplicationRegister register;

    @Autowired
    AccountRegister accounts;

    @Autowired
    SubmissionDesk desk;

    @Autowired
    OrganisationRegistration registration;

    CallRoundSummary round;

    OwnApplicant applicant;

    SignedInUser anna;

    SignedInUser peteris;

    @BeforeEach
    void fixtures() {
        round = new SubmissionFixtures(rounds, drafting, accounts, clock).round(8, DEADLINE);
        applicant = OwnApplicant.register(accounts, registration);
        anna = applicant.signedIn();
        AccountSummary partner = accounts.open("partner-" + UUID.randomUUID() + "@example.ee", "Pēteris Partneris",
                "dzeltena laiva kalnā zied", Set.of(Role.APPLICANT), null);
        peteris = new SignedInUser(partner.id(), partner.email(), partner.displayName(), partner.roles(), null, "en",
                true, null);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    ApplicationSummary undeclared(String title) {
        clock.setBrussels(BEFORE);
        return drafting.start(anna.id(), SubmissionFixtures.undeclared(title)
                .replace("\"E10000001\"", "\"" + applicant.oid() + "\""), round.id());
    }

    /** The coordinator's draft with the declaration signed by them. */
    ApplicationSummary declared(String title) {
        clock.setBrussels(BEFORE);
        return drafting.start(anna.id(), applicant.document(title), round.id());
    }

    @Test
    void theApiRefusesAnUndeclaredApplicationWith422AndAStableCode() throws Exception {
        ApplicationSummary draft = undeclared("Undeclared API");

        mvc.perform(post("/api/v1/applications/{id}/submissions", draft.id()).header("Idempotency-Key", "d1")
                        .header("Accept-Language", "lv").with(user(anna)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("DECLARATION_NOT_SIGNED"))
                .andExpect(jsonPath("$.type").value("urn:sadarbe:problem:declaration-not-signed"))
                .andExpect(jsonPath("$.title").value("Apliecinājums nav parakstīts"))
                .andExpect(jsonPath("$.declarationPage").value("/applications/" + draft.id() + "/sections/declaration"));
        assertThat(desk.submissions(draft.id(), anna)).isEmpty();
        assertThat(register.find(draft.id()).orElseThrow().status().name()).isEqualTo("DRAFT");
    }

    @Test
    void theApiSubmitsOnceTheCoordinatorSignedOnTheDeclarationPage() throws Exception {
        ApplicationSummary draft = undeclared("Signed on the page");

        mvc.perform(post("/applications/{id}/sections/declaration", draft.id()).with(csrf()).with(user(anna))
                        .param("baseVersion", "1").param("accepted", "true").param("signedBy", "Ilga Pieteicēja"))
                .andExpect(status().is3xxRedirection());

        assertThat(register.declaration(draft.id())).hasValueSatisfying(declaration -> {
            assertThat(declaration.signedBy()).isEqualTo("Ilga Pieteicēja");
            assertThat(declaration.signer()).isEqualTo(anna.id());
        });
        mvc.perform(post("/api/v1/applications/{id}/submissions", draft.id()).header("Idempotency-Key", "d2")
                        .with(user(anna)))
                .andExpect(status().isCreated());
    }

    @Test
    void aPartnersEditorMayNotSignForTheApplicant() {
        ApplicationSummary draft = undeclared("Partner signs");
        drafting.invite(anna.id(), draft.id(), peteris.email(),
                Access.EDIT);
        var content = DocumentJson.object("{\"declaration\":{\"accepted\":true,\"signedBy\":\"Pēteris Partneris\"}}");

        assertThatThrownBy(() -> drafting.saveSection(peteris.id(), draft.id(),
                DraftSection.DECLARATION, content, 1))
                .isInstanceOfSatisfying(DraftRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(DraftRefused.Reason.NOT_SIGNATORY));
        assertThat(register.declarationMade(draft.id())).isFalse();
    }

    @Test
    void aSignedDeclarationImportedWithTheDocumentNamesItsSigner() {
        ApplicationSummary draft = declared("Imported declaration");

        assertThat(register.declaration(draft.id()).orElseThrow().signer())
                .isEqualTo(anna.id());
    }

    @Test
    void theTaskListAndTheSubmitPageShowTheMissingDeclarationBeforeAnyoneTries() throws Exception {
        ApplicationSummary draft = undeclared("Warned");

        mvc.perform(get("/applications/{id}", draft.id()).with(user(anna)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"declaration-missing\"")))
                .andExpect(content().string(containsString("The declaration of honour is not signed yet")));
        mvc.perform(get("/applications/{id}/submit", draft.id()).with(user(anna)).header("Accept-Language", "lv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Apliecinājums vēl nav parakstīts")))
                .andExpect(content().string(containsString("/applications/" + draft.id() + "/sections/declaration")))
                .andExpect(content().string(not(containsString("id=\"submit-form\""))));
    }

    @Test
    void submittingFromThePageWithoutTheDeclarationSaysWhyAndLinksToIt() throws Exception {
        ApplicationSummary draft = undeclared("Page refusal");

        mvc.perform(post("/applications/{id}/submissions", draft.id()).with(csrf())
                        .with(user(anna))
                        .param("idempotencyKey", "page-d1").param("version", String.valueOf(draft.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The application was not submitted")))
                .andExpect(content().string(containsString(
                        "A person acting for the applicant organisation must sign the declaration of honour")))
                .andExpect(content().string(containsString("Sign the declaration of honour")));
    }

    @Test
    void aChangeAfterSigningVoidsTheDeclarationUntilTheCoordinatorSignsAgain() throws Exception {
        ApplicationSummary draft = declared("Signed, then changed");
        drafting.invite(anna.id(), draft.id(), peteris.email(), Access.EDIT);
        assertThat(register.declarationMade(draft.id())).isTrue();

        var sections = drafting.sections(peteris.id(), draft.id());
        var context = DocumentJson.object(sections.get(DraftSection.CONTEXT).content());
        context.put("title", "Changed by a partner after the coordinator signed");
        drafting.saveSection(peteris.id(), draft.id(), DraftSection.CONTEXT, context,
                sections.get(DraftSection.CONTEXT).version());

        assertThat(register.declarationMade(draft.id())).isFalse();
        assertThat(register.declarationOutdated(draft.id())).isTrue();
        long version = register.find(draft.id()).orElseThrow().version();
        mvc.perform(post("/api/v1/applications/{id}/submissions", draft.id()).header("Idempotency-Key", "v1")
                        .header("If-Match", String.valueOf(version)).with(user(peteris)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("DECLARATION_NOT_SIGNED"))
                .andExpect(jsonPath("$.signedForAnEarlierVersion").value(true));
        mvc.perform(get("/applications/{id}", draft.id()).with(user(anna)))
                .andExpect(content().string(containsString("id=\"declaration-missing\"")))
                .andExpect(content().string(containsString("so the declaration must be signed again")));
        mvc.perform(get("/applications/{id}", draft.id()).with(user(anna)).header("Accept-Language", "lv"))
                .andExpect(content().string(containsString("apliecinājums jāparaksta vēlreiz")));
        assertThat(desk.submissions(draft.id(), anna)).isEmpty();

        long declarationVersion = drafting.sections(anna.id(), draft.id()).get(DraftSection.DECLARATION).version();
        mvc.perform(post("/applications/{id}/sections/declaration", draft.id()).with(csrf()).with(user(anna))
                        .param("baseVersion", String.valueOf(declarationVersion)).param("accepted", "true")
                        .param("signedBy", "Ilga Pieteicēja"))
                .andExpect(status().is3xxRedirection());
        assertThat(register.declarationMade(draft.id())).isTrue();
        mvc.perform(post("/api/v1/applications/{id}/submissions", draft.id()).header("Idempotency-Key", "v2")
                        .with(user(anna)))
                .andExpect(status().isCreated());
    }

    @Test
    void aSignedDeclarationShowsNoWarningAndTheSubmitButton() throws Exception {
        ApplicationSummary draft = declared("Declared");

        mvc.perform(get("/applications/{id}/submit", draft.id()).with(user(anna)))
                .andExpect(content().string(not(containsString("id=\"declaration-missing\""))))
                .andExpect(content().string(containsString("id=\"submit-form\"")));
    }
}

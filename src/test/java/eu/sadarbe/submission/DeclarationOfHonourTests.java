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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.applications.Access;
import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.DraftRefused;
import eu.sadarbe.applications.DraftSection;
import eu.sadarbe.applications.document.DocumentJson;
import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.calls.CallRounds;

/**
 * The declaration of honour, signed by someone acting for the applicant organisation, is required to submit:
 * the API answers 422 DECLARATION_NOT_SIGNED, the pages say so and link to the declaration before anyone tries.
 */
@SubmissionTest
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

    SubmissionFixtures fixtures;

    CallRoundSummary round;

    @BeforeEach
    void fixtures() {
        fixtures = new SubmissionFixtures(rounds, drafting, accounts, clock);
        round = fixtures.round(8, DEADLINE);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    ApplicationSummary undeclared(String title) {
        clock.setBrussels(BEFORE);
        return drafting.start(fixtures.person(SubmissionFixtures.ANNA).id(), SubmissionFixtures.undeclared(title),
                round.id());
    }

    @Test
    void theApiRefusesAnUndeclaredApplicationWith422AndAStableCode() throws Exception {
        ApplicationSummary draft = undeclared("Undeclared API");

        mvc.perform(post("/api/v1/applications/{id}/submissions", draft.id()).header("Idempotency-Key", "d1")
                        .header("Accept-Language", "lv").with(user(fixtures.person(SubmissionFixtures.ANNA))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("DECLARATION_NOT_SIGNED"))
                .andExpect(jsonPath("$.type").value("urn:sadarbe:problem:declaration-not-signed"))
                .andExpect(jsonPath("$.title").value("Apliecinājums nav parakstīts"))
                .andExpect(jsonPath("$.declarationPage").value("/applications/" + draft.id() + "/sections/declaration"));
        assertThat(desk.submissions(draft.id(), fixtures.person(SubmissionFixtures.ANNA))).isEmpty();
        assertThat(register.find(draft.id()).orElseThrow().status().name()).isEqualTo("DRAFT");
    }

    @Test
    void theApiSubmitsOnceTheCoordinatorSignedOnTheDeclarationPage() throws Exception {
        ApplicationSummary draft = undeclared("Signed on the page");
        var anna = fixtures.person(SubmissionFixtures.ANNA);

        mvc.perform(post("/applications/{id}/sections/declaration", draft.id()).with(csrf()).with(user(anna))
                        .param("baseVersion", "1").param("accepted", "true").param("signedBy", "Anna Bērziņa"))
                .andExpect(status().is3xxRedirection());

        assertThat(register.declaration(draft.id())).hasValueSatisfying(declaration -> {
            assertThat(declaration.signedBy()).isEqualTo("Anna Bērziņa");
            assertThat(declaration.signer()).isEqualTo(anna.id());
        });
        mvc.perform(post("/api/v1/applications/{id}/submissions", draft.id()).header("Idempotency-Key", "d2")
                        .with(user(anna)))
                .andExpect(status().isCreated());
    }

    @Test
    void aPartnersEditorMayNotSignForTheApplicant() {
        ApplicationSummary draft = undeclared("Partner signs");
        drafting.invite(fixtures.person(SubmissionFixtures.ANNA).id(), draft.id(), SubmissionFixtures.PETERIS,
                Access.EDIT);
        var content = DocumentJson.object("{\"declaration\":{\"accepted\":true,\"signedBy\":\"Pēteris Kalniņš\"}}");

        assertThatThrownBy(() -> drafting.saveSection(fixtures.person(SubmissionFixtures.PETERIS).id(), draft.id(),
                DraftSection.DECLARATION, content, 1))
                .isInstanceOfSatisfying(DraftRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(DraftRefused.Reason.NOT_SIGNATORY));
        assertThat(register.declarationMade(draft.id())).isFalse();
    }

    @Test
    void aSignedDeclarationImportedWithTheDocumentNamesItsSigner() {
        ApplicationSummary draft = fixtures.draft(round, BEFORE, "Imported declaration");

        assertThat(register.declaration(draft.id()).orElseThrow().signer())
                .isEqualTo(fixtures.person(SubmissionFixtures.ANNA).id());
    }

    @Test
    void theTaskListAndTheSubmitPageShowTheMissingDeclarationBeforeAnyoneTries() throws Exception {
        ApplicationSummary draft = undeclared("Warned");
        var anna = fixtures.person(SubmissionFixtures.ANNA);

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
                        .with(user(fixtures.person(SubmissionFixtures.ANNA)))
                        .param("idempotencyKey", "page-d1").param("version", String.valueOf(draft.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The application was not submitted")))
                .andExpect(content().string(containsString(
                        "A person acting for the applicant organisation must sign the declaration of honour")))
                .andExpect(content().string(containsString("Sign the declaration of honour")));
    }

    @Test
    void aChangeAfterSigningVoidsTheDeclarationUntilTheCoordinatorSignsAgain() throws Exception {
        ApplicationSummary draft = fixtures.draft(round, BEFORE, "Signed, then changed");
        var anna = fixtures.person(SubmissionFixtures.ANNA);
        var peteris = fixtures.person(SubmissionFixtures.PETERIS);
        drafting.invite(anna.id(), draft.id(), SubmissionFixtures.PETERIS, Access.EDIT);
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
                        .param("signedBy", "Anna Bērziņa"))
                .andExpect(status().is3xxRedirection());
        assertThat(register.declarationMade(draft.id())).isTrue();
        mvc.perform(post("/api/v1/applications/{id}/submissions", draft.id()).header("Idempotency-Key", "v2")
                        .with(user(anna)))
                .andExpect(status().isCreated());
    }

    @Test
    void aSignedDeclarationShowsNoWarningAndTheSubmitButton() throws Exception {
        ApplicationSummary draft = fixtures.draft(round, BEFORE, "Declared");

        mvc.perform(get("/applications/{id}/submit", draft.id()).with(user(fixtures.person(SubmissionFixtures.ANNA))))
                .andExpect(content().string(not(containsString("id=\"declaration-missing\""))))
                .andExpect(content().string(containsString("id=\"submit-form\"")));
    }
}

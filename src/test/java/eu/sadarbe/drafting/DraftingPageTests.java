package eu.sadarbe.drafting;

import static eu.sadarbe.applications.DraftDocuments.annasDocument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.OwnPeople;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.Access;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.DraftSection;
import eu.sadarbe.applications.OwnApplicant;
import eu.sadarbe.applications.OwnPartner;
import eu.sadarbe.applications.document.DocumentJson;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.organisations.Oid;
import eu.sadarbe.organisations.OrganisationRegister;
import eu.sadarbe.organisations.domain.OrganisationRegistration;
import eu.sadarbe.submission.SubmissionDesk;
import eu.sadarbe.submission.SubmissionSummary;
import tools.jackson.databind.node.ObjectNode;

/**
 * The drafting pages: start, task list, sections with autosave, conflicts, partners, the history in words, export
 * and import; and the receipt page where no mail server is configured. The drafting module with its pages (and the
 * submission module's, which it depends on); a coordinator of the test's own whose organisation applies with Tallinn
 * (E10000003) and Köln (E10000004) as the document lists them, a partner's person and partners of its own.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
class DraftingPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountRegister accounts;
    @Autowired
    DraftDesk drafting;
    @Autowired
    CallRounds rounds;
    @Autowired
    SubmissionDesk desk;
    @Autowired
    OrganisationRegistration registration;
    @Autowired
    OrganisationRegister organisations;

    OwnApplicant coordinator;
    String applicantEmail;
    String applicantOid;
    String partnerEmail;

    @BeforeEach
    void registerTheCoordinatorAndAPartnersPerson() {
        coordinator = OwnApplicant.register(accounts, registration);
        applicantEmail = coordinator.account().email();
        applicantOid = coordinator.oid();
        partnerEmail = accounts.open("partner-" + UUID.randomUUID() + "@example.ee", "Pēteris Kalniņš",
                "dzeltena laiva kalnā zied", Set.of(Role.APPLICANT), null).email();
    }

    RequestPostProcessor as(String email) {
        AccountSummary account = accounts.byEmail(email).orElseThrow();
        return user(OwnPeople.signedIn(account, account.language()));
    }

    ApplicationSummary ownDraft() {
        return drafting.start(coordinator.account().id(),
                annasDocument("Zaļās prasmes").replace("\"E10000001\"", "\"" + applicantOid + "\""),
                OwnApplicant.openRound(rounds).id());
    }

    @Test
    void aCoordinatorStartsAnApplicationAndSeesItsTaskList() throws Exception {
        String round = OwnApplicant.openRound(rounds).id().toString();
        String location = mvc.perform(post("/applications").with(as(applicantEmail)).with(csrf())
                        .param("round", round).param("actionType", "KA202").param("applicant", applicantOid)
                        .param("title", "Digitālās prasmes"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/applications/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(as(applicantEmail)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Digitālās prasmes"),
                        containsString("govuk-task-list"), containsString("R-ELIG-02"),
                        containsString("Project management and implementation"))));
        mvc.perform(get("/applications").with(as(applicantEmail))).andExpect(content().string(containsString("Digitālās prasmes")));
    }

    @Test
    void aSectionIsSavedAndAnAutosaveAnswersTheNewVersionAndBudget() throws Exception {
        ApplicationSummary draft = ownDraft();
        mvc.perform(post("/applications/" + draft.id() + "/sections/objectives").with(as(applicantEmail)).with(csrf())
                        .param("baseVersion", "1").param("text", "Mācīt zaļās prasmes"))
                .andExpect(redirectedUrl("/applications/" + draft.id() + "/sections/target-groups?saved=objectives"));
        mvc.perform(post("/applications/" + draft.id() + "/sections/objectives").with(as(applicantEmail)).with(csrf())
                        .header("HX-Request", "true").param("baseVersion", "2").param("text", "Mācīt zaļās prasmes 2"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"baseVersion\""), containsString("value=\"3\""),
                        containsString("budget-panel"))));
        mvc.perform(get("/applications/" + draft.id() + "/sections/objectives").with(as(applicantEmail)))
                .andExpect(content().string(allOf(containsString("Mācīt zaļās prasmes 2"),
                        containsString("govuk-character-count"))));
    }

    @Test
    void aStaleSaveShowsBothTextsAndTheEditorChooses() throws Exception {
        ApplicationSummary draft = ownDraft();
        drafting.invite(coordinator.account().id(), draft.id(), partnerEmail, Access.EDIT);
        mvc.perform(post("/applications/" + draft.id() + "/sections/impact").with(as(partnerEmail)).with(csrf())
                        .param("baseVersion", "1").param("text", "Pētera teksts"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/applications/" + draft.id() + "/sections/impact").with(as(applicantEmail)).with(csrf())
                        .param("baseVersion", "1").param("text", "Annas teksts"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Pētera teksts"), containsString("Annas teksts"),
                        containsString("Pēteris Kalniņš"))));
        mvc.perform(post("/applications/" + draft.id() + "/sections/impact/resolution").with(as(applicantEmail)).with(csrf())
                        .param("baseVersion", "2").param("text", "Annas un Pētera teksts"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/applications/" + draft.id() + "/history").with(as(applicantEmail)))
                .andExpect(content().string(allOf(containsString("Annas un Pētera teksts"),
                        containsString("Pēteris Kalniņš"))));
    }

    @Test
    void anotherApplicantGetsNotFoundAndAnInvitedViewerCannotSave() throws Exception {
        ApplicationSummary draft = ownDraft();
        mvc.perform(get("/applications/" + draft.id()).with(as(partnerEmail))).andExpect(status().isNotFound());
        mvc.perform(post("/applications/" + draft.id() + "/members").with(as(applicantEmail)).with(csrf())
                        .param("email", partnerEmail).param("access", "VIEW"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/applications/" + draft.id()).with(as(partnerEmail))).andExpect(status().isOk());
        mvc.perform(post("/applications/" + draft.id() + "/sections/needs").with(as(partnerEmail)).with(csrf())
                        .param("baseVersion", "1").param("text", "Nav atļauts"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRefusedInvitationShowsTheMessageInThePagesLanguageAndKeepsTheAddress() throws Exception {
        ApplicationSummary draft = ownDraft();
        mvc.perform(post("/applications/" + draft.id() + "/members").with(as(applicantEmail)).with(csrf())
                        .header("Accept-Language", "lv").param("email", "nav tada adrese").param("access", "EDIT"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Norādiet uzaicināmās personas e-pasta adresi"),
                        containsString("value=\"nav tada adrese\""))));
        mvc.perform(post("/applications/" + draft.id() + "/members").with(as(applicantEmail)).with(csrf())
                        .param("email", "").param("access", "EDIT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give the e-mail address of the person to invite")));
    }

    @Test
    void anAddressWithoutAnAccountIsInvitedAsAnyOtherAndTakesUpTheAccessOnceItHasOne() throws Exception {
        ApplicationSummary draft = ownDraft();
        String address = "later-" + java.util.UUID.randomUUID() + "@example.lv";
        var withoutAccount = mvc.perform(post("/applications/" + draft.id() + "/members").with(as(applicantEmail)).with(csrf())
                        .param("email", address).param("access", "VIEW"))
                .andExpect(status().is3xxRedirection()).andReturn();
        var withAccount = mvc.perform(post("/applications/" + draft.id() + "/members").with(as(applicantEmail)).with(csrf())
                        .param("email", partnerEmail).param("access", "VIEW"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(withoutAccount.getResponse().getRedirectedUrl())
                .as("the same answer, whether or not the address has an account")
                .isEqualTo(withAccount.getResponse().getRedirectedUrl());

        accounts.open(address, "Later Comer", "later-password-1", java.util.Set.of(eu.sadarbe.accounts.Role.APPLICANT),
                null);
        mvc.perform(get("/applications/" + draft.id()).with(as(address))).andExpect(status().isNotFound());
        mvc.perform(get("/applications").with(as(address)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Zaļās prasmes")));
        mvc.perform(get("/applications/" + draft.id()).with(as(address))).andExpect(status().isOk());
    }

    @Test
    void aDraftIsDownloadedAndUploadedAsAnApplicationDocument() throws Exception {
        ApplicationSummary draft = ownDraft();
        byte[] json = mvc.perform(get("/applications/" + draft.id() + "/document.json").with(as(applicantEmail)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"needs\" : \"Zaļās prasmes mācekļiem\"");
        mvc.perform(multipart("/applications/import").file(new MockMultipartFile("document", "a.json",
                        "application/json", json)).with(as(applicantEmail)).with(csrf()))
                .andExpect(redirectedUrlPattern("/applications/*"));
        mvc.perform(multipart("/applications/import").file(new MockMultipartFile("document", "a.json",
                        "application/json", "{\"callYear\": 2020}".getBytes())).with(as(applicantEmail)).with(csrf())
                        .param("lang", "lv"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/actionType"), containsString("Radusies problēma"))));
    }

    @Test
    void aPartnerIsAddedByOrganisationIdAndTheWordsAreLatvian() throws Exception {
        ApplicationSummary draft = ownDraft();
        OwnPartner university = OwnPartner.register(registration, "Vidzemes Augstskola " + OwnPartner.uniqueWord(),
                "LV", "Valmiera");
        mvc.perform(post("/applications/" + draft.id() + "/sections/organisations").with(as(applicantEmail)).with(csrf())
                        .param("baseVersion", "1").param("addOid", university.oid()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/applications/" + draft.id() + "/sections/organisations").with(as(applicantEmail)).param("lang", "lv"))
                .andExpect(content().string(allOf(containsString(university.legalName()),
                        containsString("Iesaistītās organizācijas"), not(containsString("Participating organisations")))));
    }

    @Test
    void prioritiesAreGroupedHorizontalThenTheActionTypesFieldWithTheirNames() throws Exception {
        ApplicationSummary draft = ownDraft();
        String page = mvc.perform(get("/applications/" + draft.id() + "/sections/priorities").with(as(applicantEmail)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page)
                .contains("Horizontal priorities", "Priorities of the field: Vocational education and training",
                        "Work-based learning and apprenticeships", "Environmental and climate goals")
                .doesNotContain("YO-PARTICIPATION", "Promoting quality youth work", "(HZ-");
        org.assertj.core.api.Assertions.assertThat(page.indexOf("Horizontal priorities"))
                .isLessThan(page.indexOf("Priorities of the field"));
        mvc.perform(get("/applications/" + draft.id() + "/sections/context").with(as(applicantEmail)))
                .andExpect(content().string(containsString("KA202 Strategic Partnerships for vocational education")));
    }

    @Test
    void addingTheApplicantAgainIsRefusedInWordsAndTheTypedIdStays() throws Exception {
        ApplicationSummary draft = ownDraft();
        mvc.perform(post("/applications/" + draft.id() + "/sections/organisations").with(as(applicantEmail)).with(csrf())
                        .param("baseVersion", "1").param("addOid", applicantOid))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString(applicantOid + " (" + registered(applicantOid) + ") is the applicant organisation"),
                        containsString("href=\"#addOid\""), containsString("id=\"addOid-error\""),
                        containsString("value=\"" + applicantOid + "\""))));
        String partner = OwnPartner.register(registration, "Valmieras tehnikums " + OwnPartner.uniqueWord(), "LV",
                "Valmiera").oid();
        mvc.perform(post("/applications/" + draft.id() + "/sections/organisations").with(as(applicantEmail)).with(csrf())
                        .param("baseVersion", "1").param("addOid", partner))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/applications/" + draft.id() + "/sections/organisations").with(as(applicantEmail)).with(csrf())
                        .param("baseVersion", "2").param("addOid", partner))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is already a partner in this application")));
        mvc.perform(post("/applications/" + draft.id() + "/sections/organisations").with(as(applicantEmail)).with(csrf())
                        .param("baseVersion", "1").param("addOid", "E99999998").param("lang", "lv"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"E99999998\""),
                        containsString("id=\"addOid-error\""))));
    }

    @Test
    void aWrongDurationIsNamedByItsLabelInWordsBesideTheField() throws Exception {
        ApplicationSummary draft = ownDraft();
        for (String typed : new String[] {"-5", "two"}) {
            mvc.perform(post("/applications/" + draft.id() + "/sections/context").with(as(applicantEmail)).with(csrf())
                            .param("baseVersion", "1").param("actionType", "KA202").param("projectType", "INNOVATION")
                            .param("title", "Zaļās prasmes").param("startDate", "2020-09-01")
                            .param("durationMonths", typed).param("lang", "lv"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(
                            containsString("Ilgums mēnešos: ievadiet veselu skaitli, piemēram, 24."),
                            containsString("href=\"#ctx-duration\""), containsString("id=\"ctx-duration-error\""),
                            not(containsString("/durationMonths")), not(containsString("integer")))));
        }
    }

    @Test
    void aTooLongTextNamesItsSectionNotAnInternalKey() throws Exception {
        ApplicationSummary draft = ownDraft();
        mvc.perform(post("/applications/" + draft.id() + "/sections/needs").with(as(applicantEmail)).with(csrf())
                        .param("baseVersion", "1").param("text", "ā".repeat(5001)).param("lang", "lv"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Tekstā „Vajadzības” drīkst būt"),
                        not(containsString("Tekstā needs")))));
    }

    @Test
    void theHistoryTellsEachChangeInWordsWithWhatItDidToTheBudget() throws Exception {
        SignedInUser applicant = coordinator.signedIn();
        ApplicationSummary draft = coordinator.draft(drafting, rounds, "Vēsture vārdos");
        ObjectNode context = DocumentJson.object(drafting.sections(applicant.id(), draft.id()).get(DraftSection.CONTEXT).content());
        context.put("durationMonths", 36);
        drafting.saveSection(applicant.id(), draft.id(), DraftSection.CONTEXT, context, version(applicant, draft, DraftSection.CONTEXT));
        drafting.saveSection(applicant.id(), draft.id(), DraftSection.MEETINGS,
                DocumentJson.object("{\"transnationalMeetings\": []}"), version(applicant, draft, DraftSection.MEETINGS));
        String needs = "Mācekļiem vajag zaļās metināšanas prasmes. ".repeat(110);
        drafting.saveSection(applicant.id(), draft.id(), DraftSection.NEEDS, DocumentJson.JSON.createObjectNode()
                .put("needs", needs), version(applicant, draft, DraftSection.NEEDS));

        String english = mvc.perform(get("/applications/" + draft.id() + "/history").with(as(applicantEmail)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Duration in months: 24 → 36",
                        "Budget › Project management and implementation: €24,000.00 → €36,000.00",
                        "Removed: Transnational meeting 1", "Budget › Transnational project meetings: €2,300.00 → €0.00",
                        "Needs: “Mācekļiem vajag zaļās metināšanas prasmes.", "(filled in)", "Call year: 2020 (filled in)",
                        "Saved by Ilga Pieteicēja on")
                .doesNotContain("{&quot;", "{\"", "??", needs);
        mvc.perform(get("/applications/" + draft.id() + "/history").header("Accept-Language", "lv").with(as(applicantEmail)))
                .andExpect(content().string(allOf(containsString("Ilgums mēnešos: 24 → 36"),
                        containsString("Noņemts: 1. starptautiskā sanāksme"), not(containsString("??")))));
    }

    @Test
    void withoutAMailServerTheReceiptPromisesNoEmail() throws Exception {
        SignedInUser applicant = coordinator.signedIn();
        ApplicationSummary draft = coordinator.draft(drafting, rounds, "Bez e-pasta");
        SubmissionSummary submission = desk.submit(draft.id(), OptionalLong.empty(), "no-mail-" + draft.id(), applicant);

        String receipt = "/applications/" + draft.id() + "/submissions/" + submission.id();
        mvc.perform(get(receipt).with(as(applicantEmail)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"receipt-keep\""), containsString("No e-mail is sent"),
                        not(containsString("id=\"receipt-mail\"")))));
        mvc.perform(get(receipt).header("Accept-Language", "lv").with(as(applicantEmail)))
                .andExpect(content().string(containsString("E-pasts netiek sūtīts")));
    }

    /** The organisation's name in the register, which the refusal quotes. */
    String registered(String oid) {
        return organisations.byOid(Oid.of(oid)).orElseThrow().legalName();
    }

    long version(SignedInUser who, ApplicationSummary draft, DraftSection section) {
        return drafting.sections(who.id(), draft.id()).get(section).version();
    }
}

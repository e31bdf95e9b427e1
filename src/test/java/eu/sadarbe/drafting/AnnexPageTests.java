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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
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

import eu.sadarbe.BothDatabases;
import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.OwnPeople;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.Access;
import eu.sadarbe.applications.Annex;
import eu.sadarbe.applications.ApplicationAnnexes;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.applications.DraftChange;
import eu.sadarbe.applications.OwnApplicant;
import eu.sadarbe.applications.OwnPartner;
import eu.sadarbe.applications.PdfFixtures;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.organisations.domain.OrganisationRegistration;

/**
 * The annexes section: partners' mandates as PDF checked by content and size, stored with their SHA-256 and
 * referenced from the draft, downloaded by viewers only, removed by editors only, shown on the task list. The
 * drafting module with its pages; a coordinator of the test's own whose organisation applies with Tallinn
 * (E10000003) and Köln (E10000004) as the document lists them, a partner's person and an LV01 officer of its own.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
@BothDatabases   // annex files are BYTEA on PostgreSQL and large objects on H2 (${large_binary})
class AnnexPageTests {

    static final byte[] PDF = PdfFixtures.plainPdf();

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountRegister accounts;
    @Autowired
    DraftDesk drafting;
    @Autowired
    ApplicationRegister register;
    @Autowired
    ApplicationAnnexes annexes;
    @Autowired
    OrganisationRegistration registration;
    @Autowired
    CallRounds rounds;

    OwnApplicant coordinator;
    String applicantEmail;
    String applicantOid;
    String partnerEmail;
    String officerEmail;

    @BeforeEach
    void registerTheCoordinatorAPartnersPersonAndAnOfficer() {
        coordinator = OwnApplicant.register(accounts, registration);
        applicantEmail = coordinator.account().email();
        applicantOid = coordinator.oid();
        partnerEmail = accounts.open("partner-" + UUID.randomUUID() + "@example.ee", "Pēteris Kalniņš",
                "dzeltena laiva kalnā zied", Set.of(Role.APPLICANT), null).email();
        officerEmail = accounts.open("officer-" + UUID.randomUUID() + "@example.lv", "Ilze Ozola",
                "dzeltena laiva kalnā zied", Set.of(Role.NA_OFFICER), "LV01").email();
    }

    RequestPostProcessor as(String email) {
        return user(person(email));
    }

    SignedInUser person(String email) {
        AccountSummary account = accounts.byEmail(email).orElseThrow();
        return OwnPeople.signedIn(account, account.language());
    }

    ApplicationSummary ownDraft() {
        return drafting.start(coordinator.account().id(),
                annasDocument("Pilnvaras").replace("\"E10000001\"", "\"" + applicantOid + "\""),
                OwnApplicant.openRound(rounds).id());
    }

    static MockMultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile("file", name, "application/pdf", bytes);
    }

    @Test
    void aCoordinatorUploadsAPartnersMandateAndTheTaskListCountsIt() throws Exception {
        ApplicationSummary draft = ownDraft();
        mvc.perform(get("/applications/{id}", draft.id()).with(as(applicantEmail)))
                .andExpect(content().string(allOf(containsString("0 of 2 mandates uploaded"),
                        containsString("mandates may follow until the grant agreement is signed"))));

        mvc.perform(multipart("/applications/{id}/annexes", draft.id()).file(file("Pilnvara Tallinn.pdf", PDF))
                        .param("target", "MANDATE:E10000003").with(as(applicantEmail)).with(csrf()))
                .andExpect(redirectedUrlPattern("/applications/*/sections/annexes?uploaded"));

        mvc.perform(get("/applications/{id}/sections/annexes", draft.id()).with(as(applicantEmail)).param("lang", "lv"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Augšupielādēta 1 no 2 pilnvarām"),
                        containsString("Pilnvara Tallinn.pdf"), containsString("class=\"govuk-file-upload\""))));
        mvc.perform(get("/applications/{id}", draft.id()).with(as(applicantEmail)))
                .andExpect(content().string(containsString("1 of 2 mandates uploaded")));
    }

    @Test
    void theDraftReferencesTheFileByDigestWithoutItsBytesAndTheHistoryShowsTheUpload() throws Exception {
        ApplicationSummary draft = ownDraft();
        Annex annex = annexes.upload(person(applicantEmail).id(), draft.id(), eu.sadarbe.applications.AnnexKind.MANDATE,
                "E10000004", "mandate.pdf", PDF);

        String json = register.canonicalJson(draft.id());
        assertThat(json).contains("\"annexes\":[{\"fileName\":\"mandate.pdf\",\"id\":\"" + annex.id()
                + "\",\"kind\":\"MANDATE\",\"organisation\":\"E10000004\",\"sha256\":\"" + annex.sha256()
                + "\",\"size\":" + PDF.length + "}]");
        assertThat(annex.sha256()).hasSize(64);
        List<DraftChange> history = drafting.history(person(applicantEmail).id(), draft.id());
        assertThat(history.get(0).section()).isEqualTo("ANNEXES");
        assertThat(history.get(0).after()).contains("mandate.pdf");
    }

    @Test
    void aRenamedImageIsRefusedWithAClearMessageAndNothingIsStored() throws Exception {
        ApplicationSummary draft = ownDraft();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
        mvc.perform(multipart("/applications/{id}/annexes", draft.id()).file(file("mandate.pdf", png))
                        .param("target", "MANDATE:E10000003").with(as(applicantEmail)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("govuk-error-summary"),
                        containsString("is not a PDF"), containsString("href=\"#annex-file\""),
                        containsString("govuk-form-group--error"))));
        byte[] docx = "PK\u0003\u0004word/document.xml".getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(multipart("/applications/{id}/annexes", draft.id()).file(file("pilnvara.docx", docx))
                        .param("target", "OTHER").with(as(applicantEmail)).with(csrf()).param("lang", "lv"))
                .andExpect(content().string(containsString("nav PDF")));
        assertThat(annexes.annexes(person(applicantEmail).id(), draft.id())).isEmpty();
    }

    @Test
    void aFileOverTheLimitGetsAFriendlyMessageNotAnErrorPage() throws Exception {
        ApplicationSummary draft = ownDraft();
        byte[] big = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
        mvc.perform(multipart("/applications/{id}/annexes", draft.id()).file(file("big.pdf", big))
                        .param("target", "OTHER").with(as(applicantEmail)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The file is larger than 5 MB")));
        mvc.perform(get("/applications/{id}/sections/annexes", draft.id()).with(as(applicantEmail)).param("tooLarge", ""))
                .andExpect(content().string(containsString("id=\"annex-too-large\"")));
    }

    @Test
    void theFileNameIsSanitised() throws Exception {
        ApplicationSummary draft = ownDraft();
        Annex annex = annexes.upload(person(applicantEmail).id(), draft.id(), eu.sadarbe.applications.AnnexKind.OTHER, null,
                "C:\\Users\\anna\\..\\<script>alert(1)</script>.PDF", PDF);
        assertThat(annex.fileName()).isEqualTo("script_.PDF");
        Annex unnamed = annexes.upload(person(applicantEmail).id(), draft.id(), eu.sadarbe.applications.AnnexKind.OTHER, null,
                "../../", PDF);
        assertThat(unnamed.fileName()).isEqualTo("annex.pdf");
    }

    @Test
    void onlyViewersDownloadAndOnlyEditorsRemove() throws Exception {
        ApplicationSummary draft = ownDraft();
        Annex annex = annexes.upload(person(applicantEmail).id(), draft.id(), eu.sadarbe.applications.AnnexKind.MANDATE,
                "E10000003", "Pilnvara.pdf", PDF);
        String download = "/applications/" + draft.id() + "/annexes/" + annex.id();

        mvc.perform(get(download).with(as(applicantEmail)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("Pilnvara.pdf")))
                .andExpect(content().bytes(PDF));
        mvc.perform(get(download).with(as(partnerEmail))).andExpect(status().isNotFound());
        mvc.perform(get(download).with(as(officerEmail))).andExpect(status().isNotFound());

        drafting.invite(person(applicantEmail).id(), draft.id(), partnerEmail, Access.VIEW);
        mvc.perform(get(download).with(as(partnerEmail))).andExpect(status().isOk());
        mvc.perform(post(download + "/removal").with(as(partnerEmail)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(multipart("/applications/{id}/annexes", draft.id()).file(file("x.pdf", PDF))
                        .param("target", "OTHER").with(as(partnerEmail)).with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(post(download + "/removal").with(as(applicantEmail)).with(csrf()))
                .andExpect(redirectedUrlPattern("/applications/*/sections/annexes?removed"));
        mvc.perform(get("/applications/{id}/sections/annexes", draft.id()).with(as(applicantEmail)))
                .andExpect(content().string(allOf(containsString("0 of 2 mandates uploaded"),
                        not(containsString(">Pilnvara.pdf<")))));
        // No submission names the removed file: its bytes are gone.
        mvc.perform(get(download).with(as(applicantEmail))).andExpect(status().isNotFound());
    }

    @Test
    void aRemovedAnnexThatASubmissionNamesStaysDownloadable() throws Exception {
        ApplicationSummary draft = ownDraft();
        Annex submitted = annexes.upload(person(applicantEmail).id(), draft.id(), eu.sadarbe.applications.AnnexKind.OTHER, null,
                "Submitted.pdf", PDF);
        register.freeze(draft.id(), register.find(draft.id()).orElseThrow().version());
        Annex later = annexes.upload(person(applicantEmail).id(), draft.id(), eu.sadarbe.applications.AnnexKind.OTHER, null,
                "Later.pdf", PDF);
        annexes.remove(person(applicantEmail).id(), draft.id(), submitted.id());
        annexes.remove(person(applicantEmail).id(), draft.id(), later.id());

        mvc.perform(get("/applications/" + draft.id() + "/annexes/" + submitted.id()).with(as(applicantEmail)))
                .andExpect(status().isOk()).andExpect(content().bytes(PDF));
        mvc.perform(get("/applications/" + draft.id() + "/annexes/" + later.id()).with(as(applicantEmail)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anApplicationTakesAtMostTwentyAnnexes() throws Exception {
        ApplicationSummary draft = ownDraft();
        for (int i = 1; i <= 20; i++) {
            annexes.upload(person(applicantEmail).id(), draft.id(), eu.sadarbe.applications.AnnexKind.OTHER, null,
                    "Annex " + i + ".pdf", PDF);
        }
        mvc.perform(multipart("/applications/{id}/annexes", draft.id()).file(file("Annex 21.pdf", PDF))
                        .param("target", "OTHER").with(as(applicantEmail)).with(csrf()).param("lang", "lv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pieteikumam var būt ne vairāk kā 20 pielikumu")));
        // A partner's new mandate replaces the earlier one, so it still fits.
        annexes.remove(person(applicantEmail).id(), draft.id(), annexes.annexes(person(applicantEmail).id(), draft.id()).get(0).id());
        annexes.upload(person(applicantEmail).id(), draft.id(), eu.sadarbe.applications.AnnexKind.MANDATE, "E10000003",
                "Mandate.pdf", PDF);
        annexes.upload(person(applicantEmail).id(), draft.id(), eu.sadarbe.applications.AnnexKind.MANDATE, "E10000003",
                "Mandate 2.pdf", PDF);
        assertThat(annexes.annexes(person(applicantEmail).id(), draft.id())).hasSize(20);
    }

    @Test
    void theAnnexesOfAnApplicationTakeAtMostThirtyMegabytesTogether() throws Exception {
        ApplicationSummary draft = ownDraft();
        byte[] fourMegabytes = PdfFixtures.plainPdfOfAbout(4 * 1024 * 1024);
        for (int i = 1; i <= 7; i++) {
            annexes.upload(person(applicantEmail).id(), draft.id(), eu.sadarbe.applications.AnnexKind.OTHER, null,
                    "Scan " + i + ".pdf", fourMegabytes);
        }
        mvc.perform(multipart("/api/v1/applications/{id}/annexes", draft.id()).file(file("Scan 8.pdf", fourMegabytes))
                        .with(as(applicantEmail)).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("at most 30 MB together")));
    }

    @Test
    void aPdfThatWouldRunSomethingWhenOpenedIsRefused() throws Exception {
        ApplicationSummary draft = ownDraft();
        byte[] javaScript = PdfFixtures.javaScriptOnOpening();
        assertThat(new String(javaScript, StandardCharsets.ISO_8859_1)).doesNotContain("/JavaScript");
        mvc.perform(multipart("/applications/{id}/annexes", draft.id()).file(file("Mandate.pdf", javaScript))
                        .param("target", "MANDATE:E10000003").with(as(applicantEmail)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("govuk-error-summary"),
                        containsString("contains JavaScript or an action that starts a program"))));
        mvc.perform(multipart("/applications/{id}/annexes", draft.id()).file(file("Launch.pdf",
                        PdfFixtures.launchOnOpening())).param("target", "OTHER").with(as(applicantEmail)).with(csrf())
                        .param("lang", "lv"))
                .andExpect(content().string(containsString("satur JavaScript vai darbību")));
        mvc.perform(multipart("/api/v1/applications/{id}/annexes", draft.id()).file(file("Page.pdf",
                        PdfFixtures.pageAdditionalActions())).with(as(applicantEmail)).with(csrf()).header("Accept-Language", "lv"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("ANNEX_ACTIVE_CONTENT"),
                        containsString("satur JavaScript"))));
        assertThat(annexes.annexes(person(applicantEmail).id(), draft.id())).isEmpty();
    }

    @Test
    void aMandateIsOnlyForAPartnerOrganisation() throws Exception {
        ApplicationSummary draft = ownDraft();
        mvc.perform(multipart("/applications/{id}/annexes", draft.id()).file(file("m.pdf", PDF))
                        .param("target", "MANDATE:" + applicantOid).with(as(applicantEmail)).with(csrf()))
                .andExpect(content().string(containsString(applicantOid + " is not a partner organisation")));
    }

    @Test
    void theMandateOfAnOrganisationNoLongerAPartnerStaysVisible() throws Exception {
        ApplicationSummary draft = ownDraft();
        String partner = OwnPartner.register(registration, "Valmieras tehnikums " + OwnPartner.uniqueWord(), "LV",
                "Valmiera").oid();
        mvc.perform(post("/applications/{id}/sections/organisations", draft.id()).with(as(applicantEmail)).with(csrf())
                        .param("baseVersion", "1").param("addOid", partner))
                .andExpect(status().is3xxRedirection());
        annexes.upload(person(applicantEmail).id(), draft.id(), eu.sadarbe.applications.AnnexKind.MANDATE, partner,
                "Jelgava.pdf", PDF);
        mvc.perform(post("/applications/{id}/sections/organisations", draft.id()).with(as(applicantEmail)).with(csrf())
                        .param("baseVersion", "2").param("remove", partner))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/applications/{id}/sections/annexes", draft.id()).with(as(applicantEmail)))
                .andExpect(content().string(allOf(containsString("0 of 2 mandates uploaded"),
                        containsString("id=\"other-annexes\""), containsString("Jelgava.pdf"))));
    }

    @Test
    void anonymousVisitorsAreAskedToSignIn() throws Exception {
        ApplicationSummary draft = ownDraft();
        mvc.perform(get("/applications/{id}/sections/annexes", draft.id())).andExpect(status().isUnauthorized());
    }
}

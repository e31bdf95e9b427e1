package eu.sadarbe.drafting;

import static eu.sadarbe.applications.DraftDocuments.ANNA;
import static eu.sadarbe.applications.DraftDocuments.ILZE_LV01_OFFICER;
import static eu.sadarbe.applications.DraftDocuments.PETERIS;
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

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import eu.sadarbe.BothDatabases;
import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.Access;
import eu.sadarbe.applications.Annex;
import eu.sadarbe.applications.ApplicationAnnexes;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.applications.DraftChange;
import eu.sadarbe.applications.PdfFixtures;

/**
 * The annexes section: partners' mandates as PDF checked by content and size, stored with their SHA-256 and
 * referenced from the draft, downloaded by viewers only, removed by editors only, shown on the task list.
 */
@SadarbeTest
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

    RequestPostProcessor as(String email) {
        return user(person(email));
    }

    SignedInUser person(String email) {
        AccountSummary account = accounts.byEmail(email).orElseThrow();
        return new SignedInUser(account.id(), account.email(), account.displayName(), account.roles(),
                account.nationalAgencyCode(), account.language(), true, null);
    }

    ApplicationSummary annasDraft() {
        return drafting.start(person(ANNA).id(), annasDocument("Pilnvaras"), null);
    }

    static MockMultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile("file", name, "application/pdf", bytes);
    }

    @Test
    void aCoordinatorUploadsAPartnersMandateAndTheTaskListCountsIt() throws Exception {
        ApplicationSummary draft = annasDraft();
        mvc.perform(get("/applications/{id}", draft.id()).with(as(ANNA)))
                .andExpect(content().string(allOf(containsString("0 of 2 mandates uploaded"),
                        containsString("mandates may follow until the grant agreement is signed"))));

        mvc.perform(multipart("/applications/{id}/annexes", draft.id()).file(file("Pilnvara Tallinn.pdf", PDF))
                        .param("target", "MANDATE:E10000003").with(as(ANNA)).with(csrf()))
                .andExpect(redirectedUrlPattern("/applications/*/sections/annexes?uploaded"));

        mvc.perform(get("/applications/{id}/sections/annexes", draft.id()).with(as(ANNA)).param("lang", "lv"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Augšupielādēta 1 no 2 pilnvarām"),
                        containsString("Pilnvara Tallinn.pdf"), containsString("class=\"govuk-file-upload\""))));
        mvc.perform(get("/applications/{id}", draft.id()).with(as(ANNA)))
                .andExpect(content().string(containsString("1 of 2 mandates uploaded")));
    }

    @Test
    void theDraftReferencesTheFileByDigestWithoutItsBytesAndTheHistoryShowsTheUpload() throws Exception {
        ApplicationSummary draft = annasDraft();
        Annex annex = annexes.upload(person(ANNA).id(), draft.id(), eu.sadarbe.applications.AnnexKind.MANDATE,
                "E10000004", "mandate.pdf", PDF);

        String json = register.canonicalJson(draft.id());
        assertThat(json).contains("\"annexes\":[{\"fileName\":\"mandate.pdf\",\"id\":\"" + annex.id()
                + "\",\"kind\":\"MANDATE\",\"organisation\":\"E10000004\",\"sha256\":\"" + annex.sha256()
                + "\",\"size\":" + PDF.length + "}]");
        assertThat(annex.sha256()).hasSize(64);
        List<DraftChange> history = drafting.history(person(ANNA).id(), draft.id());
        assertThat(history.get(0).section()).isEqualTo("ANNEXES");
        assertThat(history.get(0).after()).contains("mandate.pdf");
    }

    @Test
    void aRenamedImageIsRefusedWithAClearMessageAndNothingIsStored() throws Exception {
        ApplicationSummary draft = annasDraft();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
        mvc.perform(multipart("/applications/{id}/annexes", draft.id()).file(file("mandate.pdf", png))
                        .param("target", "MANDATE:E10000003").with(as(ANNA)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("govuk-error-summary"),
                        containsString("is not a PDF"), containsString("href=\"#annex-file\""),
                        containsString("govuk-form-group--error"))));
        byte[] docx = "PK\u0003\u0004word/document.xml".getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(multipart("/applications/{id}/annexes", draft.id()).file(file("pilnvara.docx", docx))
                        .param("target", "OTHER").with(as(ANNA)).with(csrf()).param("lang", "lv"))
                .andExpect(content().string(containsString("nav PDF")));
        assertThat(annexes.annexes(person(ANNA).id(), draft.id())).isEmpty();
    }

    @Test
    void aFileOverTheLimitGetsAFriendlyMessageNotAnErrorPage() throws Exception {
        ApplicationSummary draft = annasDraft();
        byte[] big = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
        mvc.perform(multipart("/applications/{id}/annexes", draft.id()).file(file("big.pdf", big))
                        .param("target", "OTHER").with(as(ANNA)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The file is larger than 5 MB")));
        mvc.perform(get("/applications/{id}/sections/annexes", draft.id()).with(as(ANNA)).param("tooLarge", ""))
                .andExpect(content().string(containsString("id=\"annex-too-large\"")));
    }

    @Test
    void theFileNameIsSanitised() throws Exception {
        ApplicationSummary draft = annasDraft();
        Annex annex = annexes.upload(person(ANNA).id(), draft.id(), eu.sadarbe.applications.AnnexKind.OTHER, null,
                "C:\\Users\\anna\\..\\<script>alert(1)</script>.PDF", PDF);
        assertThat(annex.fileName()).isEqualTo("script_.PDF");
        Annex unnamed = annexes.upload(person(ANNA).id(), draft.id(), eu.sadarbe.applications.AnnexKind.OTHER, null,
                "../../", PDF);
        assertThat(unnamed.fileName()).isEqualTo("annex.pdf");
    }

    @Test
    void onlyViewersDownloadAndOnlyEditorsRemove() throws Exception {
        ApplicationSummary draft = annasDraft();
        Annex annex = annexes.upload(person(ANNA).id(), draft.id(), eu.sadarbe.applications.AnnexKind.MANDATE,
                "E10000003", "Pilnvara.pdf", PDF);
        String download = "/applications/" + draft.id() + "/annexes/" + annex.id();

        mvc.perform(get(download).with(as(ANNA)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("Pilnvara.pdf")))
                .andExpect(content().bytes(PDF));
        mvc.perform(get(download).with(as(PETERIS))).andExpect(status().isNotFound());
        mvc.perform(get(download).with(as(ILZE_LV01_OFFICER))).andExpect(status().isNotFound());

        drafting.invite(person(ANNA).id(), draft.id(), PETERIS, Access.VIEW);
        mvc.perform(get(download).with(as(PETERIS))).andExpect(status().isOk());
        mvc.perform(post(download + "/removal").with(as(PETERIS)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(multipart("/applications/{id}/annexes", draft.id()).file(file("x.pdf", PDF))
                        .param("target", "OTHER").with(as(PETERIS)).with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(post(download + "/removal").with(as(ANNA)).with(csrf()))
                .andExpect(redirectedUrlPattern("/applications/*/sections/annexes?removed"));
        mvc.perform(get("/applications/{id}/sections/annexes", draft.id()).with(as(ANNA)))
                .andExpect(content().string(allOf(containsString("0 of 2 mandates uploaded"),
                        not(containsString(">Pilnvara.pdf<")))));
        // No submission names the removed file: its bytes are gone.
        mvc.perform(get(download).with(as(ANNA))).andExpect(status().isNotFound());
    }

    @Test
    void aRemovedAnnexThatASubmissionNamesStaysDownloadable() throws Exception {
        ApplicationSummary draft = annasDraft();
        Annex submitted = annexes.upload(person(ANNA).id(), draft.id(), eu.sadarbe.applications.AnnexKind.OTHER, null,
                "Submitted.pdf", PDF);
        register.freeze(draft.id(), register.find(draft.id()).orElseThrow().version());
        Annex later = annexes.upload(person(ANNA).id(), draft.id(), eu.sadarbe.applications.AnnexKind.OTHER, null,
                "Later.pdf", PDF);
        annexes.remove(person(ANNA).id(), draft.id(), submitted.id());
        annexes.remove(person(ANNA).id(), draft.id(), later.id());

        mvc.perform(get("/applications/" + draft.id() + "/annexes/" + submitted.id()).with(as(ANNA)))
                .andExpect(status().isOk()).andExpect(content().bytes(PDF));
        mvc.perform(get("/applications/" + draft.id() + "/annexes/" + later.id()).with(as(ANNA)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anApplicationTakesAtMostTwentyAnnexes() throws Exception {
        ApplicationSummary draft = annasDraft();
        for (int i = 1; i <= 20; i++) {
            annexes.upload(person(ANNA).id(), draft.id(), eu.sadarbe.applications.AnnexKind.OTHER, null,
                    "Annex " + i + ".pdf", PDF);
        }
        mvc.perform(multipart("/applications/{id}/annexes", draft.id()).file(file("Annex 21.pdf", PDF))
                        .param("target", "OTHER").with(as(ANNA)).with(csrf()).param("lang", "lv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pieteikumam var būt ne vairāk kā 20 pielikumu")));
        // A partner's new mandate replaces the earlier one, so it still fits.
        annexes.remove(person(ANNA).id(), draft.id(), annexes.annexes(person(ANNA).id(), draft.id()).get(0).id());
        annexes.upload(person(ANNA).id(), draft.id(), eu.sadarbe.applications.AnnexKind.MANDATE, "E10000003",
                "Mandate.pdf", PDF);
        annexes.upload(person(ANNA).id(), draft.id(), eu.sadarbe.applications.AnnexKind.MANDATE, "E10000003",
                "Mandate 2.pdf", PDF);
        assertThat(annexes.annexes(person(ANNA).id(), draft.id())).hasSize(20);
    }

    @Test
    void theAnnexesOfAnApplicationTakeAtMostThirtyMegabytesTogether() throws Exception {
        ApplicationSummary draft = annasDraft();
        byte[] fourMegabytes = PdfFixtures.plainPdfOfAbout(4 * 1024 * 1024);
        for (int i = 1; i <= 7; i++) {
            annexes.upload(person(ANNA).id(), draft.id(), eu.sadarbe.applications.AnnexKind.OTHER, null,
                    "Scan " + i + ".pdf", fourMegabytes);
        }
        mvc.perform(multipart("/api/v1/applications/{id}/annexes", draft.id()).file(file("Scan 8.pdf", fourMegabytes))
                        .with(as(ANNA)).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("at most 30 MB together")));
    }

    @Test
    void aPdfThatWouldRunSomethingWhenOpenedIsRefused() throws Exception {
        ApplicationSummary draft = annasDraft();
        byte[] javaScript = PdfFixtures.javaScriptOnOpening();
        assertThat(new String(javaScript, StandardCharsets.ISO_8859_1)).doesNotContain("/JavaScript");
        mvc.perform(multipart("/applications/{id}/annexes", draft.id()).file(file("Mandate.pdf", javaScript))
                        .param("target", "MANDATE:E10000003").with(as(ANNA)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("govuk-error-summary"),
                        containsString("contains JavaScript or an action that starts a program"))));
        mvc.perform(multipart("/applications/{id}/annexes", draft.id()).file(file("Launch.pdf",
                        PdfFixtures.launchOnOpening())).param("target", "OTHER").with(as(ANNA)).with(csrf())
                        .param("lang", "lv"))
                .andExpect(content().string(containsString("satur JavaScript vai darbību")));
        mvc.perform(multipart("/api/v1/applications/{id}/annexes", draft.id()).file(file("Page.pdf",
                        PdfFixtures.pageAdditionalActions())).with(as(ANNA)).with(csrf()).header("Accept-Language", "lv"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("ANNEX_ACTIVE_CONTENT"),
                        containsString("satur JavaScript"))));
        assertThat(annexes.annexes(person(ANNA).id(), draft.id())).isEmpty();
    }

    @Test
    void aMandateIsOnlyForAPartnerOrganisation() throws Exception {
        ApplicationSummary draft = annasDraft();
        mvc.perform(multipart("/applications/{id}/annexes", draft.id()).file(file("m.pdf", PDF))
                        .param("target", "MANDATE:E10000001").with(as(ANNA)).with(csrf()))
                .andExpect(content().string(containsString("E10000001 is not a partner organisation")));
    }

    @Test
    void theMandateOfAnOrganisationNoLongerAPartnerStaysVisible() throws Exception {
        ApplicationSummary draft = annasDraft();
        mvc.perform(post("/applications/{id}/sections/organisations", draft.id()).with(as(ANNA)).with(csrf())
                        .param("baseVersion", "1").param("addOid", "E10000002"))
                .andExpect(status().is3xxRedirection());
        annexes.upload(person(ANNA).id(), draft.id(), eu.sadarbe.applications.AnnexKind.MANDATE, "E10000002",
                "Jelgava.pdf", PDF);
        mvc.perform(post("/applications/{id}/sections/organisations", draft.id()).with(as(ANNA)).with(csrf())
                        .param("baseVersion", "2").param("remove", "E10000002"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/applications/{id}/sections/annexes", draft.id()).with(as(ANNA)))
                .andExpect(content().string(allOf(containsString("0 of 2 mandates uploaded"),
                        containsString("id=\"other-annexes\""), containsString("Jelgava.pdf"))));
    }

    @Test
    void anonymousVisitorsAreAskedToSignIn() throws Exception {
        ApplicationSummary draft = annasDraft();
        mvc.perform(get("/applications/{id}/sections/annexes", draft.id())).andExpect(status().isUnauthorized());
    }
}

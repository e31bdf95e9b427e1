package eu.sadarbe.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.OptionalLong;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.OwnPeople;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.OwnApplicant;
import eu.sadarbe.applications.document.ApplicationDocumentReader;
import eu.sadarbe.budget.Budget;
import eu.sadarbe.budget.Budgeting;
import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.organisations.domain.OrganisationRegistration;
import eu.sadarbe.web.Formats;
import eu.sadarbe.web.PdfConformance;

/**
 * The application as submitted reads as a document (issue #17): labels instead of enum codes, organisations with
 * names, countries, types and IDs, activities naming the partners, the budget of the budget module with its total
 * and maximum, the agency's name, who signed and when (from the declaration's history), page numbers, header and
 * footer; PDF/A-2u and PDF/UA-1 in Latvian. A module test of submission with its pages, on the context of
 * {@link SubmissionModuleTests}: an applicant of the test's own ({@link OwnApplicant}) submits the green-skills
 * document, whose organisations carry their names, in a round of the submission tests.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(SubmissionTest.Configuration.class)
@AutoConfigureMockMvc
class ApplicationDocumentPdfTests {

    static final LocalDateTime BEFORE = LocalDateTime.of(2020, 11, 30, 9, 15, 30);

    @Autowired
    MockMvc mvc;

    @Autowired
    SubmissionDesk desk;

    @Autowired
    SettableClock clock;

    @Autowired
    CallRounds rounds;

    @Autowired
    DraftDesk drafting;

    @Autowired
    AccountRegister accounts;

    @Autowired
    Budgeting budgeting;

    @Autowired
    RuleBook rules;

    @Autowired
    ApplicationDocumentReader reader;

    @Autowired
    OrganisationRegistration registration;

    @Test
    void readsAsADocumentInLatvianAndIsPdfA2uAndPdfUa1() throws Exception {
        SubmissionFixtures fixtures = new SubmissionFixtures(rounds, drafting, accounts, clock);
        CallRoundSummary round = fixtures.round(8, LocalDateTime.of(2020, 12, 1, 12, 0));
        String title = "Zaļās prasmes: ā č ē ģ ī ķ ļ ņ š ū ž Ā Č Ē Ģ Ī Ķ Ļ Ņ Š Ū Ž";
        OwnApplicant applicant = OwnApplicant.register(accounts, registration);
        clock.setBrussels(BEFORE);
        ApplicationSummary draft = drafting.start(applicant.account().id(), applicant.document(title), round.id());
        // Signed when the draft was written; submitted half an hour later (issue 17: the signing time is its own).
        clock.setBrussels(BEFORE.plusMinutes(30));
        SubmissionSummary submission = desk.submit(draft.id(), OptionalLong.empty(), "readable-pdf-" + draft.id(),
                inLatvian(applicant));
        clock.reset();

        byte[] pdf = mvc.perform(get("/api/v1/applications/{id}/submissions/{s}/pdf", draft.id(), submission.id())
                        .with(user(inLatvian(applicant))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }

        Budget budget = budgeting.budgetOf(reader.read(applicant.document(title)),
                rules.parametersFor(2020, "KA202"));
        Formats latvian = Formats.in(Locale.forLanguageTag("lv"));
        assertThat(text).contains(title, submission.applicationNumber(), submission.sha256(),
                "Valsts izglītības attīstības aģentūra (LV01)", "30.11.2020 09:15:30 (+01:00)",
                "Rīgas Valsts tehnikums", applicant.oid(), "Igaunija (EE)", "Profesionālās izglītības iestāde",
                "Partneris", "Tallinna Tööstushariduskeskus (E10000002)", "Tehniskais darbinieks",
                "Īstermiņa kopīgas darbinieku apmācības", "Projekta vadība un īstenošana", "Ārkārtas izmaksas",
                "Subtitling of the course videos", "Kopā " + latvian.money(budget.total()),
                latvian.money(budget.maximum()), "Goda apliecinājumu", "Ilga Pieteicēja",
                "parakstīja Ilga Pieteicēja 30.11.2020 09:15:30 (+01:00) (pēc Briseles laika); pieteikums iesniegts "
                        + "30.11.2020 09:45:30 (+01:00)");
        assertThat(text).as("header and footer on every page").contains("Valsts izglītības attīstības aģentūra (LV01) · "
                + submission.applicationNumber());
        assertThat(text).as("page numbers").containsPattern("Lappuse\\W{0,3}1 no 2");
        assertThat(text).as("labels, not codes").doesNotContain("VET_PROVIDER", "TECHNICIAN",
                "SHORT_TERM_JOINT_STAFF_TRAINING", "legalName", "organisationType", "??");
        assertThat(text).as("the priority by its name").containsPattern("\\p{L}+.* \\(HZ-ENVIRONMENT-CLIMATE\\)");
        assertThat(PdfConformance.failures(pdf, PDFAFlavour.PDFA_2_U)).as("PDF/A-2u").isEmpty();
        assertThat(PdfConformance.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
    }

    private static SignedInUser inLatvian(OwnApplicant applicant) {
        AccountSummary account = applicant.account();
        return OwnPeople.signedIn(account, "lv");
    }
}

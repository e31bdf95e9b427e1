package eu.sadarbe.selection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.assessment.CriterionScore;
import eu.sadarbe.calls.AgencyContacts;
import eu.sadarbe.calls.NationalAgency;
import eu.sadarbe.selection.RankingKey;
import eu.sadarbe.shared.CountryCode;
import eu.sadarbe.web.DocumentPdfFixtures;
import eu.sadarbe.web.HostileText;
import eu.sadarbe.web.PdfConformance;

/**
 * The decision letter in Latvian with every diacritic is PDF/A-2u and PDF/UA-1 (issue #17) and reads as an
 * administrative decision; hostile titles, comments and reasons print literally without the server fetching
 * anything (issue #12, section 2).
 */
class DecisionLetterPdfTests {

    static final String LATVIAN = "Zaļās prasmes: ā č ē ģ ī ķ ļ ņ š ū ž Ā Č Ē Ģ Ī Ķ Ļ Ņ Š Ū Ž";
    static final NationalAgency VIAA = new NationalAgency("LV01", CountryCode.of("LV"),
            "Valsts izglītības attīstības aģentūra", "State Education Development Agency", true, List.of("KA202"));

    final DecisionLetterPdf letters = new DecisionLetterPdf(DocumentPdfFixtures.documentPdf(),
            DocumentPdfFixtures.messages());

    @Test
    void isPdfA2uAndPdfUa1InLatvianWithEveryDiacritic() throws Exception {
        byte[] pdf = letters.render(letter(LATVIAN, List.of("Ļoti skaidrs pamatojums: " + LATVIAN), null, true),
                Locale.forLanguageTag("lv"));

        assertThat(textOf(pdf)).contains(squeezed(LATVIAN), "Valstsizglītībasattīstībasaģentūra", "28");
        assertThat(PdfConformance.failures(pdf, PDFAFlavour.PDFA_2_U)).as("PDF/A-2u").isEmpty();
        assertThat(PdfConformance.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
    }

    @Test
    void readsAsAnAdministrativeDecisionInLatvian() throws Exception {
        LetterContent raw = letter(LATVIAN, List.of("Raw comment of one expert"), null, true);
        LetterContent letter = new LetterContent(raw.candidate(), raw.decision(), raw.agency(), raw.contacts(),
                raw.settings(), raw.addressee(), raw.title(), raw.reference(), raw.date(), raw.placement(),
                raw.cutOffRank(), raw.passMarks(), "Konsolidēts komentārs: ā č ē ģ ī ķ ļ ņ š ū ž", raw.signatory());
        String text = textOf(letters.render(letter, Locale.forLanguageTag("lv")));

        assertThat(text).contains(squeezed("Vaļņu iela 3, Rīga, LV-1050, Latvija"),
                squeezed("Reģistrācijas numurs 90001800413"), "https://www.viaa.gov.lv", "info@viaa.gov.lv",
                squeezed("Mūsu numurs LV01/2020/L-00042"), squeezed("Datums 15.12.2020"),
                squeezed("Rīgas Valsts tehnikums"), squeezed("Nīcgales iela 26"),
                squeezed("Juridiskajam pārstāvim: Jānis Ābele, direktors"),
                squeezed("Lēmums par pieteikumu 2020-1-LV01-KA202-000042"), squeezed("Lēmuma pamatojums"),
                squeezed("Minimālais punktu skaits (R-AWD-02)"), squeezed("ierindots 3. vietā"),
                squeezed("no 1. līdz 5. vietai"),
                squeezed("Piešķirtā dotācija ir 55 000,00 € pieprasīto 60 000,00 € vietā. Pamatojums: "
                        + "Mobilitāšu izmaksas pārvērtētas"),
                squeezed("Konsolidēts komentārs: ā č ē ģ ī ķ ļ ņ š ū ž"), squeezed("Administratīvā procesa likumu"),
                squeezed("Ilze Ozola"), squeezed("Programmas speciālists"));
        assertThat(text).as("the one consolidated comment, not the experts' raw comments")
                .doesNotContain(squeezed("Raw comment of one expert"));
    }

    @Test
    void aDraftHasNoRegisterNumberAndNoSignature() throws Exception {
        LetterContent issued = letter("Draft", List.of(), null, true);
        LetterContent draft = new LetterContent(issued.candidate(), issued.decision(), issued.agency(),
                issued.contacts(), issued.settings(), issued.addressee(), issued.title(), null, issued.date(),
                null, 0, issued.passMarks(), null, null);

        String text = textOf(letters.render(draft, Locale.ENGLISH));

        assertThat(text).contains(squeezed("Given when the letter is issued"),
                squeezed("this letter is not issued and not signed yet"))
                .doesNotContain("LV01/2020/L-", "IlzeOzola");
    }

    @Test
    void printsHostileTitlesCommentsAndReasonsLiterallyAndFetchesNothing() throws Exception {
        try (HostileText hostile = new HostileText()) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("lv"))) {
                String selected = textOf(letters.render(letter(hostile.combined(), hostile.all(), null, true), locale));
                String rejected = textOf(letters.render(letter(hostile.combined(), List.of(), hostile.combined(),
                        false), locale));
                for (String text : hostile.all()) {
                    assertThat(selected).as(locale + ": " + text).contains(squeezed(text));
                    assertThat(rejected).as(locale + ": " + text).contains(squeezed(text));
                }
            }
            assertThat(hostile.requests()).as("requests the renderer made").isZero();
        }
    }

    static LetterContent letter(String title, List<String> comments, String ineligibilityReason, boolean eligible) {
        ApplicationId id = ApplicationId.random();
        List<CriterionScore> criteria = List.of(new CriterionScore("relevance", 28, 30, comments),
                new CriterionScore("design", 18, 20, List.of()), new CriterionScore("team", 18, 20, List.of()),
                new CriterionScore("impact", 26, 30, List.of()));
        Candidate candidate = new Candidate(id, UUID.randomUUID(), "2020-1-LV01-KA202-000042",
                new RankingKey("LV01", 2020, 1, "KA202"), eligible, ineligibilityReason,
                eligible ? List.of() : List.of("R-ELIG-02"), eligible, 90, 28, 26, eligible, eligible ? criteria : List.of(),
                new BigDecimal("60000"), null, new BigDecimal("55000"), null);
        Decision decision = new Decision(id, eligible ? Outcome.SELECTED : Outcome.REJECTED,
                eligible ? new BigDecimal("55000") : null, false, null, UUID.randomUUID(), "ilze.ozola@demo.sadarbe.eu",
                Instant.parse("2020-07-01T10:00:00Z"), Instant.parse("2020-12-15T10:00:00Z"), null);
        Candidate reduced = new Candidate(candidate.applicationId(), candidate.submissionId(),
                candidate.applicationNumber(), candidate.ranking(), candidate.formallyEligible(),
                candidate.ineligibilityReason(), candidate.ineligibilityRules(), candidate.assessed(), candidate.total(),
                candidate.relevance(), candidate.impact(), candidate.passed(), candidate.criteria(),
                candidate.requestedGrant(), null, candidate.granted(),
                eligible ? "Mobilitāšu izmaksas pārvērtētas" : null);
        RankedApplication placement = eligible ? new RankedApplication(3, reduced, new BigDecimal("150000"),
                Placement.FUNDED, null) : null;
        return new LetterContent(reduced, decision, VIAA, CONTACTS, SETTINGS, ADDRESSEE, title, "LV01/2020/L-00042",
                LocalDate.of(2020, 12, 15), placement, 5, PASS_MARKS,
                eligible ? "Konsolidēts komentārs: ā č ē ģ ī ķ ļ ņ š ū ž\n\n" + String.join(" ", comments) : null,
                "Ilze Ozola");
    }

    static final AgencyContacts CONTACTS = new AgencyContacts("LV01", "Vaļņu iela 3, Rīga, LV-1050, Latvija",
            "https://www.viaa.gov.lv", "info@viaa.gov.lv", "+371 67785420", "90001800413", false);
    static final LetterSettings SETTINGS = new LetterSettings("LV01",
            "Under the Administrative Procedure Law of Latvia you may contest this decision within one month.",
            "Saskaņā ar Administratīvā procesa likumu šo lēmumu var apstrīdēt viena mēneša laikā.",
            "Programme officer", "Programmas speciālists", false, null, null);
    static final Addressee ADDRESSEE = new Addressee("Rīgas Valsts tehnikums", List.of("Nīcgales iela 26",
            "LV-1024 Rīga"), "Jānis Ābele, direktors");
    static final PassMarks PASS_MARKS = new PassMarks(60, java.util.Map.of("relevance", new BigDecimal("15"),
            "design", new BigDecimal("10"), "team", new BigDecimal("10"), "impact", new BigDecimal("15")));

    static String textOf(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return squeezed(new PDFTextStripper().getText(document));
        }
    }

    /** Without white space: the PDF breaks long texts into lines wherever they fit. */
    static String squeezed(String text) {
        return text.replaceAll("[\\s\u00a0\u202f]+", "");
    }
}

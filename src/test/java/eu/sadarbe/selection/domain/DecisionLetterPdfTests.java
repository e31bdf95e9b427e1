package eu.sadarbe.selection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
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
import eu.sadarbe.calls.NationalAgency;
import eu.sadarbe.selection.RankingKey;
import eu.sadarbe.shared.CountryCode;
import eu.sadarbe.web.DocumentPdfFixtures;
import eu.sadarbe.web.HostileText;
import eu.sadarbe.web.PdfConformance;

/**
 * The decision letter in Latvian with every diacritic is PDF/A-2u and PDF/UA-1 (issue #17), and hostile titles,
 * comments and reasons print literally without the server fetching anything (issue #12, section 2).
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

        assertThat(textOf(pdf)).contains(squeezed(LATVIAN), "Valstsizglītībasattīstībasaģentūra", "28/30");
        assertThat(PdfConformance.failures(pdf, PDFAFlavour.PDFA_2_U)).as("PDF/A-2u").isEmpty();
        assertThat(PdfConformance.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
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
                Instant.parse("2020-07-01T10:00:00Z"), null, null);
        return new LetterContent(candidate, decision, VIAA, title);
    }

    static String textOf(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return squeezed(new PDFTextStripper().getText(document));
        }
    }

    /** Without white space: the PDF breaks long texts into lines wherever they fit. */
    static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}

package eu.sadarbe.submission.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.submission.SubmissionSummary;
import eu.sadarbe.web.DocumentPdfFixtures;
import eu.sadarbe.web.HostileText;
import eu.sadarbe.web.PdfConformance;

/**
 * The PDF of a submitted application prints every Latvian letter with the embedded DejaVu Sans font, and whatever an
 * applicant typed literally, fetching nothing (issue #12, section 2).
 */
class ApplicationPdfTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final String LATVIAN_LETTERS = "āčēģīķļņšūž ĀČĒĢĪĶĻŅŠŪŽ";

    final ApplicationPdf pdfs = new ApplicationPdf(DocumentPdfFixtures.documentPdf());

    final SubmissionSummary submission = new SubmissionSummary(UUID.randomUUID(), ApplicationId.random(),
            "2020-1-LV01-KA202-000042", "ab".repeat(32), Instant.parse("2020-04-23T09:59:59Z"), "LV01", 2020, 1,
            "KA202", 7, "Zaļās prasmes ķēķa šefpavāriem");

    @Test
    void showsEveryLatvianDiacriticOfAnApplicationFullOfThem() throws IOException {
        String json = """
                {"callYear":2020,"actionType":"KA202","title":"Zaļās prasmes ķēķa šefpavāriem",\
                "organisations":[{"oid":"E10000001","legalName":"Rīgas Valsts tehnikums","city":"Rīga"},\
                {"oid":"E10000009","legalName":"Ģertrūdes ielas Ļoti Čakla skola","city":"Ņūkasla Žūžas"}],\
                "description":{"needs":"%s — Ā Č Ē Ģ Ī Ķ Ļ Ņ Š Ū Ž"}}""".formatted(LATVIAN_LETTERS);

        String text = textOf(pdfs.render(submission, json, Locale.forLanguageTag("lv")));

        for (char letter : LATVIAN_LETTERS.replace(" ", "").toCharArray()) {
            assertThat(text).as("letter %s", letter).contains(String.valueOf(letter));
        }
        assertThat(text).contains("Zaļās prasmes ķēķa šefpavāriem", "Rīgas Valsts tehnikums",
                "Ģertrūdes ielas Ļoti Čakla skola", "2020-1-LV01-KA202-000042", "23.04.2020 11:59:59 (+02:00)",
                "Iesniegtais pieteikums", "ab".repeat(32));
    }

    @Test
    void isPdfA2uAndPdfUa1InLatvianWithEveryDiacritic() throws Exception {
        String json = """
                {"callYear":2020,"actionType":"KA202","title":"Zaļās prasmes ķēķa šefpavāriem",\
                "organisations":[{"oid":"E10000001","legalName":"Rīgas Valsts tehnikums","city":"Rīga"}],\
                "description":{"needs":"%s"}}""".formatted(LATVIAN_LETTERS);
        byte[] pdf = pdfs.render(submission, json, Locale.forLanguageTag("lv"));

        assertThat(PdfConformance.failures(pdf, PDFAFlavour.PDFA_2_U)).as("PDF/A-2u").isEmpty();
        assertThat(PdfConformance.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
    }

    @Test
    void embedsItsOwnFontInsteadOfTheMachines() throws IOException {
        byte[] pdf = pdfs.render(submission, "{\"title\":\"Ā\"}", Locale.ENGLISH);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertThat(font.getName()).contains("DejaVuSans");
                assertThat(font.isEmbedded()).isTrue();
            }
        }
    }

    @Test
    void escapesMarkupInTheDocument() throws IOException {
        String text = textOf(pdfs.render(submission, "{\"title\":\"<b>R&D</b> \\\"quoted\\\"\"}", Locale.ENGLISH));
        assertThat(text).contains("<b>R&D</b> \"quoted\"");
    }

    static String textOf(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void printsHostileTextLiterallyAndFetchesNothing() throws IOException {
        try (HostileText hostile = new HostileText()) {
            SubmissionSummary hostileTitle = new SubmissionSummary(UUID.randomUUID(), ApplicationId.random(),
                    "2020-1-LV01-KA202-000043", "cd".repeat(32), Instant.parse("2020-04-23T09:59:59Z"), "LV01", 2020,
                    1, "KA202", 7, hostile.combined());
            ObjectNode document = JSON.createObjectNode();
            document.put("title", hostile.combined());
            ArrayNode organisations = document.putArray("organisations");
            for (String text : hostile.all()) {
                organisations.addObject().put("oid", "E10000001").put("legalName", text);
            }
            document.putObject("description").put("needs", hostile.combined() + "\u0001\u0000 control");

            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("lv"))) {
                String text = textOf(pdfs.render(hostileTitle, JSON.writeValueAsString(document), locale));
                for (String hostileText : hostile.all()) {
                    assertThat(text).as(locale + ": " + hostileText).contains(hostileText);
                }
            }
            assertThat(hostile.requests()).as("requests the renderer made").isZero();
        }
    }
}

package eu.sadarbe.submission.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.submission.SubmissionSummary;

/** The PDF of a submitted application prints every Latvian letter with the embedded DejaVu Sans font. */
class ApplicationPdfTests {

    static final String LATVIAN_LETTERS = "āčēģīķļņšūž ĀČĒĢĪĶĻŅŠŪŽ";

    final ApplicationPdf pdfs = new ApplicationPdf(messages());

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

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}

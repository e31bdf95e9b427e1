package eu.sadarbe.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import eu.sadarbe.applications.document.MeetingTraveller;
import eu.sadarbe.payments.PaymentKind;
import eu.sadarbe.reporting.ReportKind;
import eu.sadarbe.web.DocumentPdf;
import eu.sadarbe.web.DocumentPdfFixtures;
import eu.sadarbe.web.PdfConformance;

/** The final letter is PDF/A-2u in the agreement's language with the whole calculation and its grounds. */
class FinalLetterPdfTests {

    final DocumentPdf documents = DocumentPdfFixtures.documentPdf();

    @ParameterizedTest
    @CsvSource({"en, Final grant, pay back, 'reduced by 25%'", "lv, Galīgā dotācija, atmaksāt, 'samazināta par 25 %'"})
    void theLetterCarriesTheCalculationAndTheGrounds(String language, String finalGrant, String recovery,
                                                    String reduced) throws Exception {
        eu.sadarbe.web.Formats formats = eu.sadarbe.web.Formats.in(FinalLetterPdf.language(language));
        ReportedProject project = ReportTests.project();
        ReportedProject inLanguage = new ReportedProject(project.agreementId(), project.agreementNumber(), 1,
                project.applicationId(), project.applicationNumber(), "LV01", "KA201", 2020, 1, project.title(),
                language, project.scheme(), project.beneficiaryOrganisationId(), project.beneficiaryName(),
                project.projectStart(), project.projectEnd(), project.awarded());
        Report report = Report.open(inLanguage, ReportKind.FINAL, LocalDate.of(2022, 10, 30), ReportTests.NOW);
        ReportContent content = new ReportContent(Narrative.EMPTY, new ResultsSummary("We read.", "Mēs lasījām.", "lv"),
                List.of(new ReportedMeeting("m1", "E10000002", LocalDate.of(2021, 1, 1),
                        List.of(new MeetingTraveller("E10000012", 2, 280)))),
                List.of(), List.of(), List.of(), List.of(), List.of());
        report.save(ReportSection.MEETINGS, content, 0, "anna", ReportTests.NOW);
        ReportAssessment assessment = new ReportAssessment(report.id());
        assessment.markIneligible("m1", "No minutes of the meeting", report.content().lineIds(), "ilze",
                ReportTests.NOW);
        assessment.score(45, "Late outputs.", FinalGrantTests.BANDS, "ilze", ReportTests.NOW);
        FinalGrant figures = FinalGrant.compute(project.awarded(), FinalGrantTests.amounts("PROJECT_MANAGEMENT",
                        "24000", "TRANSNATIONAL_MEETINGS", "1150"), FinalGrantTests.amounts("PROJECT_MANAGEMENT", "24000"),
                new BigDecimal("0.2"), FinalGrantTests.BANDS.reductionFor(45));
        assessment.decided(new ReportAssessment.Decision("ilze", Instant.parse("2022-11-15T10:00:00Z"), figures,
                new BigDecimal("19200.00"), UUID.randomUUID(), PaymentKind.RECOVERY, new BigDecimal("1200.00"),
                LocalDate.of(2022, 12, 15)));

        byte[] pdf = FinalLetterPdf.render(documents, report, assessment, ReportLine.of(report.content()), 100,
                "State Education Development Agency");

        assertThat(PdfConformance.failures(pdf, PDFAFlavour.PDFA_2_U)).as("PDF/A-2u").isEmpty();
        String text = spaced(text(pdf));
        assertThat(figures.finalGrant()).isEqualByComparingTo("18000");
        assertThat(text).contains(project.agreementNumber(), finalGrant, reduced, recovery, "R-RED-01", "R-RED-02",
                "No minutes of the meeting", "45 / 100", spaced(formats.money(new BigDecimal("18000"))),
                spaced(formats.money(new BigDecimal("6000"))), spaced(formats.money(new BigDecimal("25150"))),
                spaced(formats.money(new BigDecimal("1200"))));
    }

    static String spaced(String text) {
        return text.replace("-\n", "-").replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}

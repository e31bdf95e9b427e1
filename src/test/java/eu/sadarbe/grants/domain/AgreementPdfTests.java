package eu.sadarbe.grants.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import eu.sadarbe.web.DocumentPdf;
import eu.sadarbe.web.DocumentPdfFixtures;
import eu.sadarbe.web.PdfConformance;

/** The agreement and an amendment are PDF/A-2u and PDF/UA-1, in Latvian and English, with what they must say. */
class AgreementPdfTests {

    final DocumentPdf documents = DocumentPdfFixtures.documentPdf();
    final PaymentShares shares = new PaymentShares(new BigDecimal("0.8"), null, new BigDecimal("0.2"), 30, true);

    @Test
    void theAgreementIsPdfAWithItsAnnexesAndPaymentShares() throws Exception {
        GrantAgreement agreement = GrantAgreementTests.prepared();
        byte[] pdf = AgreementPdf.agreement(documents, agreement, "State Education Development Agency", shares);
        assertThat(text(pdf)).contains("Grant agreement 2020-1-LV01-KA202-000001", "Rīgas Tehnikums",
                "Anna Bērziņa", "LV80 BANK 0000 4351 9500 1", "80 %", "Annex III", "Tallinn VET", "Project management");
        assertThat(PdfConformance.failures(pdf, PDFAFlavour.PDFA_2_U)).as("PDF/A-2u").isEmpty();
        assertThat(PdfConformance.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
    }

    @Test
    void anAmendmentShowsBeforeAndAfterInLatvian() throws Exception {
        GrantAgreement agreement = GrantAgreementTests.inForce();
        Amendment amendment = agreement.requestAmendment(new AmendmentRequest.PartnerJoins(
                        new Party("E10000003", "Viļņas skola", "LT", true)), GrantAgreementTests.LIMITS, List.of(),
                "anna", GrantAgreementTests.PREPARED);
        GrantAgreement latvian = GrantAgreementTests.prepared("lv");
        byte[] pdf = AgreementPdf.amendment(documents, latvian, amendment, "Valsts izglītības attīstības aģentūra");
        assertThat(text(pdf)).contains("Grozījums 2", "Viļņas skola", "Pievienojas partneris");
        assertThat(PdfConformance.failures(pdf, PDFAFlavour.PDFA_2_U)).as("PDF/A-2u").isEmpty();
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}

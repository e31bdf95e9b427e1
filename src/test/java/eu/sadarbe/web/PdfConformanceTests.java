package eu.sadarbe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** veraPDF really judges: a plain PDF, neither PDF/A nor PDF/UA, fails both. */
class PdfConformanceTests {

    @Test
    void findsWhatAPlainPdfLacks() throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(plain);
        }
        assertThat(PdfConformance.failures(plain.toByteArray(), PDFAFlavour.PDFA_2_U)).isNotEmpty();
        assertThat(PdfConformance.failures(plain.toByteArray(), PDFAFlavour.PDFUA_1)).isNotEmpty();
    }
}

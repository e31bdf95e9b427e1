package eu.sadarbe.applications;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;

/** Real PDF files made with PDFBox: a plain one-page mandate, and ones that would run something when opened. */
public final class PdfFixtures {

    private PdfFixtures() {
    }

    public static byte[] plainPdf() {
        return pdf(document -> { });
    }

    /** A plain PDF of about {@code size} bytes: an unreferenced stream of random (incompressible) bytes. */
    public static byte[] plainPdfOfAbout(int size) {
        return pdf(document -> {
            byte[] noise = new byte[size];
            new java.util.Random(size).nextBytes(noise);
            org.apache.pdfbox.cos.COSStream stream = document.getDocument().createCOSStream();
            try (java.io.OutputStream out = stream.createRawOutputStream()) {
                out.write(noise);
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
            document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("Padding"), stream);
        });
    }

    /** JavaScript as the action run on opening; saved compressed, so "/JavaScript" is not in the raw bytes. */
    public static byte[] javaScriptOnOpening() {
        return pdf(document -> document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1)")));
    }

    public static byte[] launchOnOpening() {
        return pdf(document -> {
            PDActionLaunch launch = new PDActionLaunch();
            launch.getCOSObject().setString(COSName.F, "calc.exe");
            document.getDocumentCatalog().setOpenAction(launch);
        });
    }

    /** Additional actions (/AA) on the first page: run when the page opens. */
    public static byte[] pageAdditionalActions() {
        return pdf(document -> {
            COSDictionary actions = new COSDictionary();
            actions.setItem(COSName.O, new PDActionJavaScript("this.print()"));
            document.getPage(0).getCOSObject().setItem(COSName.AA, actions);
        });
    }

    private static byte[] pdf(Consumer<PDDocument> change) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            change.accept(document);
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}

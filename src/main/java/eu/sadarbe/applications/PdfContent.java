package eu.sadarbe.applications;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What an uploaded annex is by its content, read with PDFBox: a PDF, a PDF that would run something when opened
 * (JavaScript, a launch action, additional actions), or no readable PDF at all. Every object of the file is
 * looked at, also those inside compressed object streams and names spelt with {@code #xx} escapes, which a
 * search of the raw bytes would miss. Part of the module's API so that every upload of a PDF — a draft's annexes
 * here, a report's evidence of real costs in {@code reporting} — is judged by this one check.
 */
public final class PdfContent {

    /** A readable PDF; one that would run something when opened; or no readable PDF at all. */
    public enum Verdict { PDF, ACTIVE_CONTENT, NOT_A_PDF }

    private static final COSName LAUNCH = COSName.getPDFName("Launch");

    private PdfContent() {
    }

    public static Verdict of(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            Deque<COSBase> waiting = new ArrayDeque<>();
            waiting.add(document.getDocument().getTrailer());
            for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
                COSObject object = document.getDocument().getObjectFromPool(key);
                if (object != null) {
                    waiting.add(object);
                }
            }
            return anyActive(waiting) ? Verdict.ACTIVE_CONTENT : Verdict.PDF;
        } catch (IOException | RuntimeException unreadable) {
            return Verdict.NOT_A_PDF;
        }
    }

    private static boolean anyActive(Deque<COSBase> waiting) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!waiting.isEmpty()) {
            COSBase next = waiting.pop();
            COSBase value = next instanceof COSObject object ? object.getObject() : next;
            if (value == null || !seen.add(value)) {
                continue;
            }
            if (value instanceof COSDictionary dictionary) {
                if (isActive(dictionary)) {
                    return true;
                }
                dictionary.getValues().forEach(waiting::push);
            } else if (value instanceof COSArray array) {
                array.forEach(waiting::push);
            }
        }
        return false;
    }

    /** JavaScript (an action, a name tree of scripts), a launch action, or actions run on events (/AA). */
    private static boolean isActive(COSDictionary dictionary) {
        COSBase type = dictionary.getDictionaryObject(COSName.S);
        return dictionary.containsKey(COSName.JS) || dictionary.containsKey(COSName.JAVA_SCRIPT)
                || dictionary.containsKey(COSName.AA) || COSName.JAVA_SCRIPT.equals(type) || LAUNCH.equals(type);
    }
}

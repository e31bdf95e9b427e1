package eu.sadarbe.reporting.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import eu.sadarbe.budget.BudgetCategory;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.web.DocumentPdf;

/**
 * The final letter (rules file section 6) as PDF/A-2u from the template {@code reporting/final-letter-pdf}, in the
 * agreement's language (Latvian or English): the whole calculation per category, the lines found ineligible with
 * their reasons (R-RED-02), the score and the reduction band (R-RED-01), the final grant, what was paid, and the
 * balance to be paid or the amount to be recovered with its due date. It fetches nothing.
 */
@Component
class FinalLetterPdf {

    private final DocumentPdf documents;
    private final ReferenceData reference;

    FinalLetterPdf(DocumentPdf documents, ReferenceData reference) {
        this.documents = documents;
        this.reference = reference;
    }

    byte[] render(Report report, ReportAssessment assessment, List<ReportLine> lines, int maximumScore) {
        Locale locale = language(report.project().language());
        return render(documents, report, assessment, lines, maximumScore, agencyName(report.project(), locale));
    }

    /** The letter with the agency's name at hand: pure, for tests. */
    static byte[] render(DocumentPdf documents, Report report, ReportAssessment assessment, List<ReportLine> lines,
                         int maximumScore, String agencyName) {
        ReportAssessment.Decision decision = java.util.Objects.requireNonNull(assessment.decision());
        Map<String, ReportLine> byId = new java.util.HashMap<>();
        lines.forEach(line -> byId.put(line.id(), line));
        return documents.render("reporting/final-letter-pdf", language(report.project().language()),
                Map.of("report", report, "project", report.project(), "assessment", assessment,
                        "decision", decision, "figures", decision.figures(), "lines", byId,
                        "categories", BudgetCategory.values(), "agencyName", agencyName, "maximumScore", maximumScore,
                        "balance", decision.figures().balanceAfter(decision.paidBefore())));
    }

    static Locale language(String language) {
        return "lv".equals(language) ? Locale.forLanguageTag("lv") : Locale.ENGLISH;
    }

    private String agencyName(ReportedProject project, Locale locale) {
        return reference.nationalAgencies(project.callYear(), null).stream()
                .filter(agency -> agency.code().equals(project.agencyCode())).findFirst()
                .map(agency -> "lv".equals(locale.getLanguage()) ? agency.name() : agency.nameEn())
                .orElse(project.agencyCode());
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

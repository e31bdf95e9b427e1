package eu.sadarbe.selection.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.assessment.BackOfficeApplication;
import eu.sadarbe.assessment.BackOfficeStatuses;
import eu.sadarbe.assessment.CriterionScore;
import eu.sadarbe.selection.RankingKey;
import eu.sadarbe.selection.domain.Candidate;
import eu.sadarbe.selection.domain.Decision;
import eu.sadarbe.selection.domain.RankedApplication;
import eu.sadarbe.selection.domain.Ranking;
import eu.sadarbe.web.DocumentPdf;
import eu.sadarbe.web.Formats;
import eu.sadarbe.web.Spreadsheets;

/**
 * The ranking as a spreadsheet and as a PDF (R-AWD-05), in the officer's language: the ranked applications with their
 * applicants, titles, points per criterion, placement, reserve position and decision, then those below the pass marks
 * and the formally ineligible ones (with the grant they requested). The spreadsheet marks the cut-off in a column and
 * on a second sheet, never as a text row inside the data; the PDF draws it as a line under the last funded row.
 */
@Component
class RankingExport {

    static final String TEMPLATE = "selection/ranking-pdf";

    private static final List<String> CRITERIA = List.of("relevance", "design", "team", "impact");

    private final MessageSource messages;
    private final DocumentPdf documents;
    private final BackOfficeStatuses backOffice;

    RankingExport(MessageSource messages, DocumentPdf documents, BackOfficeStatuses backOffice) {
        this.messages = messages;
        this.documents = documents;
        this.backOffice = backOffice;
    }

    byte[] xlsx(Ranking ranking, Map<ApplicationId, Decision> decisions, Locale locale) {
        Map<ApplicationId, BackOfficeApplication> applications = applications(ranking.key());
        List<String> headers = new ArrayList<>(List.of(text("selection.rank", locale),
                text("selection.number", locale), text("selection.export.applicant", locale),
                text("selection.export.projectTitle", locale)));
        for (String criterion : CRITERIA) {
            headers.add(text("selection.criterion." + criterion, locale));
        }
        headers.addAll(List.of(text("selection.total", locale), text("selection.requested", locale),
                text("selection.recommended", locale), text("selection.granted", locale),
                text("selection.cumulative", locale), text("selection.placement", locale),
                text("selection.export.reservePosition", locale), text("selection.export.withinCutOff", locale),
                text("selection.decision", locale), text("selection.export.decidedGrant", locale),
                text("selection.export.reason", locale)));
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (RankedApplication row : ranking.ranked()) {
            rows.add(row(row.rank(), row.candidate(), applications, row.candidate().granted(), row.cumulativeGrant(),
                    text("selection.placement." + row.placement(), locale), row.reservePosition(),
                    text(row.rank() <= ranking.cutOffRank() ? "export.yes" : "export.no", locale), decisions,
                    locale));
        }
        for (Candidate failing : ranking.failing()) {
            rows.add(row(null, failing, applications, null, null, text("selection.placement.FAILED", locale), null,
                    text("export.no", locale), decisions, locale));
        }
        for (Candidate ineligible : ranking.ineligible()) {
            rows.add(row(null, ineligible, applications, null, null, text("selection.placement.INELIGIBLE", locale),
                    null, text("export.no", locale), decisions, locale));
        }
        try (Spreadsheets workbook = Spreadsheets.in(locale)) {
            return workbook.sheet(text("selection.export.sheet", locale), headers, rows)
                    .sheet(text("selection.export.summarySheet", locale), List.of(
                            text("selection.export.item", locale), text("selection.export.value", locale)),
                            Spreadsheets.pairs(text("selection.export.ranking", locale), title(ranking.key(), locale),
                                    text("selection.envelope", locale), ranking.envelope(),
                                    text("selection.export.fundedTotal", locale), ranking.fundedTotal(),
                                    text("selection.export.remaining", locale), ranking.remaining(),
                                    text("selection.export.cutOffRank", locale), ranking.cutOffRank(),
                                    text("selection.export.reserveSize", locale), ranking.reserveSize(),
                                    text("selection.export.cutOffRule", locale), cutOff(ranking, locale)))
                    .bytes();
        }
    }

    byte[] pdf(Ranking ranking, Map<ApplicationId, Decision> decisions, Locale locale) {
        Map<ApplicationId, BackOfficeApplication> applications = applications(ranking.key());
        Formats formats = Formats.in(locale);
        List<String> header = List.of(text("selection.rank", locale), text("selection.number", locale),
                text("selection.export.applicant", locale), text("selection.total", locale),
                text("selection.criterion.relevance", locale), text("selection.criterion.impact", locale),
                text("selection.requested", locale), text("selection.granted", locale),
                text("selection.cumulative", locale), text("selection.placement", locale),
                text("selection.decision", locale));
        List<PdfRow> rows = new ArrayList<>();
        for (RankedApplication row : ranking.ranked()) {
            Candidate candidate = row.candidate();
            String placement = text("selection.placement." + row.placement(), locale)
                    + (row.reservePosition() == null ? "" : " " + row.reservePosition());
            rows.add(new PdfRow(String.valueOf(row.rank()), candidate.applicationNumber(),
                    applicant(candidate, applications), String.valueOf(candidate.total()),
                    String.valueOf(candidate.relevance()), String.valueOf(candidate.impact()),
                    formats.money(requested(candidate, applications)), formats.money(candidate.granted()),
                    formats.money(row.cumulativeGrant()), placement, outcome(candidate, decisions, locale),
                    row.rank() == ranking.cutOffRank()));
        }
        for (Candidate failing : ranking.failing()) {
            rows.add(new PdfRow("", failing.applicationNumber(), applicant(failing, applications),
                    String.valueOf(failing.total()), String.valueOf(failing.relevance()),
                    String.valueOf(failing.impact()), formats.money(requested(failing, applications)), "", "",
                    text("selection.placement.FAILED", locale), outcome(failing, decisions, locale), false));
        }
        for (Candidate ineligible : ranking.ineligible()) {
            rows.add(new PdfRow("", ineligible.applicationNumber(), applicant(ineligible, applications), "", "", "",
                    formats.money(requested(ineligible, applications)), "", "",
                    text("selection.placement.INELIGIBLE", locale), outcome(ineligible, decisions, locale), false));
        }
        return documents.render(TEMPLATE, locale, Map.of("title", title(ranking.key(), locale),
                "cutOff", cutOff(ranking, locale), "header", header, "rows", rows));
    }

    /** One row of the ranking PDF, every value written as the reader's language writes it. */
    record PdfRow(String rank, String number, String applicant, String total, String relevance, String impact,
                  String requested, String granted, String cumulative, String placement, String decision,
                  boolean lastFunded) {
    }

    /** The applicant, title and requested grant as the agency's inbox shows them (also for ineligible ones). */
    private Map<ApplicationId, BackOfficeApplication> applications(RankingKey key) {
        Map<ApplicationId, BackOfficeApplication> byId = new HashMap<>();
        for (BackOfficeApplication application : backOffice.applications(key.nationalAgencyCode(), key.callYear(),
                key.roundNumber(), key.actionType())) {
            byId.put(application.applicationId(), application);
        }
        return byId;
    }

    private List<@Nullable Object> row(@Nullable Integer rank, Candidate candidate,
                                       Map<ApplicationId, BackOfficeApplication> applications,
                                       @Nullable BigDecimal granted, @Nullable BigDecimal cumulative, String placement,
                                       @Nullable Integer reservePosition, String withinCutOff,
                                       Map<ApplicationId, Decision> decisions, Locale locale) {
        BackOfficeApplication application = applications.get(candidate.applicationId());
        Decision decision = decisions.get(candidate.applicationId());
        List<@Nullable Object> values = new ArrayList<>();
        values.add(rank);
        values.add(candidate.applicationNumber());
        values.add(application == null ? null : application.applicantName());
        values.add(application == null ? null : application.title());
        for (String criterion : CRITERIA) {
            values.add(candidate.assessed() ? candidate.criteria().stream()
                    .filter(score -> score.criterion().equals(criterion)).map(CriterionScore::points).findFirst()
                    .orElse(null) : null);
        }
        values.add(candidate.assessed() ? candidate.total() : null);
        values.add(requested(candidate, applications));
        values.add(candidate.recommendedGrant());
        values.add(granted);
        values.add(cumulative);
        values.add(placement);
        values.add(reservePosition);
        values.add(withinCutOff);
        values.add(decision == null ? null : text("selection.outcome." + decision.outcome(), locale));
        values.add(decision == null ? null : decision.granted());
        values.add(!candidate.formallyEligible() ? candidate.ineligibilityReason()
                : candidate.grantReduced() ? candidate.grantReductionReason()
                : decision != null && decision.overridden() ? decision.reason() : null);
        return values;
    }

    /**
     * The requested grant: the assessed one, else (a formally ineligible application, never assessed) the one the
     * inbox shows from the submitted document — never the 0 that stands for "not assessed".
     */
    private static BigDecimal requested(Candidate candidate, Map<ApplicationId, BackOfficeApplication> applications) {
        BackOfficeApplication application = applications.get(candidate.applicationId());
        return candidate.assessed() || application == null ? candidate.requestedGrant()
                : application.requestedGrant();
    }

    private static String applicant(Candidate candidate, Map<ApplicationId, BackOfficeApplication> applications) {
        BackOfficeApplication application = applications.get(candidate.applicationId());
        return application == null ? "" : application.applicantName();
    }

    private String outcome(Candidate candidate, Map<ApplicationId, Decision> decisions, Locale locale) {
        Decision decision = decisions.get(candidate.applicationId());
        return decision == null ? "" : text("selection.outcome." + decision.outcome(), locale);
    }

    private String cutOff(Ranking ranking, Locale locale) {
        Formats formats = Formats.in(locale);
        return text("selection.cutOff", locale, formats.money(ranking.fundedTotal()),
                formats.money(ranking.envelope()));
    }

    private String title(RankingKey key, Locale locale) {
        return text("selection.export.title", locale, key.nationalAgencyCode(), String.valueOf(key.callYear()),
                key.roundNumber(), key.actionType());
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}

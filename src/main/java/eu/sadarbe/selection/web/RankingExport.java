package eu.sadarbe.selection.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.selection.RankingKey;
import eu.sadarbe.selection.domain.Candidate;
import eu.sadarbe.selection.domain.Decision;
import eu.sadarbe.selection.domain.RankedApplication;
import eu.sadarbe.selection.domain.Ranking;
import eu.sadarbe.web.DocumentPdf;

/**
 * The ranking as a spreadsheet and as a PDF (R-AWD-05), in the officer's language: the ranked applications with the
 * cut-off, then those below the pass marks and the formally ineligible ones, each with its decision.
 */
@Component
class RankingExport {

    static final String TEMPLATE = "selection/ranking-pdf";

    private final MessageSource messages;
    private final DocumentPdf documents;

    RankingExport(MessageSource messages, DocumentPdf documents) {
        this.messages = messages;
        this.documents = documents;
    }

    byte[] xlsx(Ranking ranking, Map<ApplicationId, Decision> decisions, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(text("selection.export.sheet", locale));
            int index = 0;
            write(sheet.createRow(index++), List.of(title(ranking.key(), locale)));
            write(sheet.createRow(index++), List.of(text("selection.envelope", locale),
                    ranking.envelope().toPlainString()));
            for (List<String> row : rows(ranking, decisions, locale)) {
                Row created = sheet.createRow(index++);
                write(created, row);
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    byte[] pdf(Ranking ranking, Map<ApplicationId, Decision> decisions, Locale locale) {
        List<List<String>> rows = rows(ranking, decisions, locale);
        return documents.render(TEMPLATE, locale, Map.of("title", title(ranking.key(), locale),
                "header", rows.get(0), "rows", rows.subList(1, rows.size())));
    }

    /** The header, the ranked rows with a one-cell cut-off row, then the failing and the ineligible ones. */
    private List<List<String>> rows(Ranking ranking, Map<ApplicationId, Decision> decisions, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(text("selection.rank", locale), text("selection.number", locale),
                text("selection.total", locale), text("selection.criterion.relevance", locale),
                text("selection.criterion.impact", locale), text("selection.requested", locale),
                text("selection.granted", locale), text("selection.cumulative", locale),
                text("selection.placement", locale), text("selection.decision", locale)));
        boolean cutDrawn = false;
        for (RankedApplication row : ranking.ranked()) {
            if (!cutDrawn && row.rank() > ranking.cutOffRank()) {
                rows.add(List.of(cutOff(ranking, locale)));
                cutDrawn = true;
            }
            rows.add(row(String.valueOf(row.rank()), row.candidate(), row.cumulativeGrant().toPlainString(),
                    text("selection.placement." + row.placement(), locale), decisions, locale));
        }
        if (!cutDrawn) {
            rows.add(List.of(cutOff(ranking, locale)));
        }
        for (Candidate failing : ranking.failing()) {
            rows.add(row("", failing, "", text("selection.placement.FAILED", locale), decisions, locale));
        }
        for (Candidate ineligible : ranking.ineligible()) {
            rows.add(row("", ineligible, "", text("selection.placement.INELIGIBLE", locale), decisions, locale));
        }
        return rows;
    }

    private List<String> row(String rank, Candidate candidate, String cumulative, String placement,
                             Map<ApplicationId, Decision> decisions, Locale locale) {
        Decision decision = decisions.get(candidate.applicationId());
        return List.of(rank, candidate.applicationNumber(), String.valueOf(candidate.total()),
                String.valueOf(candidate.relevance()), String.valueOf(candidate.impact()),
                candidate.requestedGrant().toPlainString(), candidate.granted().toPlainString(), cumulative, placement,
                decision == null ? "" : text("selection.outcome." + decision.outcome(), locale));
    }

    private String cutOff(Ranking ranking, Locale locale) {
        return text("selection.cutOff", locale, ranking.fundedTotal().toPlainString(),
                ranking.envelope().toPlainString());
    }

    private String title(RankingKey key, Locale locale) {
        return text("selection.export.title", locale, key.nationalAgencyCode(), String.valueOf(key.callYear()),
                key.roundNumber(), key.actionType());
    }

    private static void write(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}

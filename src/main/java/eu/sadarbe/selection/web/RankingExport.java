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
import eu.sadarbe.web.HtmlPdf;

/**
 * The ranking as a spreadsheet and as a PDF (R-AWD-05), in the officer's language: the ranked applications with the
 * cut-off, then those below the pass marks and the formally ineligible ones, each with its decision.
 */
@Component
class RankingExport {

    private final MessageSource messages;

    RankingExport(MessageSource messages) {
        this.messages = messages;
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
        StringBuilder html = new StringBuilder("<html lang=\"" + locale.getLanguage() + "\"><head><title>"
                + esc(title(ranking.key(), locale)) + "</title>");
        html.append("""
                <style>
                @page { size: A4 landscape; margin: 15mm; }
                body { font-family: 'DejaVu Sans'; font-size: 8pt; } h1 { font-size: 13pt; }
                table { border-collapse: collapse; } th, td { border-bottom: 1px solid #999; padding: 2pt 4pt;
                text-align: left; } .cut td { border-bottom: 2px solid #000; font-weight: bold; }
                </style></head><body>""");
        html.append("<h1>").append(esc(title(ranking.key(), locale))).append("</h1><table>");
        for (List<String> row : rows(ranking, decisions, locale)) {
            boolean cut = row.size() == 1;
            html.append(cut ? "<tr class=\"cut\"><td colspan=\"10\">" : "<tr><td>")
                    .append(String.join("</td><td>", row.stream().map(RankingExport::esc).toList()))
                    .append("</td></tr>");
        }
        return HtmlPdf.render(html.append("</table></body></html>").toString());
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

    private static String esc(String text) {
        return HtmlPdf.escape(text);
    }
}

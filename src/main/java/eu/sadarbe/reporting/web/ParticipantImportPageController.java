package eu.sadarbe.reporting.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.reporting.ReportKind;
import eu.sadarbe.reporting.domain.Report;
import eu.sadarbe.reporting.domain.ReportRefused;
import eu.sadarbe.reporting.domain.ReportSection;
import eu.sadarbe.reporting.domain.ReportSectionConflict;
import eu.sadarbe.reporting.participants.FileRefused;
import eu.sadarbe.reporting.participants.ParticipantColumn;
import eu.sadarbe.reporting.participants.ParticipantImport;
import eu.sadarbe.reporting.participants.ParticipantRows;
import eu.sadarbe.reporting.participants.ParticipantSheet;
import eu.sadarbe.reporting.participants.ParticipantTemplate;
import eu.sadarbe.web.OversizeUploadPages;

/**
 * The coordinator's import page, {@code /projects/{agreementId}/reports/{final|interim}/import}: the templates in
 * the page's language, the upload form (append or replace), and the outcome — the rows imported and the rows refused,
 * each with its column, the reason and the rule — on the same page, so that nothing the coordinator chose is lost.
 */
@Controller
public class ParticipantImportPageController implements OversizeUploadPages {

    private static final Pattern IMPORT = Pattern.compile("^/projects/([0-9a-fA-F-]{36})/reports/(final|interim)/import/?$");

    private final ParticipantImport imports;
    private final MessageSource messages;

    public ParticipantImportPageController(ParticipantImport imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/projects/{agreementId}/reports/{kind}/import")
    String form(@PathVariable String agreementId, @PathVariable String kind,
                @AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable String tooLarge,
                Locale locale, Model model) {
        Report report = imports.reportOf(agreement(agreementId), kind(kind), user);
        page(model, report, kind, report.version(ReportSection.LEARNING_ACTIVITIES).version(), "APPEND");
        if (tooLarge != null) {
            model.addAttribute("fileError", messages.getMessage("reporting.import.file.tooBig",
                    new Object[] {ParticipantSheet.MAXIMUM_BYTES / (1024 * 1024)}, locale));
        }
        return "reporting/import";
    }

    @GetMapping("/projects/{agreementId}/reports/{kind}/import/template.xlsx")
    ResponseEntity<byte[]> xlsxTemplate(@PathVariable String agreementId, @PathVariable String kind,
                                        @AuthenticationPrincipal SignedInUser user, Locale locale) {
        imports.reportOf(agreement(agreementId), kind(kind), user);
        return download(ParticipantTemplate.xlsx(messages, locale), name(locale, "xlsx"),
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/projects/{agreementId}/reports/{kind}/import/template.csv")
    ResponseEntity<byte[]> csvTemplate(@PathVariable String agreementId, @PathVariable String kind,
                                       @AuthenticationPrincipal SignedInUser user, Locale locale) {
        imports.reportOf(agreement(agreementId), kind(kind), user);
        return download(ParticipantTemplate.csv(locale), name(locale, "csv"),
                MediaType.parseMediaType("text/csv;charset=UTF-8"));
    }

    @PostMapping("/projects/{agreementId}/reports/{kind}/import")
    String importFile(@PathVariable String agreementId, @PathVariable String kind,
                      @RequestParam(required = false) @Nullable MultipartFile file,
                      @RequestParam(required = false) @Nullable String mode,
                      @RequestParam(required = false) @Nullable String baseVersion,
                      @AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
        Report report = imports.reportOf(agreement(agreementId), kind(kind), user);
        ParticipantRows.Mode chosen = "REPLACE".equals(mode) ? ParticipantRows.Mode.REPLACE : ParticipantRows.Mode.APPEND;
        int current = report.version(ReportSection.LEARNING_ACTIVITIES).version();
        int base = version(baseVersion, current);
        page(model, report, kind, base, chosen.name());
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", messages.getMessage("reporting.import.file.choose", null, locale));
            return "reporting/import";
        }
        try {
            ParticipantImport.Outcome outcome = imports.importFile(report.id(), file.getBytes(), chosen, base, user);
            model.addAttribute("outcome", OutcomeView.of(outcome, messages, locale));
            model.addAttribute("baseVersion", outcome.version());
        } catch (FileRefused refused) {
            model.addAttribute("fileError", messages.getMessage(refused.messageKey(),
                    ParticipantImportApiController.arguments(refused.arguments(), messages, locale), locale));
        } catch (IOException unreadable) {
            model.addAttribute("fileError", messages.getMessage("reporting.import.file.notSpreadsheet", null, locale));
        } catch (ReportSectionConflict conflict) {
            model.addAttribute("conflict", messages.getMessage("reporting.import.conflict",
                    new Object[] {conflict.savedBy(), conflict.currentVersion()}, locale));
            model.addAttribute("baseVersion", conflict.currentVersion());
        } catch (ReportRefused refused) {
            model.addAttribute("refusal", ParticipantImportApiController.text(refused, messages, locale));
        }
        return "reporting/import";
    }

    private static void page(Model model, Report report, String kind, int baseVersion, String mode) {
        model.addAttribute("report", report);
        model.addAttribute("kind", kind);
        model.addAttribute("baseVersion", baseVersion);
        model.addAttribute("mode", mode);
        model.addAttribute("participantsNow", ParticipantImport.participants(report).size());
        model.addAttribute("columns", List.of(ParticipantColumn.values()));
        model.addAttribute("maximumMegabytes", ParticipantSheet.MAXIMUM_BYTES / (1024 * 1024));
        model.addAttribute("maximumRows", ParticipantSheet.MAXIMUM_ROWS);
    }

    private static int version(@Nullable String text, int current) {
        if (text == null || !text.strip().matches("\\d{1,9}")) {
            return current;
        }
        return Integer.parseInt(text.strip());
    }

    private static ResponseEntity<byte[]> download(byte[] content, String name, MediaType type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(type).body(content);
    }

    private static String name(Locale locale, String extension) {
        return ("lv".equals(locale.getLanguage()) ? "dalibnieki-veidne." : "participants-template.") + extension;
    }

    static GrantAgreementId agreement(String text) {
        try {
            return new GrantAgreementId(UUID.fromString(text));
        } catch (IllegalArgumentException malformed) {
            throw new ParticipantImport.NoSuchReport();
        }
    }

    static ReportKind kind(String slug) {
        return switch (slug) {
            case "final" -> ReportKind.FINAL;
            case "interim" -> ReportKind.INTERIM;
            default -> throw new ParticipantImport.NoSuchReport();
        };
    }

    /** A file beyond the server's upload limit goes back to the import page, which says why. */
    @Override
    public Optional<String> pageFor(String path) {
        Matcher upload = IMPORT.matcher(path);
        return upload.matches()
                ? Optional.of("/projects/" + upload.group(1) + "/reports/" + upload.group(2) + "/import?tooLarge")
                : Optional.empty();
    }

    /** The outcome as the page shows it, worded in the page's language. */
    record OutcomeView(boolean saved, long added, long updated, long unchanged, int rows, @Nullable String separator,
                       List<ImportedView> imported, List<RefusedView> refused) {

        static OutcomeView of(ParticipantImport.Outcome outcome, MessageSource messages, Locale locale) {
            List<ImportedView> imported = new ArrayList<>();
            for (ParticipantRows.Imported row : outcome.imported()) {
                imported.add(new ImportedView(row.row(), row.participant().name(), row.activityId(),
                        messages.getMessage("check.activityType." + row.activityType().name(), null, locale),
                        row.participant().organisation(), row.participant().countryOfOrigin(),
                        messages.getMessage("reporting.import.kind." + row.participant().kind().name(), null, locale),
                        eu.sadarbe.web.Formats.in(locale).date(row.participant().start()),
                        eu.sadarbe.web.Formats.in(locale).date(row.participant().end()), row.participant().days(),
                        row.participant().distanceKm(), row.band() == null ? "–" : row.band().label(),
                        messages.getMessage("reporting.import.outcome." + row.outcome().name(), null, locale)));
            }
            List<RefusedView> refused = new ArrayList<>();
            for (ParticipantRows.Refused row : outcome.refused()) {
                for (ParticipantRows.Problem problem : row.problems()) {
                    refused.add(new RefusedView(row.row(), problem.column() == null ? "–"
                            : messages.getMessage(problem.column().messageKey(), null, locale),
                            ParticipantImportApiController.text(problem, messages, locale),
                            problem.rule() == null ? "" : problem.rule()));
                }
            }
            String separator = outcome.separator() == null ? null
                    : messages.getMessage(outcome.separator() == ';' ? "reporting.import.separator.semicolon"
                    : "reporting.import.separator.comma", null, locale);
            return new OutcomeView(outcome.saved(), outcome.added(), outcome.updated(), outcome.unchanged(),
                    outcome.rows(), separator, imported, refused);
        }

        public int refusedRows() {
            return (int) refused.stream().mapToInt(RefusedView::row).distinct().count();
        }
    }

    record ImportedView(int row, String name, String activity, String activityType, String organisation,
                        String country, String kind, String start, String end, int days, int distanceKm, String band,
                        String outcome) {
    }

    record RefusedView(int row, String column, String problem, String rule) {
    }
}

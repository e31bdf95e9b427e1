package eu.sadarbe.reporting.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.reporting.ReportId;
import eu.sadarbe.reporting.domain.ReportRefused;
import eu.sadarbe.reporting.domain.ReportSectionConflict;
import eu.sadarbe.reporting.participants.FileRefused;
import eu.sadarbe.reporting.participants.ParticipantColumn;
import eu.sadarbe.reporting.participants.ParticipantImport;
import eu.sadarbe.reporting.participants.ParticipantRows;
import eu.sadarbe.shared.Refusal;

/**
 * The participants import over HTTP: {@code POST /api/v1/reports/{id}/participants} with the file (.xlsx or CSV),
 * the mode and the version of the LEARNING_ACTIVITIES section the client read. The valid rows are imported and the
 * refused ones listed (200); when nothing could be imported — the file as a whole, or every row — the answer is 422
 * problem+json with each row's errors in the caller's language; 409 when the section moved on meanwhile.
 */
@RestController
@Tag(name = "Reports", description = "Interim and final reports of agreements in force (R-REP-01, R-REP-02)")
public class ParticipantImportApiController {

    private final ParticipantImport imports;
    private final MessageSource messages;

    ParticipantImportApiController(ParticipantImport imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    /** A refused row's problem: the row as a spreadsheet numbers it, the column's header, why, and the rule. */
    record RowError(int row, @Nullable String column, String message, @Nullable String rule) {
    }

    /** What the import did: the section's version now, the participants added, updated, unchanged, rows refused. */
    record ParticipantImportResponse(String report, int version, String mode, int rows, long added, long updated,
                                     long unchanged, List<RowError> refused) {
    }

    @PostMapping(path = "/api/v1/reports/{id}/participants", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import learning activities' participants from .xlsx or CSV into the report",
            description = """
                    The columns (English or Latvian headers) are those of the template on the import page: activity \
                    (a reference) or activity type and host organisation ID, venue, participant name, sending \
                    organisation ID, country of origin, participant kind, start, end, days, place of origin or \
                    distance in km, special needs. CSV with , or ; and an optional UTF-8 byte order mark. Each row is \
                    checked (R-FIN-07 distance, R-FIN-08 days by activity type from the call year's figures, \
                    R-CTRY-01 countries); the valid rows are saved, appended to the section or replacing it, on \
                    baseVersion of the LEARNING_ACTIVITIES section; the refused rows are listed. Importing the same \
                    file again changes nothing: ids are derived from the rows.""",
            responses = {@ApiResponse(responseCode = "200", description = "Imported; refused rows, if any, listed"),
                    @ApiResponse(responseCode = "400", description = "No baseVersion, or not a whole number",
                            content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "401", description = "Not signed in"),
                    @ApiResponse(responseCode = "403", description = "You may read but not edit the report",
                            content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "404", description = "No such report, or not one of your projects",
                            content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "409", description = "The section was saved since baseVersion; "
                            + "currentVersion and savedBy say by whom", content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "413", description = "The upload is larger than the server takes",
                            content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "422", description = "Nothing imported: the file (not a spreadsheet, "
                            + "empty, too big, a column missing), the report (not open) or every row was refused; "
                            + "errors lists each row's problems", content = @Content(mediaType = "application/problem+json"))})
    ParticipantImportResponse importParticipants(
            @AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestPart(required = false) @Nullable MultipartFile file,
            @Parameter(description = "APPEND (the default) or REPLACE") @RequestParam(defaultValue = "APPEND") String mode,
            @Parameter(description = "The LEARNING_ACTIVITIES section's version the import builds on")
            @RequestParam(required = false) @Nullable String baseVersion, Locale locale) throws IOException {
        if (baseVersion == null || !baseVersion.strip().matches("\\d{1,9}")) {
            throw refused(Refusal.Kind.MALFORMED, "reporting.import.api.baseVersion", new Object[0], Map.of(), locale);
        }
        ParticipantRows.Mode chosen;
        try {
            chosen = ParticipantRows.Mode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw refused(Refusal.Kind.MALFORMED, "reporting.import.api.mode", new Object[0], Map.of(), locale);
        }
        ParticipantImport.Outcome outcome;
        try {
            outcome = imports.importFile(new ReportId(id), file == null ? new byte[0] : file.getBytes(), chosen,
                    Integer.parseInt(baseVersion.strip()), user);
        } catch (FileRefused refused) {
            String detail = messages.getMessage(refused.messageKey(), arguments(refused.arguments(), messages, locale),
                    locale);
            throw new ImportRefused(Refusal.Kind.UNPROCESSABLE, refused.messageKey(), detail,
                    Map.of("errors", List.of(new RowError(0, null, detail, null))));
        } catch (ReportRefused refused) {
            throw new ImportRefused(Refusal.Kind.UNPROCESSABLE, refused.messageKey(), text(refused, messages, locale),
                    refused.rule() == null ? Map.of() : Map.of("rule", refused.rule()));
        } catch (ReportSectionConflict conflict) {
            throw refused(Refusal.Kind.CONFLICT, "reporting.import.conflict",
                    new Object[] {conflict.savedBy(), conflict.currentVersion()},
                    Map.of("currentVersion", conflict.currentVersion(), "savedBy", conflict.savedBy()), locale);
        }
        List<RowError> refused = errors(outcome.refused(), locale);
        if (outcome.imported().isEmpty() && !refused.isEmpty()) {
            throw refused(Refusal.Kind.UNPROCESSABLE, "reporting.import.api.nothingImported",
                    new Object[] {outcome.refused().size()}, Map.of("errors", refused, "version", outcome.version()),
                    locale);
        }
        return new ParticipantImportResponse(outcome.report().id().toString(), outcome.version(), chosen.name(),
                outcome.rows(), outcome.added(), outcome.updated(), outcome.unchanged(), refused);
    }

    private List<RowError> errors(List<ParticipantRows.Refused> rows, Locale locale) {
        List<RowError> errors = new ArrayList<>();
        for (ParticipantRows.Refused row : rows) {
            for (ParticipantRows.Problem problem : row.problems()) {
                errors.add(new RowError(row.row(), problem.column() == null ? null : problem.column().header(locale),
                        text(problem, messages, locale), problem.rule()));
            }
        }
        return errors;
    }

    /** A row's problem in the reader's language, with its rule in brackets where one is the ground. */
    static String text(ParticipantRows.Problem problem, MessageSource messages, Locale locale) {
        String text = messages.getMessage(problem.messageKey(), arguments(problem.arguments(), messages, locale),
                locale);
        return problem.rule() == null || text.contains(problem.rule()) ? text : text + " (" + problem.rule() + ")";
    }

    static String text(ReportRefused refused, MessageSource messages, Locale locale) {
        String text = messages.getMessage(refused.messageKey(), arguments(refused.arguments(), messages, locale),
                locale);
        return refused.rule() == null || text.contains(refused.rule()) ? text : text + " (" + refused.rule() + ")";
    }

    /** Arguments as the message shows them: lists of columns by their names, enum values by their labels. */
    public static Object[] arguments(Object[] arguments, MessageSource messages, Locale locale) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof List<?> list) {
                List<String> names = new ArrayList<>();
                for (Object item : list) {
                    names.add(item instanceof ParticipantColumn column ? "“" + column.header(locale) + "”"
                            : String.valueOf(item));
                }
                shown[i] = String.join(", ", names);
            } else if (shown[i] instanceof MessageSourceResolvable resolvable) {
                shown[i] = messages.getMessage(resolvable, locale);
            } else if (shown[i] instanceof Enum<?> value) {
                shown[i] = messages.getMessage("reporting.import.status." + value.name(), null, value.name(), locale);
            }
        }
        return shown;
    }

    private ImportRefused refused(Refusal.Kind kind, String key, Object[] arguments, Map<String, Object> properties,
                                  Locale locale) {
        return new ImportRefused(kind, key, messages.getMessage(key, arguments, locale), properties);
    }

    /**
     * The import refused as this API words it, in the caller's language: the file's and the report's refusals with
     * their arguments named as the template names them, each row's errors, the section's version.
     */
    static final class ImportRefused extends RuntimeException implements Refusal {

        private final Kind kind;
        private final String messageKey;
        private final String detail;
        private final transient Map<String, Object> properties;

        ImportRefused(Kind kind, String messageKey, String detail, Map<String, Object> properties) {
            super(messageKey);
            this.kind = kind;
            this.messageKey = messageKey;
            this.detail = detail;
            this.properties = Map.copyOf(properties);
        }

        @Override
        public Kind kind() {
            return kind;
        }

        @Override
        public String messageKey() {
            return messageKey;
        }

        /** Worded when refused, in the caller's language: the arguments need the import's own names. */
        @Override
        public String detail(Wording wording) {
            return detail;
        }

        @Override
        public Map<String, Object> problemProperties(Wording wording) {
            return properties;
        }
    }
}

package eu.sadarbe.reporting.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.reporting.ReportId;
import eu.sadarbe.reporting.domain.Report;
import eu.sadarbe.reporting.domain.ReportDesk;
import eu.sadarbe.reporting.domain.ReportSection;
import eu.sadarbe.reporting.domain.SectionParts;
import eu.sadarbe.reporting.domain.UnknownReport;

/**
 * Reports over HTTP (rules file section 6): read a report, save one section on the version it was read at (409 with
 * the current version when someone saved it since), and submit. The project's people write; they and the agency's
 * officers read.
 */
@RestController
@Tag(name = "Reports", description = "Interim and final reports of agreements in force (R-REP-01, R-REP-02)")
class ReportApiController {

    private final ReportDesk desk;

    ReportApiController(ReportDesk desk) {
        this.desk = desk;
    }

    @Operation(summary = "A report: status, due date, and every section with its version and content",
            description = "For the people of the project's organisations and the officers of its agency; 403 "
                    + "otherwise. Sections: narrative, summary, meetings, outputs, multiplier-events, "
                    + "learning-activities, special-costs; a section never saved has version 0.")
    @GetMapping("/api/v1/reports/{id}")
    ReportResponse report(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user) {
        return ReportResponse.of(desk.read(new ReportId(id), user));
    }

    @Operation(summary = "Save one section of an open report on the version it was read at",
            description = "The body is `{\"baseVersion\": 3, \"content\": …}`, the content in the shape "
                    + "`GET` answers for the section. Refused with 422 (and the rule, where one is the ground) when "
                    + "a line does not hold; 409 with `currentVersion` when someone saved the section since.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "Saved: the report as it stands now"),
                    @ApiResponse(responseCode = "409", description = "Saved by someone else since `baseVersion`",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(implementation = ProblemDetail.class))),
                    @ApiResponse(responseCode = "422", description = "A line does not hold, or the report is not open",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(implementation = ProblemDetail.class)))})
    @PutMapping("/api/v1/reports/{id}/sections/{section}")
    ReportResponse save(@PathVariable UUID id, @PathVariable String section, @RequestBody SectionRequest request,
                        @AuthenticationPrincipal SignedInUser user) {
        ReportSection which = ReportSection.fromSlug(section).orElseThrow(() -> new UnknownReport(section));
        ReportDesk.ReportView view = desk.read(new ReportId(id), user);
        if (request.content() == null || request.baseVersion() == null || request.baseVersion() < 0) {
            throw new SectionParts.MalformedSection(which, "baseVersion and content are required");
        }
        var edited = SectionParts.withPart(view.report().content(), which, request.content());
        desk.save(new ReportId(id), which, edited, request.baseVersion(), user);
        return ReportResponse.of(desk.read(new ReportId(id), user));
    }

    @Operation(summary = "Submit the report to the agency",
            description = "A final report needs its public summary of results (R-REP-02): 422 otherwise. "
                    + "Publishes ReportSubmitted.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "Submitted"),
                    @ApiResponse(responseCode = "422", description = "Not open, or the summary is missing",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(implementation = ProblemDetail.class)))})
    @PostMapping("/api/v1/reports/{id}/submission")
    ReportResponse submit(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user) {
        desk.submit(new ReportId(id), user);
        return ReportResponse.of(desk.read(new ReportId(id), user));
    }

    /** A section to save: the version it was read at and its content. */
    record SectionRequest(@Nullable Integer baseVersion, @Nullable JsonNode content) {
    }

    /** A report as the API answers it. */
    record ReportResponse(UUID id, String kind, String status, UUID agreementId, String agreementNumber,
                          String applicationNumber, LocalDate dueOn, boolean overdue, boolean mayWrite,
                          @Nullable Instant submittedAt, List<SectionResponse> sections,
                          List<EvidenceResponse> evidence) {

        static ReportResponse of(ReportDesk.ReportView view) {
            Report report = view.report();
            return new ReportResponse(report.id().value(), report.kind().name(), report.status().name(),
                    report.project().agreementId().value(), report.project().agreementNumber(),
                    report.project().applicationNumber(), report.dueOn(), view.overdue(), view.mayWrite(),
                    report.submittedAt(),
                    java.util.Arrays.stream(ReportSection.values()).map(section -> new SectionResponse(section.slug(),
                            report.version(section).version(), report.version(section).savedAt(),
                            SectionParts.toJson(report.content(), section))).toList(),
                    view.evidence().stream().map(file -> new EvidenceResponse(file.id(), file.fileName(), file.size(),
                            file.sha256())).toList());
        }
    }

    /** One section: its version (0 before the first save), when it was last saved, and its content. */
    record SectionResponse(String section, int version, @Nullable Instant savedAt,
                           @Schema(type = "object", description = "The section's content; lines are arrays")
                           JsonNode content) {
    }

    /** An evidence file uploaded to the report. */
    record EvidenceResponse(UUID id, String fileName, long size, String sha256) {
    }
}

package eu.sadarbe.applications.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.Annex;
import eu.sadarbe.applications.AnnexFile;
import eu.sadarbe.applications.AnnexKind;
import eu.sadarbe.applications.ApplicationAnnexes;
import eu.sadarbe.applications.ApplicationId;

/**
 * Annexes over HTTP: partners' mandates and other annexes as PDF. Editors upload and remove; everyone who may
 * view the draft lists and downloads. The draft's ANNEXES section references each file by id, size and SHA-256.
 */
@RestController
@Tag(name = "Annexes", description = "Partners' mandates and other annexes of a draft (PDF)")
class AnnexApiController {

    private final ApplicationAnnexes annexes;

    AnnexApiController(ApplicationAnnexes annexes) {
        this.annexes = annexes;
    }

    @GetMapping("/api/v1/applications/{id}/annexes")
    @Operation(summary = "The annexes the draft references now",
            responses = {@ApiResponse(responseCode = "200", description = "The annexes, without their bytes"),
                    @ApiResponse(responseCode = "401", description = "Not signed in"),
                    @ApiResponse(responseCode = "404", description = "No such draft, or you may not see it",
                            content = @Content(mediaType = "application/problem+json"))})
    List<AnnexResponse> list(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id) {
        return annexes.annexes(user.id(), id).stream().map(annex -> AnnexResponse.of(id, annex)).toList();
    }

    @PostMapping(path = "/api/v1/applications/{id}/annexes", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a PDF: a partner's mandate (kind MANDATE with organisation) or another annex",
            description = "The content must start with %PDF-. A new mandate of a partner replaces its earlier one.",
            responses = {@ApiResponse(responseCode = "201", description = "Uploaded; Location is the download"),
                    @ApiResponse(responseCode = "401", description = "Not signed in"),
                    @ApiResponse(responseCode = "403", description = "You may view but not edit the draft",
                            content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "404", description = "No such draft, or you may not see it",
                            content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "413", description = "The file is larger than the limit",
                            content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "422", description = "Empty, not a PDF, or not a partner organisation",
                            content = @Content(mediaType = "application/problem+json"))})
    ResponseEntity<AnnexResponse> upload(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id,
                                         @RequestPart(required = false) @Nullable MultipartFile file,
                                         @Parameter(description = "MANDATE or OTHER") @RequestParam(defaultValue = "OTHER") AnnexKind kind,
                                         @Parameter(description = "The partner's Organisation ID, for a mandate")
                                         @RequestParam(required = false) @Nullable String organisation)
            throws IOException {
        Annex annex = annexes.upload(user.id(), id, kind, organisation,
                file == null ? null : file.getOriginalFilename(), file == null ? new byte[0] : file.getBytes());
        AnnexResponse response = AnnexResponse.of(id, annex);
        return ResponseEntity.created(URI.create(response.download())).body(response);
    }

    @GetMapping(path = "/api/v1/applications/{id}/annexes/{annexId}", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Download an annex (also one removed since, as a submission may reference it)",
            responses = {@ApiResponse(responseCode = "200", description = "The PDF"),
                    @ApiResponse(responseCode = "401", description = "Not signed in"),
                    @ApiResponse(responseCode = "404", description = "No such annex or draft, or you may not see it")})
    ResponseEntity<byte[]> download(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id,
                                    @PathVariable UUID annexId) {
        AnnexFile file = annexes.file(user.id(), id, annexId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.annex().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    @DeleteMapping("/api/v1/applications/{id}/annexes/{annexId}")
    @Operation(summary = "Remove an annex from the draft while it is editable",
            responses = {@ApiResponse(responseCode = "204", description = "Removed"),
                    @ApiResponse(responseCode = "401", description = "Not signed in"),
                    @ApiResponse(responseCode = "403", description = "You may view but not edit the draft",
                            content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "404", description = "No such annex or draft, or you may not see it",
                            content = @Content(mediaType = "application/problem+json"))})
    ResponseEntity<Void> remove(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id,
                                @PathVariable UUID annexId) {
        annexes.remove(user.id(), id, annexId);
        return ResponseEntity.noContent().build();
    }

    /** An annex as the draft references it, with where to download it. */
    record AnnexResponse(String id, @Nullable String organisation, AnnexKind kind, String fileName, long size,
                         String sha256, String uploadedBy, Instant uploadedAt, String download) {

        static AnnexResponse of(ApplicationId application, Annex annex) {
            return new AnnexResponse(annex.id().toString(), annex.organisation(), annex.kind(), annex.fileName(),
                    annex.size(), annex.sha256(), annex.uploadedBy(), annex.uploadedAt(),
                    "/api/v1/applications/" + application + "/annexes/" + annex.id());
        }
    }
}

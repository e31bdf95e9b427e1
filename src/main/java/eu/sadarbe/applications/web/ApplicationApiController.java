package eu.sadarbe.applications.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.calls.CallRoundId;

/**
 * Drafts as application documents v1: create one from a document, read it (ETag = version) and replace it
 * only with {@code If-Match} of the version read, so nobody overwrites a newer draft unknowingly.
 */
@RestController
@Tag(name = "Applications", description = "Draft applications as application documents v1")
class ApplicationApiController {

    private final DraftDesk drafting;
    private final ApplicationRegister register;

    ApplicationApiController(DraftDesk drafting, ApplicationRegister register) {
        this.drafting = drafting;
        this.register = register;
    }

    @GetMapping("/api/v1/applications")
    @Operation(summary = "The drafts you may see: of the organisations you act for and those you were invited to")
    List<DraftResponse> mine(@AuthenticationPrincipal SignedInUser user) {
        return register.actingFor(user.id()).stream().map(DraftResponse::of).toList();
    }

    @PostMapping(path = "/api/v1/applications", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a draft from an application document",
            description = "The draft goes into the given open round, or without `round` into the open round of the "
                    + "document's call year that covers its action type. The applicant organisation must be one you "
                    + "act for, in a Programme Country.",
            responses = {@ApiResponse(responseCode = "201", description = "Created; Location and ETag give id and version"),
                    @ApiResponse(responseCode = "400", description = "The document is malformed: every fault with its JSON Pointer",
                            content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "403", description = "You do not act for the applicant organisation",
                            content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "422", description = "No open round, or the applicant is not in a Programme Country",
                            content = @Content(mediaType = "application/problem+json"))})
    ResponseEntity<DraftResponse> create(@AuthenticationPrincipal SignedInUser user,
                                         @Parameter(description = "Id of an open call round") @RequestParam(required = false) @Nullable CallRoundId round,
                                         @RequestBody(required = false) @Nullable String document) {
        ApplicationSummary draft = drafting.start(user.id(), document == null ? "" : document, round);
        return ResponseEntity.created(URI.create("/api/v1/applications/" + draft.id()))
                .eTag(etag(draft.version())).body(DraftResponse.of(draft));
    }

    @GetMapping(path = "/api/v1/applications/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The draft as an application document v1; the ETag is its version")
    ResponseEntity<String> read(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id) {
        String document = drafting.export(user.id(), id);
        long version = drafting.overview(user.id(), id).summary().version();
        return ResponseEntity.ok().eTag(etag(version)).contentType(MediaType.APPLICATION_JSON).body(document);
    }

    @PutMapping(path = "/api/v1/applications/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace the draft with a new document version",
            responses = {@ApiResponse(responseCode = "200", description = "Saved; the ETag is the new version"),
                    @ApiResponse(responseCode = "412", description = "The draft moved on since the version in If-Match",
                            content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "428", description = "If-Match is missing",
                            content = @Content(mediaType = "application/problem+json"))})
    ResponseEntity<DraftResponse> replace(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id,
                              @Parameter(description = "The version read (ETag)") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
                              @RequestBody(required = false) @Nullable String document) {
        if (ifMatch == null || ifMatch.isBlank()) {
            register.find(id).filter(found -> register.mayView(user.id(), id))
                    .orElseThrow(() -> new eu.sadarbe.applications.ApplicationNotFound(id));
            throw new IfMatchRequired();
        }
        Long expected = version(ifMatch);
        if (expected == null) {
            long current = drafting.overview(user.id(), id).summary().version();
            throw new eu.sadarbe.applications.ApplicationChanged(id, -1, current);
        }
        // replace compares the version itself, under the row lock: no read of the draft beforehand
        ApplicationSummary saved = drafting.replace(user.id(), id, document == null ? "" : document, expected);
        return ResponseEntity.ok().eTag(etag(saved.version())).body(DraftResponse.of(saved));
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    private static @Nullable Long version(String ifMatch) {
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException notAVersion) {
            return null;
        }
    }
}

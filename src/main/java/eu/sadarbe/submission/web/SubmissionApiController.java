package eu.sadarbe.submission.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.submission.OfficerDownloads;
import eu.sadarbe.submission.SubmissionDesk;
import eu.sadarbe.submission.SubmissionSummary;
import eu.sadarbe.shared.Refusal;
import eu.sadarbe.submission.domain.SubmissionReceipts;

/** Submitting an application and reading its submissions over HTTP (R-SUB-01). */
@RestController
@Tag(name = "Submissions", description = "Submit an application before the deadline; read its receipts")
class SubmissionApiController {

    private final SubmissionDesk desk;
    private final SubmissionReceipts receipts;
    private final OfficerDownloads downloads;

    SubmissionApiController(SubmissionDesk desk, SubmissionReceipts receipts, OfficerDownloads downloads) {
        this.desk = desk;
        this.receipts = receipts;
        this.downloads = downloads;
    }

    @Operation(summary = "Submit the application (R-SUB-01)", description = """
            201 with number, digest, time (Brussels offset) and agency; a repeated Idempotency-Key returns the same
            submission. 422 with the findings when ineligible, 422 with code DECLARATION_NOT_SIGNED when nobody
            acting for the applicant organisation signed the declaration of honour, 409 after the deadline (with deadline and server
            time), 412 when If-Match names a version that is no longer current, 403 for anyone who may not submit.""")
    @PostMapping("/api/v1/applications/{id}/submissions")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SubmissionResponse> submit(@PathVariable ApplicationId id,
                                              @Parameter(description = "Chosen by the client, unique per attempt")
                                              @RequestHeader("Idempotency-Key") String idempotencyKey,
                                              @Parameter(description = "The application version to submit")
                                              @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                              @Nullable String ifMatch,
                                              @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                              @Nullable String acceptLanguage,
                                              @AuthenticationPrincipal SignedInUser user, Locale locale) {
        // The receipt and the PDF speak the language asked for, else the account's.
        Locale language = acceptLanguage == null ? Locale.forLanguageTag(user.language()) : locale;
        SubmissionSummary submission = desk.submit(id, version(ifMatch), key(idempotencyKey), user, language);
        return ResponseEntity.created(URI.create("/api/v1/applications/" + id + "/submissions/" + submission.id()))
                .body(SubmissionResponse.of(submission));
    }

    @Operation(summary = "Every submission of the application, oldest first; the last one counts")
    @GetMapping("/api/v1/applications/{id}/submissions")
    List<SubmissionResponse> submissions(@PathVariable ApplicationId id, @AuthenticationPrincipal SignedInUser user) {
        return desk.submissions(id, user).stream().map(SubmissionResponse::of).toList();
    }

    @Operation(summary = "One submission")
    @GetMapping("/api/v1/applications/{id}/submissions/{submissionId}")
    SubmissionResponse submission(@PathVariable ApplicationId id, @PathVariable UUID submissionId,
                                  @AuthenticationPrincipal SignedInUser user) {
        SubmissionSummary submission = desk.submission(id, submissionId, user);
        downloads.downloaded(user, submission, "json");
        return SubmissionResponse.of(submission);
    }

    @Operation(summary = "The PDF of the submitted application")
    @GetMapping(path = "/api/v1/applications/{id}/submissions/{submissionId}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable ApplicationId id, @PathVariable UUID submissionId,
                               @AuthenticationPrincipal SignedInUser user) {
        SubmissionSummary submission = desk.submission(id, submissionId, user);
        byte[] pdf = receipts.pdf(submissionId);
        downloads.downloaded(user, submission, "pdf");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + submission.applicationNumber() + ".pdf\"")
                .body(pdf);
    }

    private static String key(String idempotencyKey) {
        String key = idempotencyKey.strip();
        if (key.isEmpty() || key.length() > 100) {
            throw new InvalidIdempotencyKey();
        }
        return key;
    }

    private static OptionalLong version(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip()));
        } catch (NumberFormatException notAVersion) {
            throw new InvalidIdempotencyKey();
        }
    }

    /** The Idempotency-Key header is empty or too long, or If-Match is not a version. */
    static class InvalidIdempotencyKey extends RuntimeException implements Refusal {

        @Override
        public Kind kind() {
            return Kind.MALFORMED;
        }

        @Override
        public String messageKey() {
            return "submission.problem.key";
        }
    }
}

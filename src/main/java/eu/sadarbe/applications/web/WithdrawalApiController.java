package eu.sadarbe.applications.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.applications.DraftChange;
import eu.sadarbe.applications.DraftRefused;

/**
 * Withdrawing a draft (only the coordinator's side, with a reason) and reading its history (everyone who may view
 * it), as on the pages.
 */
@RestController
@Tag(name = "Applications", description = "Draft applications as application documents v1")
class WithdrawalApiController {

    private final DraftDesk drafting;

    WithdrawalApiController(DraftDesk drafting) {
        this.drafting = drafting;
    }

    @PostMapping(path = "/api/v1/applications/{id}/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Withdraw the application, with a reason",
            responses = {@ApiResponse(responseCode = "200", description = "Withdrawn; the draft as it stands now"),
                    @ApiResponse(responseCode = "401", description = "Not signed in"),
                    @ApiResponse(responseCode = "403", description = "Only users acting for the applicant organisation withdraw",
                            content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "404", description = "No such draft, or you may not see it",
                            content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "409", description = "Already withdrawn",
                            content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "422", description = "The reason is missing",
                            content = @Content(mediaType = "application/problem+json"))})
    DraftResponse withdraw(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id,
                           @RequestBody WithdrawalRequest withdrawal) {
        if (withdrawal.reason() == null || withdrawal.reason().isBlank()) {
            drafting.overview(user.id(), id);
            throw new DraftRefused(DraftRefused.Reason.WITHDRAWAL_REASON_MISSING);
        }
        return DraftResponse.of(drafting.withdraw(user.id(), id, withdrawal.reason()));
    }

    @GetMapping("/api/v1/applications/{id}/history")
    @Operation(summary = "Every change of the draft, newest first: version, section, who, when, before and after",
            responses = {@ApiResponse(responseCode = "200", description = "The history"),
                    @ApiResponse(responseCode = "401", description = "Not signed in"),
                    @ApiResponse(responseCode = "404", description = "No such draft, or you may not see it",
                            content = @Content(mediaType = "application/problem+json"))})
    List<ChangeResponse> history(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id) {
        return drafting.history(user.id(), id).stream().map(ChangeResponse::of).toList();
    }

    /** Why the application is withdrawn. */
    record WithdrawalRequest(@Nullable String reason) {
    }

    /** One change: the section's JSON before and after (STATUS and MEMBERS entries hold a short text). */
    record ChangeResponse(long version, String section, String changedBy, Instant changedAt, @Nullable String before,
                          @Nullable String after) {

        static ChangeResponse of(DraftChange change) {
            return new ChangeResponse(change.applicationVersion(), change.section(), change.changedBy(),
                    change.changedAt(), change.before(), change.after());
        }
    }
}

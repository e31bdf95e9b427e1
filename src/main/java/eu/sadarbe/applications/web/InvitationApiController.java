package eu.sadarbe.applications.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.Access;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.applications.Invitation;
import eu.sadarbe.applications.Member;

/**
 * Partners' users invited to a draft, as on the task list's page: everyone who may view the draft lists them;
 * only the coordinator's side (users acting for the applicant organisation) invites, by e-mail address, and revokes
 * invitations that no account has taken up yet (issue #15). Inviting again changes the access.
 */
@RestController
@Tag(name = "Invitations", description = "Users of partner organisations invited to view or edit a draft")
class InvitationApiController {

    private final DraftDesk drafting;

    InvitationApiController(DraftDesk drafting) {
        this.drafting = drafting;
    }

    @GetMapping("/api/v1/applications/{id}/invitations")
    @Operation(summary = "The users invited to the draft and their access",
            responses = {@ApiResponse(responseCode = "200", description = "The invited users"),
                    @ApiResponse(responseCode = "401", description = "Not signed in"),
                    @ApiResponse(responseCode = "404", description = "No such draft, or you may not see it",
                            content = @Content(mediaType = "application/problem+json"))})
    List<MemberResponse> invitations(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id) {
        return drafting.members(user.id(), id).stream().map(MemberResponse::of).toList();
    }

    @PostMapping(path = "/api/v1/applications/{id}/invitations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Invite the person with this e-mail address to view or edit (again: change the access)",
            description = "The answer is the same whether or not the address has an account: with one, the access "
                    + "applies now; without, once an account with that address lists its applications.",
            responses = {@ApiResponse(responseCode = "202", description = "Invited"),
                    @ApiResponse(responseCode = "401", description = "Not signed in"),
                    @ApiResponse(responseCode = "403", description = "Only users acting for the applicant organisation invite",
                            content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "404", description = "No such draft, or you may not see it",
                            content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "422", description = "Not an e-mail address, or its account acts for the applicant already",
                            content = @Content(mediaType = "application/problem+json"))})
    ResponseEntity<Invitation> invite(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id,
                                      @RequestBody InvitationRequest invitation) {
        return ResponseEntity.accepted().body(drafting.invite(user.id(), id,
                invitation.email() == null ? "" : invitation.email(),
                invitation.access() == null ? Access.EDIT : invitation.access()));
    }

    @GetMapping("/api/v1/applications/{id}/invitations/pending")
    @Operation(summary = "Invitations to addresses that have no account yet",
            responses = {@ApiResponse(responseCode = "200", description = "The pending invitations"),
                    @ApiResponse(responseCode = "401", description = "Not signed in"),
                    @ApiResponse(responseCode = "404", description = "No such draft, or you may not see it",
                            content = @Content(mediaType = "application/problem+json"))})
    List<Invitation> pending(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id) {
        return drafting.pendingInvitations(user.id(), id);
    }

    @DeleteMapping("/api/v1/applications/{id}/invitations/pending")
    @Operation(summary = "Revoke the pending invitation of this e-mail address",
            responses = {@ApiResponse(responseCode = "204", description = "No invitation is pending for the address now"),
                    @ApiResponse(responseCode = "401", description = "Not signed in"),
                    @ApiResponse(responseCode = "403", description = "Only users acting for the applicant organisation revoke",
                            content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "404", description = "No such draft, or you may not see it",
                            content = @Content(mediaType = "application/problem+json"))})
    ResponseEntity<Void> revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable ApplicationId id,
                                @RequestParam(defaultValue = "") String email) {
        drafting.revokeInvitation(user.id(), id, email);
        return ResponseEntity.noContent().build();
    }

    /** Whom to invite, by e-mail address; EDIT when no access is given. */
    record InvitationRequest(@Nullable String email, @Nullable Access access) {
    }

    /** An invited user and what they may do. */
    record MemberResponse(String account, String email, String displayName, Access access) {

        static MemberResponse of(Member member) {
            return new MemberResponse(member.account().value().toString(), member.email(), member.displayName(),
                    member.access());
        }
    }
}

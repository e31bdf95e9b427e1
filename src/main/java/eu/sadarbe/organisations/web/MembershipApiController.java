package eu.sadarbe.organisations.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.organisations.domain.MembershipInvitation;
import eu.sadarbe.organisations.domain.MembershipInvitations;

/** The signed-in person's invitations to act for organisations: list, accept, decline (issue 12). */
@RestController
@RequestMapping("/api/v1/organisation-invitations")
@Tag(name = "Organisations", description = "The organisations register: Organisation IDs, search, registration and changes")
class MembershipApiController {

    private final MembershipInvitations invitations;

    MembershipApiController(MembershipInvitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping
    @Operation(summary = "The invitations to act for an organisation waiting for your answer")
    List<PendingResponse> mine(@AuthenticationPrincipal SignedInUser user) {
        return invitations.pendingFor(user.email()).stream().map(PendingResponse::of).toList();
    }

    @PostMapping("/{id}/acceptance")
    @Operation(summary = "Accept: from now on you act for the organisation")
    AnswerResponse accept(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user) {
        return new AnswerResponse(invitations.accept(id, user.id(), user.email()).value(), "ACCEPTED");
    }

    @PostMapping("/{id}/refusal")
    @Operation(summary = "Decline the invitation")
    AnswerResponse decline(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user) {
        invitations.decline(id, user.id(), user.email());
        return new AnswerResponse(null, "DECLINED");
    }

    record PendingResponse(String id, String oid, String legalName, Instant invitedAt) {
        static PendingResponse of(MembershipInvitation invitation) {
            return new PendingResponse(invitation.id().toString(), invitation.oid().value(), invitation.legalName(),
                    invitation.invitedAt());
        }
    }

    record AnswerResponse(@org.jspecify.annotations.Nullable String oid, String status) {
    }
}

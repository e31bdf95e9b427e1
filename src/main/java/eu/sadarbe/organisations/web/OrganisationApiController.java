package eu.sadarbe.organisations.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.organisations.Oid;
import eu.sadarbe.organisations.OrganisationSummary;
import eu.sadarbe.organisations.domain.Actor;
import eu.sadarbe.organisations.domain.ContactPerson;
import eu.sadarbe.organisations.domain.MembershipInvitation;
import eu.sadarbe.organisations.domain.MembershipInvitations;
import eu.sadarbe.organisations.domain.Organisation;
import eu.sadarbe.organisations.domain.OrganisationDetails;
import eu.sadarbe.organisations.domain.OrganisationRegistration;
import eu.sadarbe.organisations.domain.PartnerSearch;
import eu.sadarbe.organisations.domain.UnknownOrganisation;
import eu.sadarbe.shared.Refusal;

/** The register as JSON: search, read, register and change organisations, and the agency's decision. */
@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "The organisations register: Organisation IDs, search, registration and changes")
class OrganisationApiController {

    private final OrganisationRegistration registration;
    private final PartnerSearch search;
    private final MessageSource messages;
    private final MembershipInvitations invitations;

    OrganisationApiController(OrganisationRegistration registration, PartnerSearch search, MessageSource messages,
                              MembershipInvitations invitations) {
        this.registration = registration;
        this.search = search;
        this.messages = messages;
        this.invitations = invitations;
    }

    @GetMapping
    @Operation(summary = "Search organisations by name or Organisation ID (q), country, city, type, field and topic, "
            + "without case and diacritics; sort by name, oid, country, city or type; pages from 1")
    SearchResponse search(PartnerSearchForm form, @org.springframework.web.bind.annotation.RequestParam(
            defaultValue = "20") int size) {
        PartnerSearch.PartnerPage page = search.search(form.toQuery(size));
        return new SearchResponse(page.listings().stream().map(listing -> SummaryResponse.of(listing.organisation()))
                .toList(),
                page.total(), page.page(), page.pages(), page.pageSize());
    }

    @GetMapping("/{oid}")
    @Operation(summary = "One organisation; contacts and history only for its users, its agency and administrators")
    OrganisationResponse read(@PathVariable String oid, @AuthenticationPrincipal SignedInUser user) {
        Organisation organisation = existing(oid);
        return OrganisationResponse.of(organisation, registration.mayChange(organisation, Actor.of(user)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an organisation; answers 409 with the possible duplicates unless duplicateReason is given")
    ResponseEntity<OrganisationResponse> register(@Valid @RequestBody OrganisationForm form,
                                                  @AuthenticationPrincipal SignedInUser user) {
        Organisation organisation = registration.register(form.toDetails(), user.id(), form.duplicateReason());
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + organisation.oid()))
                .body(OrganisationResponse.of(organisation, true));
    }

    @PutMapping("/{oid}")
    @Operation(summary = "Change an organisation: its own users, officers of its country's agency and administrators only")
    OrganisationResponse change(@PathVariable String oid, @Valid @RequestBody OrganisationForm form,
                                @AuthenticationPrincipal SignedInUser user) {
        Organisation organisation = registration.change(existing(oid).oid(), form.toDetails(), Actor.of(user));
        return OrganisationResponse.of(organisation, true);
    }

    @PostMapping("/{oid}/decision")
    @Operation(summary = "An officer of the country's National Agency validates (VALIDATED) or rejects (REJECTED, with a reason)")
    OrganisationResponse decide(@PathVariable String oid, @RequestBody DecisionRequest decision,
                                @AuthenticationPrincipal SignedInUser user) {
        Oid known = existing(oid).oid();
        Organisation organisation = "VALIDATED".equals(decision.decision())
                ? registration.validate(known, decision.reason(), Actor.of(user))
                : registration.reject(known, decision.reason(), Actor.of(user));
        return OrganisationResponse.of(organisation, true);
    }

    @PostMapping("/{oid}/users")
    @Operation(summary = "Invite a person (by e-mail) to act for the organisation: its own users only. The person "
            + "acts for it once they accept; the answer is 202 whether or not the address has an account")
    ResponseEntity<?> invite(@PathVariable String oid, @RequestBody UserRequest request,
                             @AuthenticationPrincipal SignedInUser user, Locale locale) {
        Oid known = existing(oid).oid();
        if (!InvitedAddress.isPlausible(request.email())) {
            throw new ImplausibleAddress();
        }
        invitations.invite(known, request.email(), Actor.of(user));
        return ResponseEntity.accepted().body(new InvitedResponse(request.email().strip(), "PENDING",
                messages.getMessage("organisation.users.invited", null, locale)));
    }

    @GetMapping("/{oid}/invitations")
    @Operation(summary = "The organisation's pending invitations: its own users only")
    List<InvitationResponse> pendingInvitations(@PathVariable String oid, @AuthenticationPrincipal SignedInUser user) {
        return invitations.pendingOf(existing(oid).oid(), Actor.of(user)).stream().map(InvitationResponse::of)
                .toList();
    }

    @DeleteMapping("/{oid}/invitations/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a pending invitation: the organisation's own users only")
    ResponseEntity<Void> revoke(@PathVariable String oid, @PathVariable UUID id,
                                @AuthenticationPrincipal SignedInUser user) {
        invitations.revoke(existing(oid).oid(), id, Actor.of(user));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{oid}/users/{account}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Stop a user acting for the organisation: a user leaves (their own account id) or removes "
            + "another of its users; its own users only. 409 for the last user, who stays; 404 for an account that "
            + "does not act for it")
    ResponseEntity<Void> endMembership(@PathVariable String oid, @PathVariable UUID account,
                                       @AuthenticationPrincipal SignedInUser user) {
        invitations.endMembership(existing(oid).oid(), new AccountId(account), Actor.of(user));
        return ResponseEntity.noContent().build();
    }

    private Organisation existing(String oid) {
        if (!Oid.isOid(oid)) {
            throw new UnknownOrganisation(new Oid("E00000000"));
        }
        return registration.find(Oid.of(oid)).orElseThrow(() -> new UnknownOrganisation(Oid.of(oid)));
    }

    record SummaryResponse(String oid, String legalName, String country, String city, String organisationType,
                           String status, @Nullable String echeCode) {
        static SummaryResponse of(OrganisationSummary summary) {
            return new SummaryResponse(summary.oid().value(), summary.legalName(), summary.country().value(),
                    summary.city(), summary.type().name(), summary.status().name(), summary.echeCode());
        }
    }

    record SearchResponse(List<SummaryResponse> organisations, long total, int page, int pages, int size) {
    }

    record UserRequest(@Nullable String email) {
    }

    /** The same answer for every plausible address: whether it has an account is not told (issue 12). */
    record InvitedResponse(String email, String status, String detail) {
    }

    record InvitationResponse(String id, String email, String invitedBy, java.time.Instant invitedAt) {
        static InvitationResponse of(MembershipInvitation invitation) {
            return new InvitationResponse(invitation.id().toString(), invitation.email(),
                    invitation.invitedBy().toString(), invitation.invitedAt());
        }
    }

    record DecisionRequest(String decision, @Nullable String reason) {
    }

    /** An organisation; personal data (representative, contacts) only for those who may change it. */
    record OrganisationResponse(String oid, String status, @Nullable String statusReason, String legalName,
                                @Nullable String businessName, String country, String city, String address,
                                @Nullable String postcode, String organisationType, @Nullable String legalForm,
                                String registrationNumber, @Nullable String vatNumber, @Nullable String website,
                                @Nullable String pic, @Nullable String echeCode, @Nullable LocalDate echeValidUntil,
                                List<String> fieldsOfActivity, boolean lookingForPartners, List<String> topics,
                                @Nullable String legalRepresentativeName, @Nullable List<ContactPerson> contacts,
                                @Nullable List<String> users, @Nullable String duplicateReason) {

        static OrganisationResponse of(Organisation organisation, boolean personalData) {
            OrganisationDetails d = organisation.details();
            return new OrganisationResponse(organisation.oid().value(), organisation.status().name(),
                    organisation.statusReason(), d.legalName(), d.businessName(), d.country().value(), d.city(),
                    d.address(), d.postcode(), d.type().name(), d.legalForm(), d.registrationNumber(), d.vatNumber(),
                    d.website(), d.pic(), d.echeCode(), d.echeValidUntil(), d.fieldsOfActivity(),
                    d.lookingForPartners(), d.topics(), personalData ? d.legalRepresentativeName() : null,
                    personalData ? d.contacts() : null,
                    personalData ? organisation.users().stream().map(Object::toString).sorted().toList() : null,
                    personalData ? organisation.duplicateReason() : null);
        }
    }

    /** An address that cannot be anyone's e-mail: nobody is invited (400). */
    static final class ImplausibleAddress extends RuntimeException implements Refusal {

        ImplausibleAddress() {
            super("Not an e-mail address");
        }

        @Override
        public Kind kind() {
            return Kind.MALFORMED;
        }

        @Override
        public String messageKey() {
            return "organisation.users.invalid";
        }
    }
}

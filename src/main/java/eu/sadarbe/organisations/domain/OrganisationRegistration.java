package eu.sadarbe.organisations.domain;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SecurityEventKind;
import eu.sadarbe.accounts.SecurityEvents;
import eu.sadarbe.calls.NationalAgency;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.organisations.Oid;
import eu.sadarbe.organisations.OrganisationId;
import eu.sadarbe.organisations.OrganisationSummary;
import eu.sadarbe.shared.CountryCode;

/**
 * The register's use cases: registering an organisation (behind the duplicate guard), changing it with its
 * history, and the agency's validation or rejection.
 */
@Service
public class OrganisationRegistration {

    private final OrganisationRepository records;
    private final ReferenceData reference;
    private final SecurityEvents events;
    private final AccountRegister accounts;
    private final Clock clock;

    OrganisationRegistration(OrganisationRepository records, ReferenceData reference, SecurityEvents events,
                             AccountRegister accounts, Clock clock) {
        this.records = records;
        this.reference = reference;
        this.events = events;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Registers a declared organisation with a new Organisation ID. When the register holds a possible duplicate,
     * nothing is created unless the registrant gives a reason to go on.
     */
    @Transactional
    public Organisation register(OrganisationDetails details, @Nullable AccountId registrant,
                                 @Nullable String duplicateReason) {
        return register(details, registrant, duplicateReason, null);
    }

    /**
     * As {@link #register}, keeping a given Organisation ID (demo data and seeding only). DEMO HOOK (issue #14 item 7,
     * kept): the demo module's organisations are tied together by their fixed Organisation IDs.
     */
    @Transactional
    public Organisation register(OrganisationDetails details, @Nullable AccountId registrant,
                                 @Nullable String duplicateReason, @Nullable Oid givenOid) {
        List<OrganisationSummary> duplicates = possibleDuplicates(details);
        boolean goOn = duplicateReason != null && !duplicateReason.isBlank();
        if (!duplicates.isEmpty() && !goOn) {
            throw new PossibleDuplicates(duplicates);
        }
        Oid oid = givenOid != null ? givenOid : records.nextOid();
        Organisation organisation = Organisation.declare(new OrganisationId(UUID.randomUUID()), oid, details,
                registrant, duplicates.isEmpty() ? null : duplicateReason.trim(),
                duplicates.isEmpty() ? null : duplicates.stream().map(candidate -> candidate.oid().value())
                        .collect(Collectors.joining(", ")),
                clock.instant());
        records.insert(organisation);
        records.record(organisation.id(), List.of(new FieldChange(registrant, clock.instant(), "registered", null,
                oid.value())));
        if (registrant != null) {
            memberAdded(organisation, registrant, "registration");
        }
        return organisation;
    }

    /** Registers organisations migrated from another register, all or none; the importer checked for duplicates. */
    @Transactional
    public List<Organisation> registerAll(List<OrganisationDetails> imported) {
        return imported.stream().map(details -> register(details, null, "imported", null)).toList();
    }

    @Transactional(readOnly = true)
    public List<OrganisationSummary> possibleDuplicates(OrganisationDetails details) {
        return records.possibleDuplicates(details, null).stream().map(Organisation::toSummary).toList();
    }

    @Transactional
    public Organisation change(Oid oid, OrganisationDetails details, Actor actor) {
        Organisation organisation = existing(oid);
        requireMayChange(organisation, actor);
        List<FieldChange> changes = organisation.change(details, actor.account(), clock.instant());
        if (!changes.isEmpty()) {
            records.update(organisation);
            records.record(organisation.id(), changes);
        }
        return organisation;
    }

    @Transactional
    public Organisation validate(Oid oid, @Nullable String reason, Actor officer) {
        Organisation organisation = existing(oid);
        requireOfficerOf(organisation, officer);
        FieldChange change = organisation.validate(reason, officer.account(), clock.instant());
        records.update(organisation);
        records.record(organisation.id(), List.of(change));
        return organisation;
    }

    @Transactional
    public Organisation reject(Oid oid, @Nullable String reason, Actor officer) {
        if (reason == null || reason.isBlank()) {
            throw new ReasonRequired();
        }
        Organisation organisation = existing(oid);
        requireOfficerOf(organisation, officer);
        FieldChange change = organisation.reject(reason.trim(), officer.account(), clock.instant());
        records.update(organisation);
        records.record(organisation.id(), List.of(change));
        return organisation;
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> find(Oid oid) {
        return records.byOid(oid);
    }

    @Transactional(readOnly = true)
    public List<FieldChange> history(Oid oid) {
        return records.history(existing(oid).id());
    }

    /** The declared organisations waiting for a decision of this officer's National Agency. */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> awaitingDecisionOf(Actor officer) {
        if (!officer.has(Role.NA_OFFICER) || officer.nationalAgencyCode() == null) {
            return List.of();
        }
        List<CountryCode> countries = reference.nationalAgencies(null, null).stream()
                .filter(agency -> agency.code().equals(officer.nationalAgencyCode()))
                .map(NationalAgency::country).toList();
        return records.declaredIn(countries).stream().map(Organisation::toSummary).toList();
    }

    /** The organisation's own users, officers of its country's National Agency and administrators. */
    public boolean mayChange(Organisation organisation, Actor actor) {
        return organisation.isActingFor(actor.account()) || actor.has(Role.ADMIN) || isOfficerOf(organisation, actor);
    }

    /** An officer of a National Agency of the organisation's country. */
    public boolean isOfficerOf(Organisation organisation, Actor actor) {
        String agencyCode = actor.nationalAgencyCode();
        if (!actor.has(Role.NA_OFFICER) || agencyCode == null) {
            return false;
        }
        return reference.nationalAgencies(null, organisation.details().country()).stream()
                .map(NationalAgency::code)
                .anyMatch(agencyCode::equals);
    }

    /** Who may act for an organisation is a security matter: the event log keeps every change to it. */
    private void memberAdded(Organisation organisation, AccountId member, String how) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("organisation", organisation.oid().value());
        detail.put("member", member.toString());
        accounts.byId(member).ifPresent(account -> detail.put("memberEmail", account.email()));
        detail.put("how", how);
        events.record(SecurityEventKind.ORGANISATION_MEMBER_ADDED, detail);
    }

    private void requireMayChange(Organisation organisation, Actor actor) {
        if (!mayChange(organisation, actor)) {
            throw new NotAllowedToChange(organisation.oid());
        }
    }

    private void requireOfficerOf(Organisation organisation, Actor actor) {
        if (!isOfficerOf(organisation, actor)) {
            throw new NotAllowedToChange(organisation.oid());
        }
    }

    private Organisation existing(Oid oid) {
        return records.byOid(oid).orElseThrow(() -> new UnknownOrganisation(oid));
    }
}

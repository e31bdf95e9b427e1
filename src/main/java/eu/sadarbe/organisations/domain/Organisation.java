package eu.sadarbe.organisations.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.organisations.Oid;
import eu.sadarbe.organisations.OrganisationId;
import eu.sadarbe.organisations.OrganisationPlace;
import eu.sadarbe.organisations.OrganisationStatus;
import eu.sadarbe.organisations.OrganisationSummary;

/** A registered organisation: its declared details, the accounts acting for it and its standing with the agency. */
public final class Organisation {

    private final OrganisationId id;
    private final Oid oid;
    private OrganisationDetails details;
    private OrganisationStatus status;
    private @Nullable String statusReason;
    private final @Nullable String duplicateReason;
    private final @Nullable String duplicateOf;
    private final Set<AccountId> users;
    private final Instant registeredAt;
    private int version;

    public Organisation(OrganisationId id, Oid oid, OrganisationDetails details, OrganisationStatus status,
                        @Nullable String statusReason, @Nullable String duplicateReason, @Nullable String duplicateOf,
                        Set<AccountId> users, Instant registeredAt, int version) {
        this.id = id;
        this.oid = oid;
        this.details = details;
        this.status = status;
        this.statusReason = statusReason;
        this.duplicateReason = duplicateReason;
        this.duplicateOf = duplicateOf;
        this.users = new LinkedHashSet<>(users);
        this.registeredAt = registeredAt;
        this.version = version;
    }

    /** A new, declared organisation; the registrant (if any) becomes its first authorised user. */
    static Organisation declare(OrganisationId id, Oid oid, OrganisationDetails details,
                                @Nullable AccountId registrant, @Nullable String duplicateReason,
                                @Nullable String duplicateOf, Instant now) {
        Set<AccountId> users = registrant == null ? Set.of() : Set.of(registrant);
        return new Organisation(id, oid, details, OrganisationStatus.DECLARED, null, duplicateReason, duplicateOf,
                users, now, 0);
    }

    /** Replaces the declared details and answers what changed, field by field. */
    List<FieldChange> change(OrganisationDetails changed, @Nullable AccountId by, Instant now) {
        List<FieldChange> changes = new ArrayList<>();
        Map<String, String> before = details.asFields();
        changed.asFields().forEach((field, after) -> {
            if (!Objects.equals(before.get(field), after)) {
                changes.add(new FieldChange(by, now, field, before.get(field), after));
            }
        });
        details = changed;
        return changes;
    }

    /** The agency confirms the organisation's declaration. */
    FieldChange validate(@Nullable String reason, AccountId officer, Instant now) {
        return decide(OrganisationStatus.VALIDATED, reason, officer, now);
    }

    /** The agency refuses the organisation's declaration; the reason is required. */
    FieldChange reject(String reason, AccountId officer, Instant now) {
        return decide(OrganisationStatus.REJECTED, reason, officer, now);
    }

    private FieldChange decide(OrganisationStatus decided, @Nullable String reason, AccountId officer, Instant now) {
        FieldChange change = new FieldChange(officer, now, "status", status.name(),
                decided.name() + (reason == null || reason.isBlank() ? "" : ": " + reason));
        status = decided;
        statusReason = reason;
        return change;
    }

    FieldChange authorise(AccountId account, AccountId by, Instant now) {
        users.add(account);
        return new FieldChange(by, now, "users", null, account.toString());
    }

    /**
     * The account stops acting for the organisation: it leaves, or another of its users removes it. The last user
     * stays, so that somebody can always keep the record and its applications.
     */
    FieldChange deauthorise(AccountId account, AccountId by, Instant now) {
        if (!users.contains(account)) {
            throw new NotAUser(oid);
        }
        if (users.size() == 1) {
            throw new LastUserStays(oid);
        }
        users.remove(account);
        return new FieldChange(by, now, "users", account.toString(), null);
    }

    public boolean isActingFor(AccountId account) {
        return users.contains(account);
    }

    public OrganisationSummary toSummary() {
        return new OrganisationSummary(id, oid, details.legalName(), details.country(), details.city(),
                details.type(), status, details.echeCode());
    }

    public OrganisationPlace place() {
        return new OrganisationPlace(oid, details.city(), details.country());
    }

    public OrganisationId id() {
        return id;
    }

    public Oid oid() {
        return oid;
    }

    public OrganisationDetails details() {
        return details;
    }

    public OrganisationStatus status() {
        return status;
    }

    public @Nullable String statusReason() {
        return statusReason;
    }

    public @Nullable String duplicateReason() {
        return duplicateReason;
    }

    public @Nullable String duplicateOf() {
        return duplicateOf;
    }

    public Set<AccountId> users() {
        return Set.copyOf(users);
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public int version() {
        return version;
    }

    void versionSaved(int saved) {
        version = saved;
    }
}

package eu.sadarbe.organisations.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.organisations.Oid;
import eu.sadarbe.organisations.OrganisationId;
import eu.sadarbe.organisations.OrganisationStatus;
import eu.sadarbe.shared.CountryCode;
import eu.sadarbe.shared.OrganisationType;

/** Stores organisations in their tables: the record, its contacts, users, fields, topics and history. */
@Repository
public class OrganisationRepository {

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next Organisation ID from the database sequence, so that every node issues unique ones. */
    Oid nextOid() {
        long next = jdbc.sql("SELECT nextval('organisation_oid_seq')").query(Long.class).single();
        return Oid.fromNumber(next);
    }

    /**
     * Moves the sequence past every Organisation ID in the register, after organisations were registered under given
     * IDs ({@link OrganisationRegistration#register(OrganisationDetails, AccountId, String, Oid)}: the demo data,
     * beyond the range kept for it), so that the next registration never collides with them.
     */
    public void issueOidsAfterTheHighestRegistered() {
        String highest = jdbc.sql("SELECT MAX(oid) FROM organisation").query(String.class).optional().orElse(null);
        if (highest != null) {
            long restart = Long.parseLong(highest.substring(1)) + 1;
            jdbc.sql("ALTER SEQUENCE organisation_oid_seq RESTART WITH " + restart).update();
        }
    }

    boolean exists(Oid oid) {
        return jdbc.sql("SELECT COUNT(*) FROM organisation WHERE oid = :oid").param("oid", oid.value())
                .query(Integer.class).single() > 0;
    }

    void insert(Organisation organisation) {
        OrganisationDetails details = organisation.details();
        jdbc.sql("""
                        INSERT INTO organisation (id, oid, legal_name, business_name, country_code, city, address,
                            postcode, organisation_type, legal_form, registration_number, vat_number, website, pic,
                            eche_code, eche_valid_until, legal_representative_name, legal_representative_position,
                            legal_representative_email, looking_for_partners, status, status_reason, duplicate_reason,
                            duplicate_of, name_key, city_key, registration_key, search_key, registered_at, version)
                        VALUES (:id, :oid, :legalName, :businessName, :country, :city, :address, :postcode, :type,
                            :legalForm, :registrationNumber, :vatNumber, :website, :pic, :echeCode, :echeValidUntil,
                            :representative, :representativePosition, :representativeEmail, :looking, :status,
                            :statusReason, :duplicateReason, :duplicateOf, :nameKey, :cityKey, :registrationKey,
                            :searchKey, :registeredAt, 0)""")
                .params(detailParams(details))
                .param("id", organisation.id().value())
                .param("oid", organisation.oid().value())
                .param("status", organisation.status().name())
                .param("statusReason", organisation.statusReason(), Types.VARCHAR)
                .param("duplicateReason", organisation.duplicateReason(), Types.VARCHAR)
                .param("duplicateOf", organisation.duplicateOf(), Types.VARCHAR)
                .param("registeredAt", Timestamp.from(organisation.registeredAt()))
                .update();
        writeChildren(organisation);
        for (AccountId user : organisation.users()) {
            joined(organisation.id(), user, organisation.registeredAt());
        }
    }

    /** Starts the period in which the account acts for the organisation (conflicts of interest look back on it). */
    void joined(OrganisationId id, AccountId account, Instant from) {
        jdbc.sql("""
                        INSERT INTO organisation_membership (organisation_id, account_id, member_from)
                        VALUES (:id, :account, :from)""")
                .param("id", id.value()).param("account", account.value()).param("from", Timestamp.from(from))
                .update();
    }

    /** Ends the open period in which the account acted for the organisation; past ones stay (conflicts look back). */
    void left(OrganisationId id, AccountId account, Instant until) {
        jdbc.sql("""
                        UPDATE organisation_membership SET member_until = :until
                        WHERE organisation_id = :id AND account_id = :account AND member_until IS NULL""")
                .param("id", id.value()).param("account", account.value()).param("until", Timestamp.from(until))
                .update();
    }

    /**
     * The organisations the account acts for now or acted for at any time since {@code since}: a membership
     * counts until the moment it ended.
     */
    public List<Oid> oidsMemberOfSince(AccountId account, Instant since) {
        return jdbc.sql("""
                        SELECT DISTINCT o.oid FROM organisation_membership m JOIN organisation o ON o.id = m.organisation_id
                        WHERE m.account_id = :account AND (m.member_until IS NULL OR m.member_until >= :since)
                        ORDER BY o.oid""")
                .param("account", account.value()).param("since", Timestamp.from(since))
                .query((rs, row) -> new Oid(rs.getString(1))).list();
    }

    void update(Organisation organisation) {
        int updated = jdbc.sql("""
                        UPDATE organisation SET legal_name = :legalName, business_name = :businessName,
                            country_code = :country, city = :city, address = :address, postcode = :postcode,
                            organisation_type = :type, legal_form = :legalForm,
                            registration_number = :registrationNumber, vat_number = :vatNumber, website = :website,
                            pic = :pic, eche_code = :echeCode, eche_valid_until = :echeValidUntil,
                            legal_representative_name = :representative,
                            legal_representative_position = :representativePosition,
                            legal_representative_email = :representativeEmail, looking_for_partners = :looking,
                            status = :status, status_reason = :statusReason, name_key = :nameKey,
                            city_key = :cityKey, registration_key = :registrationKey, search_key = :searchKey,
                            version = version + 1
                        WHERE id = :id AND version = :version""")
                .params(detailParams(organisation.details()))
                .param("id", organisation.id().value())
                .param("status", organisation.status().name())
                .param("statusReason", organisation.statusReason(), Types.VARCHAR)
                .param("version", organisation.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Organisation " + organisation.oid() + " changed meanwhile");
        }
        organisation.versionSaved(organisation.version() + 1);
        for (String table : List.of("organisation_contact", "organisation_user", "organisation_field",
                "organisation_topic")) {
            jdbc.sql("DELETE FROM " + table + " WHERE organisation_id = :id").param("id", organisation.id().value())
                    .update();
        }
        writeChildren(organisation);
    }

    void record(OrganisationId id, List<FieldChange> changes) {
        for (FieldChange change : changes) {
            jdbc.sql("""
                            INSERT INTO organisation_change (id, organisation_id, changed_by, changed_at, field_name,
                                before_value, after_value)
                            VALUES (:id, :organisation, :by, :at, :field, :before, :after)""")
                    .param("id", UUID.randomUUID())
                    .param("organisation", id.value())
                    .param("by", change.changedBy() == null ? null : change.changedBy().value())
                    .param("at", Timestamp.from(change.changedAt()))
                    .param("field", change.field())
                    .param("before", cut(change.before()), Types.VARCHAR)
                    .param("after", cut(change.after()), Types.VARCHAR)
                    .update();
        }
    }

    public List<FieldChange> history(OrganisationId id) {
        return jdbc.sql("""
                        SELECT changed_by, changed_at, field_name, before_value, after_value
                        FROM organisation_change WHERE organisation_id = :id ORDER BY changed_at DESC, field_name""")
                .param("id", id.value())
                .query((rs, row) -> new FieldChange(
                        rs.getObject("changed_by") == null ? null
                                : new AccountId(rs.getObject("changed_by", UUID.class)),
                        rs.getTimestamp("changed_at").toInstant(), rs.getString("field_name"),
                        rs.getString("before_value"), rs.getString("after_value")))
                .list();
    }

    public Optional<Organisation> byOid(Oid oid) {
        return jdbc.sql("SELECT * FROM organisation WHERE oid = :oid").param("oid", oid.value())
                .query(this::organisation).optional();
    }

    public List<Organisation> actingFor(AccountId account) {
        return jdbc.sql("""
                        SELECT o.* FROM organisation o JOIN organisation_user u ON u.organisation_id = o.id
                        WHERE u.account_id = :account ORDER BY o.name_key""")
                .param("account", account.value())
                .query(this::organisation).list();
    }

    /** Just the Organisation IDs this account acts for: one query, for access checks on every request. */
    public List<Oid> oidsActingFor(AccountId account) {
        return jdbc.sql("""
                        SELECT o.oid FROM organisation o JOIN organisation_user u ON u.organisation_id = o.id
                        WHERE u.account_id = :account ORDER BY o.oid""")
                .param("account", account.value())
                .query((rs, row) -> new Oid(rs.getString(1))).list();
    }

    /** Declared organisations of these countries, oldest first: the agency's queue. */
    public List<Organisation> declaredIn(List<CountryCode> countries) {
        if (countries.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT * FROM organisation WHERE status = 'DECLARED' AND country_code IN (:countries)
                        ORDER BY registered_at, oid LIMIT 200""")
                .param("countries", countries.stream().map(CountryCode::value).toList())
                .query(this::organisation).list();
    }

    /** The organisations that the duplicate guard shows before a second record is created. */
    List<Organisation> possibleDuplicates(OrganisationDetails details, @Nullable OrganisationId except) {
        return jdbc.sql("""
                        SELECT * FROM organisation
                        WHERE ((country_code = :country AND registration_key = :registrationKey)
                            OR (name_key = :nameKey AND city_key = :cityKey))
                          AND (CAST(:except AS UUID) IS NULL OR id <> CAST(:except AS UUID))
                        ORDER BY oid""")
                .param("country", details.country().value())
                .param("registrationKey", SearchKeys.ofRegistrationNumber(details.registrationNumber()))
                .param("nameKey", SearchKeys.of(details.legalName()))
                .param("cityKey", SearchKeys.of(details.city()))
                .param("except", except == null ? null : except.value().toString(), Types.VARCHAR)
                .query(this::organisation).list();
    }

    private java.util.Map<String, Object> detailParams(OrganisationDetails details) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("legalName", details.legalName());
        params.put("businessName", details.businessName());
        params.put("country", details.country().value());
        params.put("city", details.city());
        params.put("address", details.address());
        params.put("postcode", details.postcode());
        params.put("type", details.type().name());
        params.put("legalForm", details.legalForm());
        params.put("registrationNumber", details.registrationNumber());
        params.put("vatNumber", details.vatNumber());
        params.put("website", details.website());
        params.put("pic", details.pic());
        params.put("echeCode", details.echeCode());
        params.put("echeValidUntil", details.echeValidUntil() == null ? null : Date.valueOf(details.echeValidUntil()));
        params.put("representative", details.legalRepresentativeName());
        params.put("representativePosition", details.legalRepresentativePosition());
        params.put("representativeEmail", details.legalRepresentativeEmail());
        params.put("looking", details.lookingForPartners());
        params.put("nameKey", SearchKeys.of(details.legalName()));
        params.put("cityKey", SearchKeys.of(details.city()));
        params.put("registrationKey", SearchKeys.ofRegistrationNumber(details.registrationNumber()));
        params.put("searchKey", details.searchKey() + " " + SearchKeys.of(details.legalName()));
        return params;
    }

    private void writeChildren(Organisation organisation) {
        UUID id = organisation.id().value();
        OrganisationDetails details = organisation.details();
        int position = 0;
        for (ContactPerson contact : details.contacts()) {
            jdbc.sql("""
                            INSERT INTO organisation_contact (organisation_id, position_in_list, full_name, email, phone)
                            VALUES (:id, :position, :name, :email, :phone)""")
                    .param("id", id).param("position", position++).param("name", contact.fullName())
                    .param("email", contact.email()).param("phone", contact.phone(), Types.VARCHAR).update();
        }
        for (AccountId user : organisation.users()) {
            jdbc.sql("INSERT INTO organisation_user (organisation_id, account_id) VALUES (:id, :account)")
                    .param("id", id).param("account", user.value()).update();
        }
        for (String field : new HashSet<>(details.fieldsOfActivity())) {
            jdbc.sql("INSERT INTO organisation_field (organisation_id, field) VALUES (:id, :field)")
                    .param("id", id).param("field", field).update();
        }
        position = 0;
        for (String topic : details.topics()) {
            jdbc.sql("""
                            INSERT INTO organisation_topic (organisation_id, position_in_list, topic, topic_key)
                            VALUES (:id, :position, :topic, :key)""")
                    .param("id", id).param("position", position++).param("topic", topic)
                    .param("key", SearchKeys.of(topic)).update();
        }
    }

    private Organisation organisation(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Date echeValidUntil = rs.getDate("eche_valid_until");
        OrganisationDetails details = new OrganisationDetails(rs.getString("legal_name"),
                rs.getString("business_name"), CountryCode.of(rs.getString("country_code")), rs.getString("city"),
                rs.getString("address"), rs.getString("postcode"),
                OrganisationType.valueOf(rs.getString("organisation_type")), rs.getString("legal_form"),
                rs.getString("registration_number"), rs.getString("vat_number"), rs.getString("website"),
                rs.getString("pic"), rs.getString("eche_code"),
                echeValidUntil == null ? null : echeValidUntil.toLocalDate(),
                rs.getString("legal_representative_name"), rs.getString("legal_representative_position"),
                rs.getString("legal_representative_email"), contacts(id), fields(id),
                rs.getBoolean("looking_for_partners"), topics(id));
        return new Organisation(new OrganisationId(id), new Oid(rs.getString("oid")), details,
                OrganisationStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
                rs.getString("duplicate_reason"), rs.getString("duplicate_of"), new HashSet<>(users(id)),
                rs.getTimestamp("registered_at").toInstant(), rs.getInt("version"));
    }

    private List<ContactPerson> contacts(UUID id) {
        return jdbc.sql("SELECT * FROM organisation_contact WHERE organisation_id = :id ORDER BY position_in_list")
                .param("id", id)
                .query((rs, row) -> new ContactPerson(rs.getString("full_name"), rs.getString("email"),
                        rs.getString("phone")))
                .list();
    }

    private List<String> fields(UUID id) {
        return jdbc.sql("SELECT field FROM organisation_field WHERE organisation_id = :id ORDER BY field")
                .param("id", id).query(String.class).list();
    }

    private List<String> topics(UUID id) {
        return jdbc.sql("SELECT topic FROM organisation_topic WHERE organisation_id = :id ORDER BY position_in_list")
                .param("id", id).query(String.class).list();
    }

    private List<AccountId> users(UUID id) {
        return jdbc.sql("SELECT account_id FROM organisation_user WHERE organisation_id = :id")
                .param("id", id)
                .query((rs, row) -> new AccountId(rs.getObject("account_id", UUID.class))).list();
    }

    private static @Nullable String cut(@Nullable String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
    }
}

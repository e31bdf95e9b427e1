package eu.sadarbe.grants.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.grants.AgreementRound;
import eu.sadarbe.grants.GrantAgreementId;

/**
 * Stores grant agreements ({@code grant_agreement}, {@code grant_document}, {@code grant_audit}): the one place
 * with their SQL. A save checks the row version it loaded, so two officers cannot overwrite each other.
 */
@Repository
public class GrantAgreementRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<AgreementTerms>> VERSIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<Amendment>> AMENDMENTS = new TypeReference<>() {
    };
    private static final TypeReference<List<Signature>> SIGNATURES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    GrantAgreementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a new agreement or updates a loaded one; appends the audit entries it does not hold yet. */
    public void save(GrantAgreement agreement) {
        Preparation preparation = agreement.preparation();
        int rowVersion = jdbc.sql("SELECT row_version FROM grant_agreement WHERE id = ?")
                .param(agreement.id().value()).query(Integer.class).optional().orElse(-1);
        Object[] values = {agreement.status().name(), agreement.current().total(), agreement.pdfSha256(),
                agreement.enteredIntoForceOn() == null ? null : Date.valueOf(agreement.enteredIntoForceOn()),
                JSON.writeValueAsString(agreement.versions()), JSON.writeValueAsString(agreement.amendments()),
                JSON.writeValueAsString(agreement.signatures())};
        if (rowVersion < 0) {
            jdbc.sql("""
                            INSERT INTO grant_agreement (id, agreement_number, application_id, application_number,
                                national_agency_code, call_year, round_number, action_type, beneficiary_id,
                                prepared_by, prepared_at, preparation_json, status, awarded_total, pdf_sha256,
                                entered_into_force_on, versions_json, amendments_json, signatures_json, row_version)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
                    .params(agreement.id().value(), preparation.number(), preparation.applicationId().value(),
                            preparation.applicationNumber(), preparation.agencyCode(), preparation.callYear(),
                            preparation.roundNumber(), preparation.actionType(),
                            preparation.beneficiary().organisationId(), agreement.preparedBy(),
                            Timestamp.from(agreement.preparedAt()), JSON.writeValueAsString(preparation), values[0],
                            values[1], values[2], values[3], values[4], values[5], values[6])
                    .update();
        } else {
            int updated = jdbc.sql("""
                            UPDATE grant_agreement SET status = ?, awarded_total = ?, pdf_sha256 = ?,
                                entered_into_force_on = ?, versions_json = ?, amendments_json = ?,
                                signatures_json = ?, row_version = row_version + 1
                            WHERE id = ? AND row_version = ?""")
                    .params(values[0], values[1], values[2], values[3], values[4], values[5], values[6],
                            agreement.id().value(), agreement.loadedRowVersion())
                    .update();
            if (updated == 0) {
                throw new OptimisticLockingFailureException("Agreement " + agreement.id() + " changed meanwhile");
            }
        }
        int stored = jdbc.sql("SELECT COUNT(*) FROM grant_audit WHERE agreement_id = ?")
                .param(agreement.id().value()).query(Integer.class).single();
        List<AuditEntry> audit = agreement.audit();
        for (int step = stored; step < audit.size(); step++) {
            AuditEntry entry = audit.get(step);
            jdbc.sql("INSERT INTO grant_audit (agreement_id, step, happened_at, actor, action, detail) "
                            + "VALUES (?, ?, ?, ?, ?, ?)")
                    .params(agreement.id().value(), step, Timestamp.from(entry.at()), entry.actor(), entry.action(),
                            entry.detail())
                    .update();
        }
    }

    public Optional<GrantAgreement> find(GrantAgreementId id) {
        return jdbc.sql("SELECT * FROM grant_agreement WHERE id = ?").param(id.value()).query(this::agreement)
                .optional();
    }

    public List<GrantAgreement> ofApplication(ApplicationId applicationId) {
        return jdbc.sql("SELECT * FROM grant_agreement WHERE application_id = ? ORDER BY agreement_number")
                .param(applicationId.value()).query(this::agreement).list();
    }

    /**
     * The agency's agreements in force, by call year, round and number, in one query: only what the view of an
     * agreement in force is made of (its preparation and its versions), not its amendments, signatures or audit
     * trail, which the monitoring page does not show (read as whole agreements, 2,000 of them took 2,000 queries of
     * the audit and parsed 5 MB of JSON; issue 21).
     */
    public List<InForce> inForceOfAgency(String agencyCode) {
        return jdbc.sql("""
                        SELECT id, preparation_json, versions_json, entered_into_force_on FROM grant_agreement
                        WHERE national_agency_code = ? AND status = ?
                        ORDER BY call_year, round_number, agreement_number""")
                .params(agencyCode, AgreementStatus.IN_FORCE.name())
                .query((row, number) -> new InForce(new GrantAgreementId(row.getObject("id", UUID.class)),
                        JSON.readValue(row.getString("preparation_json"), Preparation.class),
                        JSON.readValue(row.getString("versions_json"), VERSIONS),
                        row.getDate("entered_into_force_on").toLocalDate()))
                .list();
    }

    /** An agreement in force as {@link #inForceOfAgency} reads it: its preparation and its versions. */
    public record InForce(GrantAgreementId id, Preparation preparation, List<AgreementTerms> versions,
                          LocalDate enteredIntoForceOn) {

        public AgreementTerms current() {
            return versions.get(versions.size() - 1);
        }
    }

    /** The call years, rounds and action types the agency has agreements in force in, in order, counted in SQL. */
    public List<AgreementRound> inForceRoundsOfAgency(String agencyCode) {
        return jdbc.sql("""
                        SELECT DISTINCT call_year, round_number, action_type FROM grant_agreement
                        WHERE national_agency_code = ? AND status = ? ORDER BY call_year, round_number, action_type""")
                .params(agencyCode, AgreementStatus.IN_FORCE.name())
                .query((row, number) -> new AgreementRound(row.getInt("call_year"), row.getInt("round_number"),
                        row.getString("action_type")))
                .list();
    }

    /**
     * A page of the agency's agreements by round, action type and number, of one status or of all, as the
     * portfolio lists them: without their audit trails, read in one query.
     */
    public List<PortfolioEntry> portfolioPage(String agencyCode, @Nullable AgreementStatus status, int offset,
                                              int limit) {
        return jdbc.sql("SELECT * FROM grant_agreement WHERE national_agency_code = ?" + statusCondition(status)
                        + " ORDER BY call_year, round_number, action_type, agreement_number LIMIT ? OFFSET ?")
                .params(portfolioParameters(agencyCode, status, limit, offset))
                .query((row, number) -> PortfolioEntry.of(agreement(row, List.of()))).list();
    }

    /** How many agreements {@link #portfolioPage} pages through. */
    public long countOfAgency(String agencyCode, @Nullable AgreementStatus status) {
        return jdbc.sql("SELECT COUNT(*) FROM grant_agreement WHERE national_agency_code = ?" + statusCondition(status))
                .params(portfolioParameters(agencyCode, status)).query(Long.class).single();
    }

    /** Which of the applications have an agreement already, in one query. */
    public java.util.Set<ApplicationId> withAgreements(java.util.Collection<ApplicationId> applications) {
        if (applications.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("SELECT DISTINCT application_id FROM grant_agreement "
                        + "WHERE application_id IN (:ids)")
                .param("ids", applications.stream().map(ApplicationId::value).toList())
                .query((row, number) -> new ApplicationId(row.getObject(1, UUID.class))).list());
    }

    private static String statusCondition(@Nullable AgreementStatus status) {
        return status == null ? "" : " AND status = ?";
    }

    private static Object[] portfolioParameters(String agencyCode, @Nullable AgreementStatus status,
                                                Object... more) {
        List<Object> values = new java.util.ArrayList<>(List.of(agencyCode));
        if (status != null) {
            values.add(status.name());
        }
        values.addAll(List.of(more));
        return values.toArray();
    }

    public void storeDocument(GrantAgreementId id, String name, String sha256, byte[] content, Instant at) {
        jdbc.sql("DELETE FROM grant_document WHERE agreement_id = ? AND name = ?").params(id.value(), name).update();
        jdbc.sql("INSERT INTO grant_document (agreement_id, name, sha256, content, stored_at) VALUES (?, ?, ?, ?, ?)")
                .params(id.value(), name, sha256, content, Timestamp.from(at)).update();
    }

    public Optional<byte[]> document(GrantAgreementId id, String name) {
        return jdbc.sql("SELECT content FROM grant_document WHERE agreement_id = ? AND name = ?")
                .params(id.value(), name).query((row, number) -> row.getBytes(1)).optional();
    }

    private GrantAgreement agreement(ResultSet row, int number) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        List<AuditEntry> audit = jdbc.sql("SELECT * FROM grant_audit WHERE agreement_id = ? ORDER BY step")
                .param(id).query((entry, index) -> new AuditEntry(entry.getTimestamp("happened_at").toInstant(),
                        entry.getString("actor"), entry.getString("action"), entry.getString("detail")))
                .list();
        return agreement(row, audit);
    }

    private static GrantAgreement agreement(ResultSet row, List<AuditEntry> audit) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        Date inForce = row.getDate("entered_into_force_on");
        GrantAgreement agreement = new GrantAgreement(new GrantAgreementId(id),
                JSON.readValue(row.getString("preparation_json"), Preparation.class),
                row.getString("prepared_by"), row.getTimestamp("prepared_at").toInstant(),
                AgreementStatus.valueOf(row.getString("status")), row.getString("pdf_sha256"),
                inForce == null ? null : inForce.toLocalDate(),
                JSON.readValue(row.getString("versions_json"), VERSIONS),
                JSON.readValue(row.getString("amendments_json"), AMENDMENTS),
                JSON.readValue(row.getString("signatures_json"), SIGNATURES), audit);
        agreement.loaded(row.getInt("row_version"));
        return agreement;
    }
}

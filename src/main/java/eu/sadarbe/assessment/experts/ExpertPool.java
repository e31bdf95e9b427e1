package eu.sadarbe.assessment.experts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.NotAnOfficerOfAgency;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;

/** The National Agencies' pools of experts and the relations recorded for them; officers keep their own pool. */
@Service
public class ExpertPool {

    private static final String COLUMNS = """
            account_id, email, display_name, national_agency_code, fields, languages, country_code, organisation_oid""";

    private final JdbcClient jdbc;
    private final AccountRegister accounts;
    private final Clock clock;

    ExpertPool(JdbcClient jdbc, AccountRegister accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Expert> of(String nationalAgencyCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment_expert WHERE national_agency_code = ? ORDER BY email")
                .param(nationalAgencyCode).query(ExpertPool::expert).list();
    }

    @Transactional(readOnly = true)
    public Optional<Expert> byAccount(AccountId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment_expert WHERE account_id = ?")
                .param(id.value()).query(ExpertPool::expert).optional();
    }

    /** The officer's view of one expert of their pool. */
    @Transactional(readOnly = true)
    public Expert expert(SignedInUser officer, AccountId id) {
        Expert expert = byAccount(id).orElseThrow(() -> new NotInPool(id.toString()));
        officer.requireOfficerOf(expert.nationalAgencyCode());
        return expert;
    }

    /** Adds an expert account to the officer's pool, or corrects the entry. */
    @Transactional
    public Expert keep(SignedInUser officer, String email, List<String> fields, List<String> languages,
                       String countryCode, @Nullable String organisationOid) {
        String agency = officer.requireOfficerAgency();
        AccountSummary account = accounts.byEmail(email.strip())
                .filter(found -> found.roles().contains(Role.EXPERT))
                .orElseThrow(() -> new NotInPool(email));
        Optional<Expert> earlier = byAccount(account.id());
        if (earlier.isPresent() && !earlier.get().nationalAgencyCode().equals(agency)) {
            throw new NotAnOfficerOfAgency(earlier.get().nationalAgencyCode());
        }
        Expert expert = new Expert(account.id(), account.email(), account.displayName(), agency, fields, languages,
                countryCode, organisationOid == null || organisationOid.isBlank() ? null : organisationOid.strip());
        if (earlier.isPresent()) {
            jdbc.sql("""
                            UPDATE assessment_expert SET fields = ?, languages = ?, country_code = ?,
                                organisation_oid = ? WHERE account_id = ?""")
                    .params(String.join(",", expert.fields()), String.join(",", expert.languages()),
                            expert.countryCode(), expert.organisationOid(), account.id().value())
                    .update();
        } else {
            jdbc.sql("INSERT INTO assessment_expert (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(account.id().value(), expert.email(), expert.displayName(), agency,
                            String.join(",", expert.fields()), String.join(",", expert.languages()),
                            expert.countryCode(), expert.organisationOid())
                    .update();
        }
        return expert;
    }

    /** Records that the expert worked for or with an organisation: a conflict of interest from now on. */
    @Transactional
    public ExpertRelation recordRelation(SignedInUser officer, AccountId expertId, String organisationOid,
                                         String note) {
        expert(officer, expertId);
        ExpertRelation relation = new ExpertRelation(UUID.randomUUID(), expertId, organisationOid.strip(),
                note.strip(), officer.email(), clock.instant());
        jdbc.sql("""
                        INSERT INTO assessment_expert_relation (id, expert_id, organisation_oid, note, recorded_by,
                            recorded_at) VALUES (?, ?, ?, ?, ?, ?)""")
                .params(relation.id(), expertId.value(), relation.organisationOid(), relation.note(),
                        relation.recordedBy(), Timestamp.from(relation.recordedAt()))
                .update();
        return relation;
    }

    @Transactional
    public void forgetRelation(SignedInUser officer, AccountId expertId, UUID relationId) {
        expert(officer, expertId);
        jdbc.sql("DELETE FROM assessment_expert_relation WHERE id = ? AND expert_id = ?")
                .params(relationId, expertId.value()).update();
    }

    @Transactional(readOnly = true)
    public List<ExpertRelation> relationsOf(AccountId expertId) {
        return jdbc.sql("""
                        SELECT id, expert_id, organisation_oid, note, recorded_by, recorded_at
                        FROM assessment_expert_relation WHERE expert_id = ? ORDER BY recorded_at, id""")
                .param(expertId.value())
                .query((row, number) -> new ExpertRelation(row.getObject("id", UUID.class),
                        new AccountId(row.getObject("expert_id", UUID.class)), row.getString("organisation_oid"),
                        row.getString("note"), row.getString("recorded_by"),
                        row.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    private static Expert expert(ResultSet row, int number) throws SQLException {
        return new Expert(new AccountId(row.getObject("account_id", UUID.class)), row.getString("email"),
                row.getString("display_name"), row.getString("national_agency_code"),
                Expert.split(row.getString("fields")), Expert.split(row.getString("languages")),
                row.getString("country_code"), row.getString("organisation_oid"));
    }
}

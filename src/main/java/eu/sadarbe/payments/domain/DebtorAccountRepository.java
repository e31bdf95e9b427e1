package eu.sadarbe.payments.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the agencies' debtor accounts. */
@Repository
public class DebtorAccountRepository {

    private final JdbcClient jdbc;

    DebtorAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DebtorAccount> of(String agencyCode) {
        return jdbc.sql("SELECT * FROM payment_debtor_account WHERE agency_code = ?").param(agencyCode)
                .query((row, n) -> new DebtorAccount(row.getString("agency_code"), row.getString("iban"),
                        row.getString("bic"), row.getString("updated_by"), row.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    public List<DebtorAccount> all() {
        return jdbc.sql("SELECT * FROM payment_debtor_account ORDER BY agency_code")
                .query((row, n) -> new DebtorAccount(row.getString("agency_code"), row.getString("iban"),
                        row.getString("bic"), row.getString("updated_by"), row.getTimestamp("updated_at").toInstant()))
                .list();
    }

    public void save(String agencyCode, String iban, String bic, String by, Instant at) {
        int updated = jdbc.sql("UPDATE payment_debtor_account SET iban = ?, bic = ?, updated_by = ?, updated_at = ? "
                        + "WHERE agency_code = ?")
                .params(iban, bic, by, Timestamp.from(at), agencyCode).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO payment_debtor_account (agency_code, iban, bic, updated_by, updated_at) "
                            + "VALUES (?, ?, ?, ?, ?)")
                    .params(agencyCode, iban, bic, by, Timestamp.from(at)).update();
        }
    }
}

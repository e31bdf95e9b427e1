package eu.sadarbe.payments.domain;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.grants.PaymentScheme;
import eu.sadarbe.payments.PaymentKind;
import eu.sadarbe.payments.PaymentRefused;

/** Every SQL statement of payments' agreements and orders: the aggregate's rows, and the lists that read them. */
@Repository
public class PaymentOrderRepository {

    private static final String LINE = """
            SELECT o.id, o.agreement_id, a.agreement_number, a.application_id, a.application_number,
                   a.beneficiary_name, a.agency_code, a.action_type, a.call_year, a.round_number, o.kind, o.amount,
                   o.reduction, o.due_on, o.state, o.iban, o.bic, o.paid_on, o.bank_reference, a.shares_unconfirmed
              FROM payment_order o JOIN payment_agreement a ON a.agreement_id = o.agreement_id
            """;

    private final JdbcClient jdbc;

    PaymentOrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(GrantAgreementId id) {
        return jdbc.sql("SELECT COUNT(*) FROM payment_agreement WHERE agreement_id = ?").param(id.value())
                .query(Integer.class).single() > 0;
    }

    /** The agreement's payments, its row locked until the transaction ends so that changes queue up. */
    public Optional<AgreementPayments> lock(GrantAgreementId id) {
        return load(id, " FOR UPDATE");
    }

    /** The agreement's payments to read (no lock: read-only transactions may not lock on PostgreSQL). */
    public Optional<AgreementPayments> read(GrantAgreementId id) {
        return load(id, "");
    }

    private Optional<AgreementPayments> load(GrantAgreementId id, String lock) {
        Optional<AgreementTerms> agreement = jdbc.sql("SELECT * FROM payment_agreement WHERE agreement_id = ?" + lock)
                .param(id.value()).query((row, n) -> agreement(row)).optional();
        return agreement.map(terms -> new AgreementPayments(terms, jdbc.sql(
                        "SELECT * FROM payment_order WHERE agreement_id = ?").param(id.value())
                .query((row, n) -> order(row)).list()));
    }

    public Optional<GrantAgreementId> agreementOf(UUID orderId) {
        return jdbc.sql("SELECT agreement_id FROM payment_order WHERE id = ?").param(orderId)
                .query((row, n) -> new GrantAgreementId(row.getObject(1, UUID.class))).optional();
    }

    public Optional<AgreementTerms> agreement(GrantAgreementId id) {
        return jdbc.sql("SELECT * FROM payment_agreement WHERE agreement_id = ?").param(id.value())
                .query((row, n) -> agreement(row)).optional();
    }

    public void insert(AgreementPayments payments, Instant now) {
        AgreementTerms a = payments.agreement();
        PaymentTerms t = a.terms();
        jdbc.sql("""
                INSERT INTO payment_agreement (agreement_id, agreement_number, application_id, application_number,
                    agency_code, action_type, call_year, round_number, scheme, awarded_total, final_grant,
                    entered_into_force_on, project_start, project_end, beneficiary_name, iban, bic, first_share,
                    second_share, shares_unconfirmed, due_days, use_threshold, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.agreementId().value(), a.agreementNumber(), a.applicationId().value(),
                        a.applicationNumber(), a.agencyCode(), a.actionType(), a.callYear(), a.roundNumber(),
                        t.scheme().name(), a.awardedTotal(), a.finalGrant(), Date.valueOf(a.enteredIntoForceOn()),
                        Date.valueOf(a.projectStart()), Date.valueOf(a.projectEnd()), a.beneficiaryName(), a.iban(),
                        a.bic(), t.firstShare(), t.secondShare(), t.sharesUnconfirmed(), t.dueDays(),
                        t.useThreshold(), Timestamp.from(now))
                .update();
        saveOrders(payments);
    }

    /** Saves the agreement's changes; an order changed by someone else meanwhile is a {@link PaymentRefused}. */
    public void update(AgreementPayments payments, Instant now) {
        AgreementTerms a = payments.agreement();
        jdbc.sql("""
                UPDATE payment_agreement SET awarded_total = ?, final_grant = ?, project_end = ?, iban = ?, bic = ?,
                    updated_at = ? WHERE agreement_id = ?""")
                .params(a.awardedTotal(), a.finalGrant(), Date.valueOf(a.projectEnd()), a.iban(), a.bic(),
                        Timestamp.from(now), a.agreementId().value())
                .update();
        saveOrders(payments);
    }

    private void saveOrders(AgreementPayments payments) {
        for (PaymentOrder o : payments.orders()) {
            if (!o.isChanged()) {
                continue;
            }
            if (!o.isPersisted()) {
                jdbc.sql("""
                        INSERT INTO payment_order (id, agreement_id, kind, amount, reduction, due_on, state, iban, bic,
                            paid_on, bank_reference, marked_by, marked_at, created_at, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                        .params(o.id(), o.agreementId().value(), o.kind().name(), o.amount(), o.reduction(),
                                Date.valueOf(o.dueOn()), o.state().name(), o.iban(), o.bic(), date(o.paidOn()),
                                o.bankReference(), o.markedBy(), timestamp(o.markedAt()),
                                Timestamp.from(o.createdAt()))
                        .update();
            } else if (jdbc.sql("""
                    UPDATE payment_order SET amount = ?, reduction = ?, due_on = ?, state = ?, iban = ?, bic = ?,
                        paid_on = ?, bank_reference = ?, marked_by = ?, marked_at = ?, version = version + 1
                     WHERE id = ? AND version = ?""")
                    .params(o.amount(), o.reduction(), Date.valueOf(o.dueOn()), o.state().name(), o.iban(), o.bic(),
                            date(o.paidOn()), o.bankReference(), o.markedBy(), timestamp(o.markedAt()), o.id(),
                            o.version())
                    .update() == 0) {
                throw new PaymentRefused("payments.refused.changedMeanwhile",
                        "Payment order " + o.id() + " was changed meanwhile");
            }
            o.saved();
        }
    }

    public Optional<OrderLine> line(UUID orderId) {
        return jdbc.sql(LINE + " WHERE o.id = ?").param(orderId).query((row, n) -> line(row)).optional();
    }

    public List<OrderLine> lines(GrantAgreementId id) {
        return jdbc.sql(LINE + " WHERE o.agreement_id = ? AND o.state <> 'CANCELLED' ORDER BY o.due_on, o.kind")
                .param(id.value()).query((row, n) -> line(row)).list();
    }

    /** One page of an agency's orders, due date first (the most urgent on top). */
    public List<OrderLine> page(OrderFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        params.add(filter.size());
        params.add((long) filter.page() * filter.size());
        return jdbc.sql(LINE + where + " ORDER BY o.due_on, a.agreement_number, o.kind LIMIT ? OFFSET ?")
                .params(params).query((row, n) -> line(row)).list();
    }

    /** Count and sum of the orders the filter selects, by state. */
    public Map<OrderState, Sum> totals(OrderFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        Map<OrderState, Sum> sums = new EnumMap<>(OrderState.class);
        for (OrderState state : OrderState.values()) {
            sums.put(state, new Sum(0, BigDecimal.ZERO.setScale(2)));
        }
        jdbc.sql("SELECT o.state, COUNT(*), COALESCE(SUM(CASE WHEN o.kind = 'RECOVERY' THEN -o.amount ELSE o.amount END), 0)"
                        + " FROM payment_order o JOIN payment_agreement a ON a.agreement_id = o.agreement_id" + where
                        + " GROUP BY o.state")
                .params(params)
                .query((ResultSet row) -> {
                    sums.put(OrderState.valueOf(row.getString(1)),
                            new Sum(row.getLong(2), row.getBigDecimal(3).setScale(2)));
                });
        return sums;
    }

    /** The credit transfers of an agency due by a date: orders still due, recoveries left out (money coming back). */
    public List<OrderLine> transfersDueBy(String agencyCode, LocalDate dueBy) {
        return jdbc.sql(LINE + " WHERE a.agency_code = ? AND o.state = 'DUE' AND o.kind <> 'RECOVERY' AND o.due_on <= ?"
                        + " ORDER BY o.due_on, a.agreement_number, o.kind")
                .params(agencyCode, Date.valueOf(dueBy)).query((row, n) -> line(row)).list();
    }

    /** The rounds and action types an agency has orders in, for the filter's choices. */
    public List<String> rounds(String agencyCode) {
        return jdbc.sql("SELECT DISTINCT call_year, round_number FROM payment_agreement WHERE agency_code = ? "
                        + "AND round_number IS NOT NULL ORDER BY call_year, round_number")
                .param(agencyCode).query((row, n) -> row.getInt(1) + "/" + row.getInt(2)).list();
    }

    public List<String> actionTypes(String agencyCode) {
        return jdbc.sql("SELECT DISTINCT action_type FROM payment_agreement WHERE agency_code = ? ORDER BY action_type")
                .param(agencyCode).query(String.class).list();
    }

    /** How many orders were marked made by a name, for the demo's one paid order. */
    public int madeBy(String markedBy) {
        return jdbc.sql("SELECT COUNT(*) FROM payment_order WHERE marked_by = ?").param(markedBy)
                .query(Integer.class).single();
    }

    /** Orders of a kind recorded made by that user (the demo pays each kind once). */
    public int madeBy(String markedBy, eu.sadarbe.payments.PaymentKind kind) {
        return jdbc.sql("SELECT COUNT(*) FROM payment_order WHERE marked_by = ? AND kind = ?")
                .params(markedBy, kind.name()).query(Integer.class).single();
    }

    /** Whether the agreement belongs to a round: the demo pays only its own decided round's agreements. */
    public boolean isOfRound(UUID agreementId, String agencyCode, int callYear, int roundNumber) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM payment_agreement
                        WHERE agreement_id = ? AND agency_code = ? AND call_year = ? AND round_number = ?""")
                .params(agreementId, agencyCode, callYear, roundNumber).query(Integer.class).single() > 0;
    }

    private static String where(OrderFilter filter, List<Object> params) {
        StringBuilder where = new StringBuilder(" WHERE a.agency_code = ?");
        params.add(filter.agencyCode());
        if (filter.state() != null) {
            where.append(" AND o.state = ?");
            params.add(filter.state().name());
        } else {
            where.append(" AND o.state <> 'CANCELLED'");
        }
        if (filter.dueFrom() != null) {
            where.append(" AND o.due_on >= ?");
            params.add(Date.valueOf(filter.dueFrom()));
        }
        if (filter.dueTo() != null) {
            where.append(" AND o.due_on <= ?");
            params.add(Date.valueOf(filter.dueTo()));
        }
        if (filter.callYear() != null && filter.roundNumber() != null) {
            where.append(" AND a.call_year = ? AND a.round_number = ?");
            params.add(filter.callYear());
            params.add(filter.roundNumber());
        }
        if (filter.actionType() != null) {
            where.append(" AND a.action_type = ?");
            params.add(filter.actionType());
        }
        return where.toString();
    }

    private static AgreementTerms agreement(ResultSet row) throws SQLException {
        PaymentTerms terms = new PaymentTerms(PaymentScheme.valueOf(row.getString("scheme")),
                row.getBigDecimal("first_share"), row.getBigDecimal("second_share"),
                row.getBoolean("shares_unconfirmed"), row.getInt("due_days"), row.getBigDecimal("use_threshold"));
        int round = row.getInt("round_number");
        Integer roundNumber = row.wasNull() ? null : round;
        return new AgreementTerms(new GrantAgreementId(row.getObject("agreement_id", UUID.class)),
                row.getString("agreement_number"), new ApplicationId(row.getObject("application_id", UUID.class)),
                row.getString("application_number"), row.getString("agency_code"), row.getString("action_type"),
                row.getInt("call_year"), roundNumber, row.getBigDecimal("awarded_total"),
                row.getBigDecimal("final_grant"), row.getDate("entered_into_force_on").toLocalDate(),
                row.getDate("project_start").toLocalDate(), row.getDate("project_end").toLocalDate(),
                row.getString("beneficiary_name"), row.getString("iban"), row.getString("bic"), terms);
    }

    private static PaymentOrder order(ResultSet row) throws SQLException {
        Timestamp markedAt = row.getTimestamp("marked_at");
        return new PaymentOrder(row.getObject("id", UUID.class),
                new GrantAgreementId(row.getObject("agreement_id", UUID.class)),
                PaymentKind.valueOf(row.getString("kind")), row.getBigDecimal("amount"),
                row.getBigDecimal("reduction"), row.getDate("due_on").toLocalDate(),
                OrderState.valueOf(row.getString("state")), row.getString("iban"), row.getString("bic"),
                localDate(row.getDate("paid_on")), row.getString("bank_reference"), row.getString("marked_by"),
                markedAt == null ? null : markedAt.toInstant(), row.getTimestamp("created_at").toInstant(),
                row.getInt("version"));
    }

    private static OrderLine line(ResultSet row) throws SQLException {
        int round = row.getInt(10);
        Integer roundNumber = row.wasNull() ? null : round;
        return new OrderLine(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(3),
                row.getObject(4, UUID.class), row.getString(5), row.getString(6), row.getString(7),
                row.getString(8), row.getInt(9), roundNumber, PaymentKind.valueOf(row.getString(11)),
                row.getBigDecimal(12), row.getBigDecimal(13), row.getDate(14).toLocalDate(),
                OrderState.valueOf(row.getString(15)), row.getString(16), row.getString(17),
                localDate(row.getDate(18)), row.getString(19), row.getBoolean(20));
    }

    private static @Nullable LocalDate localDate(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static @Nullable Date date(@Nullable LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    /** How many orders and how much, a recovery counted negative. */
    public record Sum(long count, BigDecimal amount) {
    }
}

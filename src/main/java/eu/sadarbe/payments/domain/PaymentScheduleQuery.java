package eu.sadarbe.payments.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.payments.PaymentKind;
import eu.sadarbe.payments.PaymentSchedule;

/** {@link PaymentSchedule} read straight from the payment orders: one query per call. */
@Component
class PaymentScheduleQuery implements PaymentSchedule {

    private static final String COLUMNS = "o.id, o.agreement_id, o.kind, o.amount, o.due_on, o.state, o.paid_on";

    private final JdbcClient jdbc;

    PaymentScheduleQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ScheduledPayment> ofAgency(String agencyCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payment_order o JOIN payment_agreement a "
                        + "ON a.agreement_id = o.agreement_id WHERE a.agency_code = ? ORDER BY o.agreement_id, o.due_on")
                .param(agencyCode).query(PaymentScheduleQuery::payment).list();
    }

    @Override
    public List<ScheduledPayment> ofAgreement(GrantAgreementId agreementId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payment_order o WHERE o.agreement_id = ? ORDER BY o.due_on")
                .param(agreementId.value()).query(PaymentScheduleQuery::payment).list();
    }

    private static ScheduledPayment payment(ResultSet row, int number) throws SQLException {
        java.sql.Date paid = row.getDate("paid_on");
        return new ScheduledPayment(row.getObject("id", UUID.class),
                new GrantAgreementId(row.getObject("agreement_id", UUID.class)),
                PaymentKind.valueOf(row.getString("kind")), row.getBigDecimal("amount"),
                row.getDate("due_on").toLocalDate(), row.getString("state"), paid == null ? null : paid.toLocalDate());
    }
}

package eu.sadarbe.payments.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.grants.AgreementAmended;
import eu.sadarbe.grants.AgreementEnteredIntoForce;
import eu.sadarbe.grants.BankAccountChanged;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.payments.PaymentKind;
import eu.sadarbe.payments.PaymentRefused;
import eu.sadarbe.payments.PaymentMade;

/**
 * Payment orders arise from the grants module's events (R-PAY-01) and from reporting's use cases (R-PAY-02, the
 * balance), and the agency's officers record them made. Recording a disbursement publishes {@link PaymentMade}; a
 * recovery received is money coming back, not a disbursement of the grant, so it is recorded but not published (open
 * data lists what was paid out; the final grant, not the recovery, is what the next issue publishes).
 */
@Service
public class PaymentDesk {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentDesk.class);
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final PaymentOrderRepository repository;
    private final PaymentAccess access;
    private final RuleBook rules;
    private final ApplicationRegister applications;
    private final CallRounds rounds;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaymentDesk(PaymentOrderRepository repository, PaymentAccess access, RuleBook rules,
                ApplicationRegister applications, CallRounds rounds, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.rules = rules;
        this.applications = applications;
        this.rounds = rounds;
        this.events = events;
        this.clock = clock;
    }

    /** R-PAY-01: the agreement is in force; its first pre-financing (and a second instalment) become orders. */
    @ApplicationModuleListener
    void on(AgreementEnteredIntoForce entered) {
        if (repository.exists(entered.agreementId())) {
            return;   // the same event again (republished after a restart)
        }
        Integer roundNumber = applications.find(entered.applicationId())
                .flatMap(application -> rounds.find(application.round()))
                .map(CallRoundSummary::roundNumber).orElse(null);
        PaymentTerms terms = PaymentTerms.of(entered.scheme(),
                rules.parametersFor(entered.callYear(), entered.actionType()));
        AgreementTerms agreement = new AgreementTerms(entered.agreementId(), entered.agreementNumber(),
                entered.applicationId(), entered.applicationNumber(), entered.agencyCode(), entered.actionType(),
                entered.callYear(), roundNumber, PaymentOrder.cents(entered.awardedTotal()), null,
                entered.enteredIntoForceOn(), entered.projectStart(), entered.projectEnd(), entered.beneficiaryName(),
                entered.iban(), entered.bic(), terms);
        AgreementPayments payments = AgreementPayments.enteredIntoForce(agreement, clock.instant());
        repository.insert(payments, clock.instant());
        events.publishEvent(new PaymentsOrdered(entered.agreementId(), entered.agencyCode()));
    }

    /** An approved amendment: what is not yet paid follows the new awarded total. */
    @ApplicationModuleListener
    void on(AgreementAmended amended) {
        repository.lock(amended.agreementId()).ifPresentOrElse(payments -> {
            payments.amended(amended.awardedTotal(), amended.projectEnd());
            repository.update(payments, clock.instant());
        }, () -> LOG.warn("Amendment of agreement {} not in force in payments", amended.agreementId()));
    }

    /** A bank account change: orders not yet made are paid into the new account. */
    @ApplicationModuleListener
    void on(BankAccountChanged changed) {
        repository.lock(changed.agreementId()).ifPresentOrElse(payments -> {
            payments.bankAccountChanged(changed.iban(), changed.bic());
            repository.update(payments, clock.instant());
        }, () -> LOG.warn("Bank account change of agreement {} not in force in payments", changed.agreementId()));
    }

    @Transactional
    public UUID interimReportApproved(GrantAgreementId id, BigDecimal amountUsedOfPreviousPrefinancing) {
        AgreementPayments payments = repository.lock(id).orElseThrow(() -> notKnownYet(id));
        PaymentOrder order = payments.interimReportApproved(amountUsedOfPreviousPrefinancing, today(), clock.instant());
        repository.update(payments, clock.instant());
        return order.id();
    }

    @Transactional
    public Optional<UUID> finalGrantSettled(GrantAgreementId id, BigDecimal finalGrant) {
        AgreementPayments payments = repository.lock(id).orElseThrow(() -> notKnownYet(id));
        Optional<PaymentOrder> order = payments.finalGrantSettled(finalGrant, today(), clock.instant());
        repository.update(payments, clock.instant());
        order.ifPresent(made -> events.publishEvent(new SettlementOrdered(id, made.id(), made.kind())));
        return order.map(PaymentOrder::id);
    }

    /**
     * Payments has no orders for the agreement: its entry into force has not reached payments yet (the listener runs
     * after the grants' transaction), or it never entered into force. The report waits; the officer is told why.
     */
    private static PaymentRefused notKnownYet(GrantAgreementId id) {
        return new PaymentRefused("payments.refused.notKnownYet",
                "Payments has no orders for agreement " + id + " yet");
    }

    /** An officer of the agreement's agency records an order paid (or a recovery received). */
    @Transactional
    public OrderLine markMade(UUID orderId, LocalDate paidOn, String bankReference, SignedInUser user) {
        GrantAgreementId agreementId = repository.agreementOf(orderId)
                .orElseThrow(() -> new UnknownPayment(orderId.toString()));
        AgreementPayments payments = repository.lock(agreementId).orElseThrow();
        user.requireOfficerOf(payments.agreement().agencyCode());
        return markMade(payments, orderId, paidOn, bankReference, user.email());
    }

    /** Marks an order made on behalf of {@code by} (the demo data, the statement import after its own checks). */
    @Transactional
    public OrderLine markMadeAs(UUID orderId, LocalDate paidOn, String bankReference, String by) {
        GrantAgreementId agreementId = repository.agreementOf(orderId)
                .orElseThrow(() -> new UnknownPayment(orderId.toString()));
        return markMade(repository.lock(agreementId).orElseThrow(), orderId, paidOn, bankReference, by);
    }

    private OrderLine markMade(AgreementPayments payments, UUID orderId, LocalDate paidOn, String bankReference,
                               String by) {
        if (paidOn.isAfter(today())) {
            throw new PaymentRefused("payments.refused.future", "A payment cannot be made on a future date");
        }
        PaymentOrder order = payments.order(orderId).orElseThrow();
        order.markMade(paidOn, bankReference, by, clock.instant());
        repository.update(payments, clock.instant());
        AgreementTerms agreement = payments.agreement();
        if (order.kind() != PaymentKind.RECOVERY) {
            events.publishEvent(new PaymentMade(order.id(), agreement.agreementId(), agreement.applicationId(),
                    agreement.applicationNumber(), agreement.agencyCode(), order.kind(), order.amount(), paidOn));
        }
        return repository.line(orderId).orElseThrow();
    }

    /** The agreement's orders and totals, for the people of the project and its agency's officers. */
    @Transactional(readOnly = true)
    public ProjectPayments project(GrantAgreementId id, SignedInUser user) {
        AgreementTerms agreement = repository.agreement(id).orElseThrow(() -> new UnknownPayment(id.toString()));
        if (!access.mayRead(user, agreement)) {
            throw new PaymentAccess.NotAllowed("Only the project's organisations and its agency see its payments");
        }
        AgreementPayments payments = repository.read(id).orElseThrow();
        return new ProjectPayments(agreement, repository.lines(id), payments.totals());
    }

    @Transactional(readOnly = true)
    public List<OrderLine> page(OrderFilter filter, SignedInUser user) {
        user.requireOfficerOf(filter.agencyCode());
        return repository.page(filter);
    }

    @Transactional(readOnly = true)
    public java.util.Map<OrderState, PaymentOrderRepository.Sum> totals(OrderFilter filter, SignedInUser user) {
        user.requireOfficerOf(filter.agencyCode());
        return repository.totals(filter);
    }

    @Transactional(readOnly = true)
    public List<OrderLine> transfersDueBy(String agencyCode, LocalDate dueBy, SignedInUser user) {
        user.requireOfficerOf(agencyCode);
        return repository.transfersDueBy(agencyCode, dueBy);
    }

    @Transactional(readOnly = true)
    public BigDecimal paidSoFar(GrantAgreementId id) {
        return repository.read(id).map(payments -> payments.totals().paid()).orElse(BigDecimal.ZERO.setScale(2));
    }

    public java.util.Optional<OrderLine> line(UUID orderId) {
        return repository.line(orderId);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(BRUSSELS));
    }

    /** An agreement's payments as its project sees them. */
    public record ProjectPayments(AgreementTerms agreement, List<OrderLine> orders, AgreementPayments.Totals totals) {
    }
}

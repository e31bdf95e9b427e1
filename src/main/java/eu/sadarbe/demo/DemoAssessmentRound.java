package eu.sadarbe.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.calls.CallRounds;

/**
 * A closed demo round for the back office: 44 applications submitted before its deadline (29.10.2020 12:00
 * Brussels) by Latvian schools, VET schools, adult-education providers (VIAA, LV01) and youth organisations
 * (JSPA, LV02), started and submitted through the ordinary drafting and submission use cases with the demo's clock
 * set to the past moments they were started and submitted ({@link PastSubmissions}). Three have a problem only the
 * formal check finds (an unregistered partner, a partner whose registered country differs). Seeded once: a restart
 * on the same database finds the round and stops.
 */
@Component
@Profile("demo")
public class DemoAssessmentRound {

    private static final Logger LOG = LoggerFactory.getLogger(DemoAssessmentRound.class);

    public static final String LABEL = "Demo assessment round (closed)";
    static final String LABEL_LV = "Demonstrācijas vērtēšanas kārta (slēgta)";
    public static final LocalDateTime DEADLINE = LocalDateTime.of(2020, 10, 29, 12, 0);
    public static final String COORDINATORS = DemoAccounts.COORDINATORS;

    private final CallRounds rounds;
    private final AccountRegister accounts;
    private final PastSubmissions past;
    private final TransactionTemplate transaction;

    DemoAssessmentRound(CallRounds rounds, AccountRegister accounts, PastSubmissions past,
                        PlatformTransactionManager transactions) {
        this.rounds = rounds;
        this.accounts = accounts;
        this.past = past;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * First of the demo rounds made at start-up: application numbers count per agency and call year, so the decided
     * demo round ({@link DemoDecidedAssessments}, same call year) comes after it and these keep 000001-000044.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE - 30)
    void seed() {
        var coordinators = accounts.byEmail(COORDINATORS);
        if (coordinators.isEmpty() || rounds.all().stream().anyMatch(round -> LABEL.equals(round.label()))) {
            return;
        }
        long started = System.nanoTime();
        past.inThePast(() -> transaction.executeWithoutResult(status -> seed(coordinators.get())));
        LOG.info("Demo assessment round: {} submitted applications seeded in {} ms", DemoApplications.COUNT,
                (System.nanoTime() - started) / 1_000_000);
    }

    private void seed(AccountSummary coordinators) {
        CallRoundSummary round = rounds.define(2020, 2, LABEL, LABEL_LV, Set.of("KA201", "KA202", "KA204", "KA205"),
                DEADLINE, "demo");
        Instant deadline = DEADLINE.atZone(CallRoundSummary.BRUSSELS).toInstant();
        List<String> documents = DemoApplications.documents();
        for (int index = 0; index < documents.size(); index++) {
            // Submissions spread over the last ten days before the deadline, the latest an hour before it.
            Instant submittedAt = deadline.minus(Duration.ofMinutes(60 + (index * 337L) % 14_400));
            past.submit(coordinators, documents.get(index), round.id(),
                    submittedAt.minus(Duration.ofDays(20 + index % 9)), submittedAt);
        }
    }
}

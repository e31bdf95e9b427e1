package eu.sadarbe.statistics.domain;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.assessment.AssessmentCompleted;
import eu.sadarbe.assessment.CriterionScore;
import eu.sadarbe.assessment.FormalCheckCompleted;
import eu.sadarbe.grants.AgreementEnteredIntoForce;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.grants.PaymentScheme;
import eu.sadarbe.reporting.ProjectCompleted;
import eu.sadarbe.selection.RankingKey;

/**
 * A ranking of a test's own (2014 round 1, KA201) under an agency code nobody else uses, and the events of each step
 * for its applications: the assessment and selection events go straight to the statistics' listeners (other modules
 * would refuse an agency that does not exist); the grant agreement and completion events are published for real.
 * For {@link StatisticsIntakeTests} (the figures, a module test) and {@link StatisticsPublicationTests} (the same
 * figures on the API, the page and the CSV, on the whole application).
 */
final class OwnRanking {

    final String agency = "Z" + (char) ('A' + ThreadLocalRandom.current().nextInt(26))
            + String.format("%02d", ThreadLocalRandom.current().nextInt(100));
    final RankingKey ranking = new RankingKey(agency, 2014, 1, "KA201");
    final StatisticsFilter filter = new StatisticsFilter(2014, 1, agency, null, null, null);

    private final StatisticsIntake intake;
    private final ProgrammeStatistics statistics;
    private final ApplicationEventPublisher events;
    private final PlatformTransactionManager transactions;

    OwnRanking(StatisticsIntake intake, ProgrammeStatistics statistics, ApplicationEventPublisher events,
               PlatformTransactionManager transactions) {
        this.intake = intake;
        this.statistics = statistics;
        this.events = events;
        this.transactions = transactions;
    }

    /** The listeners run after commit on their own threads, as for published events: wait for each step. */
    void until(Predicate<Figures> reached) {
        await().atMost(Duration.ofSeconds(30)).until(() -> reached.test(statistics.report(filter).total()));
    }

    void checked(ApplicationId id, boolean eligible) {
        intake.on(new FormalCheckCompleted(id, UUID.randomUUID(), number(id), agency, 2014, 1, "KA201", eligible,
                eligible ? "" : "A partner is not in a Programme Country", eligible ? List.of() : List.of("R-ELIG-02"),
                UUID.randomUUID(), now()));
    }

    void assessed(ApplicationId id, int total, String requested) {
        intake.on(new AssessmentCompleted(id, UUID.randomUUID(), number(id), agency, 2014, 1, "KA201",
                List.of(new CriterionScore("relevance", total * 30 / 100, 30, List.of()),
                        new CriterionScore("design", total * 20 / 100, 20, List.of()),
                        new CriterionScore("team", total * 20 / 100, 20, List.of()),
                        new CriterionScore("impact", total * 30 / 100, 30, List.of())),
                total, total >= 60, new BigDecimal(requested), null, UUID.randomUUID(), now()));
    }

    AgreementEnteredIntoForce inForce(GrantAgreementId agreement, ApplicationId application, String total) {
        return new AgreementEnteredIntoForce(agreement, "2014-1-" + agency + "-KA201-" + agreement.value(),
                application, number(application), agency, "KA201", 2014, PaymentScheme.ONE_PREFINANCING,
                new BigDecimal(total), LocalDate.of(2014, 8, 20), LocalDate.of(2014, 9, 1), LocalDate.of(2016, 8, 31),
                "Statistikas skola", "E10000101", "LV80BANK0000435195001", "HABALV22");
    }

    ProjectCompleted completed(GrantAgreementId agreement, ApplicationId application, String awarded,
                               String finalGrant, String reduction, boolean last) {
        return new ProjectCompleted(agreement, application, number(application), agency, "KA201", 2014,
                new BigDecimal(awarded), new BigDecimal(finalGrant), 70, new BigDecimal(reduction),
                "What the schools achieved.", "Ko skolas paveica.", "lv", LocalDate.of(2016, 10, 30), last);
    }

    void publish(Object event) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
    }

    String number(ApplicationId id) {
        return "2014-1-" + agency + "-KA201-" + id.value().toString().substring(0, 6);
    }

    static ApplicationId id() {
        return new ApplicationId(UUID.randomUUID());
    }

    static Instant now() {
        return Instant.now();
    }
}

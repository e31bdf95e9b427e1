package eu.sadarbe.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionOperations;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.grants.AgreementAmended;
import eu.sadarbe.grants.AgreementEnteredIntoForce;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.grants.PaymentScheme;
import eu.sadarbe.reporting.ProjectCompleted;
import eu.sadarbe.selection.ApplicationPlacedOnReserve;
import eu.sadarbe.selection.ApplicationRejected;
import eu.sadarbe.selection.ApplicationSelected;
import eu.sadarbe.selection.RankingKey;
import eu.sadarbe.statistics.domain.Figures;
import eu.sadarbe.statistics.domain.ProgrammeStatistics;
import eu.sadarbe.statistics.domain.StatisticsFilter;

/**
 * The statistics module with everything it depends on (reporting and the modules before it), no demo data, and
 * Spring Modulith's {@link Scenario}: the decisions of selection (the latest counts, R-AWD-05), the agreements in
 * force and their amendments of grants and the completions of reporting reach the public figures. A module test
 * (issue #14, item 8). Each test has a ranking of its own, under an agency code nobody else uses, and reads only its
 * figures; the events of the steps before the decision would reach the assessment and selection modules' listeners,
 * which need a real submission, so the decisions are where these tests start.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class StatisticsModuleTests {

    @Autowired ProgrammeStatistics statistics;

    String agency;
    RankingKey ranking;
    StatisticsFilter filter;

    @BeforeEach
    void ownRanking() {
        // X and three letters or digits: 46,656 codes, none a real agency's and none StatisticsCellsTests' (Y…)
        StringBuilder code = new StringBuilder("X");
        for (int i = 0; i < 3; i++) {
            code.append("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".charAt(ThreadLocalRandom.current().nextInt(36)));
        }
        agency = code.toString();
        ranking = new RankingKey(agency, 2015, 2, "KA201");
        filter = new StatisticsFilter(2015, 2, agency, null, null, null);
    }

    @Test
    void theLatestDecisionOfEachApplicationCountsR_AWD_05(Scenario scenario) {
        ApplicationId a = id(), b = id(), c = id(), d = id();
        publishing(scenario,
                selected(a, "90000.00"),
                selected(b, "50000.00"),
                new ApplicationPlacedOnReserve(c, number(c), ranking, 1, UUID.randomUUID(), Instant.now()),
                new ApplicationRejected(d, number(d), ranking, "R-AWD-02", UUID.randomUUID(), Instant.now()))
                .andWaitForStateChange(this::figures,
                        seen -> seen.selected() == 2 && seen.reserve() == 1 && seen.rejected() == 1)
                .andVerify(figures -> {
                    assertThat(figures.received()).isEqualTo(4);
                    assertThat(figures.awarded().value()).isEqualByComparingTo("140000");
                });

        scenario.publish(selected(c, "60000.00"))
                .andWaitForStateChange(this::figures, seen -> seen.selected() == 3)
                .andVerify(figures -> {
                    assertThat(figures.reserve()).as("R-AWD-05: the reserve application selected after all").isZero();
                    assertThat(figures.rejected()).isEqualTo(1);
                    assertThat(figures.awarded().value()).isEqualByComparingTo("200000");
                });
    }

    @Test
    void aSelectedApplicationCountsAsContractedOnceWhateverItsAgreementsAndTheirAmendments(Scenario scenario) {
        ApplicationId a = id();
        selectedAndSeen(scenario, a, "100000.00");
        GrantAgreementId firstSchool = new GrantAgreementId(UUID.randomUUID());
        publishing(scenario,
                inForce(firstSchool, a, "50000.00"),
                inForce(new GrantAgreementId(UUID.randomUUID()), a, "45000.00"))
                .andWaitForStateChange(this::figures, seen -> seen.contracted() == 1
                        && seen.contractedAmount().value().compareTo(new BigDecimal("95000")) == 0)
                .andVerify(figures -> assertThat(figures.selected()).isEqualTo(1));

        scenario.publish(new AgreementAmended(firstSchool, 2, "BUDGET", new BigDecimal("40000.00"),
                        LocalDate.of(2017, 8, 31), Instant.now()))
                .andWaitForStateChange(() -> figures().contractedAmount().value(),
                        amount -> amount.compareTo(new BigDecimal("95000")) != 0)
                .andVerify(amount -> {
                    assertThat(amount).isEqualByComparingTo("85000");
                    assertThat(figures().contracted()).isEqualTo(1);
                });
    }

    @Test
    void aProjectCountsAsCompletedWhenItsLastAgreementIsSettled(Scenario scenario) {
        ApplicationId a = id();
        selectedAndSeen(scenario, a, "100000.00");
        GrantAgreementId firstSchool = new GrantAgreementId(UUID.randomUUID());
        GrantAgreementId secondSchool = new GrantAgreementId(UUID.randomUUID());
        publishing(scenario,
                inForce(firstSchool, a, "50000.00"),
                inForce(secondSchool, a, "50000.00"))
                .andWaitForStateChange(this::figures, seen -> seen.contracted() == 1)
                .andVerify(figures -> assertThat(figures.completed().value()).isEqualByComparingTo("0"));

        publishing(scenario,
                completed(firstSchool, a, "40000.00", false),
                completed(secondSchool, a, "45000.00", true))
                .andWaitForStateChange(() -> figures().completed().value(), completed -> completed.signum() > 0)
                .andVerify(completed -> assertThat(completed).as("one project, once its last school is settled")
                        .isEqualByComparingTo("1"));
    }

    /** The events published together, in one transaction, as a module publishes what one use case decided. */
    private static Scenario.When<Void> publishing(Scenario scenario, Object... published) {
        BiConsumer<TransactionOperations, ApplicationEventPublisher> together = (transaction, events) ->
                transaction.executeWithoutResult(status -> Stream.of(published).forEach(events::publishEvent));
        return scenario.stimulate(together);
    }

    private void selectedAndSeen(Scenario scenario, ApplicationId id, String granted) {
        scenario.publish(selected(id, granted))
                .andWaitForStateChange(this::figures, seen -> seen.selected() == 1)
                .andVerify(figures -> assertThat(figures.contracted()).isZero());
    }

    private Figures figures() {
        return statistics.report(filter).total();
    }

    private ApplicationSelected selected(ApplicationId id, String granted) {
        return new ApplicationSelected(id, number(id), ranking, new BigDecimal(granted), UUID.randomUUID(),
                Instant.now());
    }

    private AgreementEnteredIntoForce inForce(GrantAgreementId agreement, ApplicationId application, String total) {
        return new AgreementEnteredIntoForce(agreement, "2015-2-" + agency + "-KA201-" + agreement.value(),
                application, number(application), agency, "KA201", 2015, PaymentScheme.ONE_PREFINANCING,
                new BigDecimal(total), LocalDate.of(2015, 8, 20), LocalDate.of(2015, 9, 1), LocalDate.of(2017, 8, 31),
                "Statistikas skola", "E10000101", "LV80BANK0000435195001", "HABALV22");
    }

    private ProjectCompleted completed(GrantAgreementId agreement, ApplicationId application, String finalGrant,
                                       boolean last) {
        return new ProjectCompleted(agreement, application, number(application), agency, "KA201", 2015,
                new BigDecimal("50000.00"), new BigDecimal(finalGrant), 70, BigDecimal.ZERO,
                "What the schools achieved.", "Ko skolas paveica.", "lv", LocalDate.of(2017, 10, 30), last);
    }

    private String number(ApplicationId id) {
        return "2015-2-" + agency + "-KA201-" + id.value().toString().substring(0, 6);
    }

    private static ApplicationId id() {
        return new ApplicationId(UUID.randomUUID());
    }
}

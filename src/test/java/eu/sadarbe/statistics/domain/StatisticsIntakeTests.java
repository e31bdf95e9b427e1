package eu.sadarbe.statistics.domain;

import static eu.sadarbe.statistics.domain.OwnRanking.id;
import static eu.sadarbe.statistics.domain.OwnRanking.now;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.transaction.PlatformTransactionManager;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.grants.AgreementAmended;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.selection.ApplicationPlacedOnReserve;
import eu.sadarbe.selection.ApplicationRejected;
import eu.sadarbe.selection.ApplicationSelected;
import eu.sadarbe.selection.RankingKey;

/**
 * The statistics of one ranking built from the events of each step (issue #20, item 4): the funnel, the latest
 * decision counting, contracted applications from grant agreements in force (one per school counts once),
 * suppression of scores and requests in groups under three, no reduction rate before a completion. The ranking is
 * this test's own ({@link OwnRanking}): an agency code nobody else uses, so the assessment and selection events go
 * straight to the statistics' listeners (other modules would refuse an agency that does not exist); the grant
 * agreement events are published for real.
 * <p>
 * A module test of statistics with everything it depends on, in the context of {@code StatisticsModuleTests}
 * (issue #14, item 8). The same figures on the API, the page and the CSV, without sign-in or session, and the
 * filters the reader's language refuses are the whole application's: {@link StatisticsPublicationTests}.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class StatisticsIntakeTests {

    @Autowired
    StatisticsIntake intake;

    @Autowired
    ProgrammeStatistics statistics;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    OwnRanking own;
    String agency;
    RankingKey ranking;
    StatisticsFilter filter;

    @BeforeEach
    void ownRanking() {
        own = new OwnRanking(intake, statistics, events, transactions);
        agency = own.agency;
        ranking = own.ranking;
        filter = own.filter;
    }

    @Test
    void countsEachStepLatestDecisionFirstAndHoldsBackWhatWouldTellOneApplication() {
        ApplicationId a = id(), b = id(), c = id(), d = id(), e = id(), f = id();
        own.checked(a, true);
        own.checked(b, true);
        own.checked(c, true);
        own.checked(d, true);
        own.checked(e, false);
        own.checked(f, true);
        // The listeners run after commit on their own threads, as for published events: wait for each step.
        own.until(seen -> seen.received() == 6 && seen.eligible() == 5 && seen.ineligible() == 1);
        own.assessed(a, 85, "100000.00");
        own.assessed(b, 80, "50000.00");
        own.assessed(c, 70, "60000.00");
        own.assessed(d, 40, "70000.00");
        own.until(seen -> seen.passed() == 3 && seen.requested().isPublished());
        intake.on(new ApplicationSelected(a, own.number(a), ranking, new BigDecimal("90000.00"),
                    UUID.randomUUID(), now()));
        intake.on(new ApplicationSelected(b, own.number(b), ranking, new BigDecimal("50000.00"),
                    UUID.randomUUID(), now()));
        intake.on(new ApplicationPlacedOnReserve(c, own.number(c), ranking, 1, UUID.randomUUID(), now()));
        intake.on(new ApplicationRejected(d, own.number(d), ranking, "R-AWD-02", UUID.randomUUID(), now()));
        intake.on(new ApplicationRejected(e, own.number(e), ranking, "R-ELIG-02", UUID.randomUUID(), now()));
        own.until(seen -> seen.selected() == 2 && seen.reserve() == 1 && seen.rejected() == 2);

        Figures figures = statistics.report(filter).total();
        assertThat(List.of(figures.received(), figures.awaitingCheck(), figures.eligible(), figures.ineligible(),
                figures.passed(), figures.selected(), figures.reserve(), figures.rejected(), figures.contracted()))
                .containsExactly(6L, 0L, 5L, 1L, 3L, 2L, 1L, 2L, 0L);
        assertThat(figures.requested()).isEqualTo(Figure.of(new BigDecimal("280000.00")));
        assertThat(figures.requestedBySelected().availability()).isEqualTo(Availability.SUPPRESSED);
        assertThat(figures.awarded().value()).isEqualByComparingTo("140000");
        assertThat(figures.completed()).isEqualTo(Figure.of(BigDecimal.ZERO));
        assertThat(figures.reductionRate().availability()).isEqualTo(Availability.NOT_YET_AVAILABLE);
        assertThat(figures.successRate()).isEqualByComparingTo("0.3333");
        assertThat(statistics.report(filter).cutOffs()).singleElement()
                .satisfies(cutOff -> assertThat(cutOff.score().availability()).isEqualTo(Availability.SUPPRESSED));

        // The reserve application is selected after all: the latest decision counts.
        intake.on(new ApplicationSelected(c, own.number(c), ranking, new BigDecimal("60000.00"),
                    UUID.randomUUID(), now()));
        own.until(seen -> seen.selected() == 3);
        StatisticsReport report = statistics.report(filter);
        assertThat(report.total().selected()).isEqualTo(3);
        assertThat(report.total().reserve()).isZero();
        assertThat(report.total().requestedBySelected().value()).isEqualByComparingTo("210000");
        assertThat(report.cutOffs()).singleElement().satisfies(cutOff -> {
            assertThat(cutOff.selected()).isEqualTo(3);
            assertThat(cutOff.score().value()).isEqualByComparingTo("70");
        });
        assertThat(report.byField()).singleElement()
                .satisfies(group -> assertThat(group.key()).isEqualTo("SCHOOL_EDUCATION"));
        assertThat(statistics.report(new StatisticsFilter(2014, 1, agency, null, "YOUTH", null)).total().received())
                .isZero();

        // Grant agreements in force, published as grants publishes them: two schools' agreements for one project.
        GrantAgreementId first = new GrantAgreementId(UUID.randomUUID());
        own.publish(own.inForce(first, a, "45000.00"));
        own.publish(own.inForce(new GrantAgreementId(UUID.randomUUID()), a, "45000.00"));
        own.publish(own.inForce(new GrantAgreementId(UUID.randomUUID()), b, "50000.00"));
        await().atMost(Duration.ofSeconds(30)).until(() -> statistics.report(filter).total().contracted() == 2
                && statistics.report(filter).total().contractedAmount().value().compareTo(new BigDecimal("140000")) == 0);
        own.publish(new AgreementAmended(first, 2, "BUDGET", new BigDecimal("40000.00"), LocalDate.of(2016, 8, 31),
                now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> statistics.report(filter).total().contractedAmount().value()
                .compareTo(new BigDecimal("135000")) == 0);
        assertThat(statistics.report(filter).total().contracted()).isEqualTo(2);
    }

    @Test
    void countsAProjectCompletedWhenItsLastAgreementIsSettledAndPublishesTheReductionRateFromThree() {
        ApplicationId a = id(), b = id(), c = id();
        for (ApplicationId each : List.of(a, b, c)) {
            own.checked(each, true);
        }
        own.until(seen -> seen.received() == 3);
        for (ApplicationId each : List.of(a, b, c)) {
            intake.on(new ApplicationSelected(each, own.number(each), ranking, new BigDecimal("100000.00"),
                    UUID.randomUUID(), now()));
        }
        GrantAgreementId firstSchool = new GrantAgreementId(UUID.randomUUID());
        GrantAgreementId secondSchool = new GrantAgreementId(UUID.randomUUID());
        GrantAgreementId ofB = new GrantAgreementId(UUID.randomUUID());
        GrantAgreementId ofC = new GrantAgreementId(UUID.randomUUID());
        own.publish(own.inForce(firstSchool, a, "50000.00"));
        own.publish(own.inForce(secondSchool, a, "50000.00"));
        own.publish(own.inForce(ofB, b, "100000.00"));
        own.publish(own.inForce(ofC, c, "100000.00"));
        own.until(seen -> seen.contracted() == 3 && seen.selected() == 3);

        // A KA229 project with one agreement per school is completed when the last school's grant is settled.
        own.publish(own.completed(firstSchool, a, "50000.00", "40000.00", "0", false));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM statistics_completion WHERE agreement_id = ?").param(firstSchool.value())
                .query(Integer.class).single() == 1);
        assertThat(statistics.report(filter).total().completed().value()).isEqualByComparingTo("0");
        own.publish(own.completed(secondSchool, a, "50000.00", "45000.00", "0", true));
        own.until(seen -> seen.completed().value().intValue() == 1);
        assertThat(statistics.report(filter).total().reductionRate().availability())
                .as("one project's final grant would show").isEqualTo(Availability.SUPPRESSED);

        own.publish(own.completed(ofB, b, "100000.00", "100000.00", "0", true));
        own.publish(own.completed(ofC, c, "100000.00", "75000.00", "0.25", true));
        own.until(seen -> seen.completed().value().intValue() == 3);
        // 1 - (40,000 + 45,000 + 100,000 + 75,000) / 300,000
        assertThat(statistics.report(filter).total().reductionRate().value()).isEqualByComparingTo("0.1333");
    }
}

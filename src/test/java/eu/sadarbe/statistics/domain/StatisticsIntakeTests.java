package eu.sadarbe.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.assessment.AssessmentCompleted;
import eu.sadarbe.assessment.CriterionScore;
import eu.sadarbe.assessment.FormalCheckCompleted;
import eu.sadarbe.grants.AgreementAmended;
import eu.sadarbe.grants.AgreementEnteredIntoForce;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.grants.PaymentScheme;
import eu.sadarbe.reporting.ProjectCompleted;
import eu.sadarbe.selection.ApplicationPlacedOnReserve;
import eu.sadarbe.selection.ApplicationRejected;
import eu.sadarbe.selection.ApplicationSelected;
import eu.sadarbe.selection.RankingKey;

/**
 * The statistics of one ranking built from the events of each step (issue #20, item 4): the funnel, the latest
 * decision counting, contracted applications from grant agreements in force (one per school counts once),
 * suppression of scores and requests in groups under three, no reduction rate before a completion, and the same
 * figures on the API, the page and the CSV, without sign-in or session. The ranking is this test's own: an agency
 * code nobody else uses, so the assessment and selection events go straight to the statistics' listeners (other
 * modules would refuse an agency that does not exist); the grant agreement events are published for real.
 */
@SadarbeTest
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
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    String agency;
    RankingKey ranking;
    StatisticsFilter filter;

    @BeforeEach
    void ownRanking() {
        agency = "Z" + (char) ('A' + ThreadLocalRandom.current().nextInt(26))
                + String.format("%02d", ThreadLocalRandom.current().nextInt(100));
        ranking = new RankingKey(agency, 2014, 1, "KA201");
        filter = new StatisticsFilter(2014, 1, agency, null, null, null);
    }

    @Test
    void countsEachStepLatestDecisionFirstAndHoldsBackWhatWouldTellOneApplication() throws Exception {
        ApplicationId a = id(), b = id(), c = id(), d = id(), e = id(), f = id();
        checked(a, true);
        checked(b, true);
        checked(c, true);
        checked(d, true);
        checked(e, false);
        checked(f, true);
        // The listeners run after commit on their own threads, as for published events: wait for each step.
        until(seen -> seen.received() == 6 && seen.eligible() == 5 && seen.ineligible() == 1);
        assessed(a, 85, "100000.00");
        assessed(b, 80, "50000.00");
        assessed(c, 70, "60000.00");
        assessed(d, 40, "70000.00");
        until(seen -> seen.passed() == 3 && seen.requested().isPublished());
        intake.on(new ApplicationSelected(a, number(a), ranking, new BigDecimal("90000.00"), UUID.randomUUID(), now()));
        intake.on(new ApplicationSelected(b, number(b), ranking, new BigDecimal("50000.00"), UUID.randomUUID(), now()));
        intake.on(new ApplicationPlacedOnReserve(c, number(c), ranking, 1, UUID.randomUUID(), now()));
        intake.on(new ApplicationRejected(d, number(d), ranking, "R-AWD-02", UUID.randomUUID(), now()));
        intake.on(new ApplicationRejected(e, number(e), ranking, "R-ELIG-02", UUID.randomUUID(), now()));
        until(seen -> seen.selected() == 2 && seen.reserve() == 1 && seen.rejected() == 2);

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
        intake.on(new ApplicationSelected(c, number(c), ranking, new BigDecimal("60000.00"), UUID.randomUUID(), now()));
        until(seen -> seen.selected() == 3);
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
        publish(inForce(first, a, "45000.00"));
        publish(inForce(new GrantAgreementId(UUID.randomUUID()), a, "45000.00"));
        publish(inForce(new GrantAgreementId(UUID.randomUUID()), b, "50000.00"));
        await().atMost(Duration.ofSeconds(30)).until(() -> statistics.report(filter).total().contracted() == 2
                && statistics.report(filter).total().contractedAmount().value().compareTo(new BigDecimal("140000")) == 0);
        publish(new AgreementAmended(first, 2, "BUDGET", new BigDecimal("40000.00"), LocalDate.of(2016, 8, 31), now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> statistics.report(filter).total().contractedAmount().value()
                .compareTo(new BigDecimal("135000")) == 0);
        assertThat(statistics.report(filter).total().contracted()).isEqualTo(2);

        // The same figures on the API, the page and the CSV, for anyone and without a session.
        MvcResult api = mvc.perform(get("/api/v1/statistics").param("callYear", "2014").param("round", "1")
                        .param("agency", agency.toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.received").value(6))
                .andExpect(jsonPath("$.total.selected").value(3))
                .andExpect(jsonPath("$.total.contracted").value(2))
                .andExpect(jsonPath("$.total.completed.availability").value("PUBLISHED"))
                .andExpect(jsonPath("$.total.completed.value").value(0))
                .andExpect(jsonPath("$.total.reductionRate.availability").value("NOT_YET_AVAILABLE"))
                .andExpect(jsonPath("$.cutOffs[0].cutOffScore.value").value(70))
                .andExpect(jsonPath("$.byActionType[0].key").value("KA201"))
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn();
        assertThat(api.getRequest().getSession(false)).isNull();

        MvcResult page = mvc.perform(get("/statistics").param("callYear", "2014").param("agency", agency)
                        .header("Accept-Language", "lv"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Šiem filtriem atbilst 6 saņemti pieteikumi.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("vēl nav pieejams")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("role=\"img\"")))
                .andReturn();
        assertThat(page.getRequest().getSession(false)).isNull();

        byte[] csv = mvc.perform(get("/statistics.csv").param("callYear", "2014").param("agency", agency))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<String> lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("Call year,Round,National Agency,Action type");
        assertThat(lines.get(1)).startsWith("2014,1," + agency + ",KA201,SCHOOL_EDUCATION,,6,0,5,1,3,3,0,2,2,")
                .contains("not yet available");
    }

    @Test
    void countsAProjectCompletedWhenItsLastAgreementIsSettledAndPublishesTheReductionRateFromThree() throws Exception {
        ApplicationId a = id(), b = id(), c = id();
        for (ApplicationId each : List.of(a, b, c)) {
            checked(each, true);
        }
        until(seen -> seen.received() == 3);
        for (ApplicationId each : List.of(a, b, c)) {
            intake.on(new ApplicationSelected(each, number(each), ranking, new BigDecimal("100000.00"),
                    UUID.randomUUID(), now()));
        }
        GrantAgreementId firstSchool = new GrantAgreementId(UUID.randomUUID());
        GrantAgreementId secondSchool = new GrantAgreementId(UUID.randomUUID());
        GrantAgreementId ofB = new GrantAgreementId(UUID.randomUUID());
        GrantAgreementId ofC = new GrantAgreementId(UUID.randomUUID());
        publish(inForce(firstSchool, a, "50000.00"));
        publish(inForce(secondSchool, a, "50000.00"));
        publish(inForce(ofB, b, "100000.00"));
        publish(inForce(ofC, c, "100000.00"));
        until(seen -> seen.contracted() == 3 && seen.selected() == 3);

        // A KA229 project with one agreement per school is completed when the last school's grant is settled.
        publish(completed(firstSchool, a, "50000.00", "40000.00", "0", false));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM statistics_completion WHERE agreement_id = ?").param(firstSchool.value())
                .query(Integer.class).single() == 1);
        assertThat(statistics.report(filter).total().completed().value()).isEqualByComparingTo("0");
        publish(completed(secondSchool, a, "50000.00", "45000.00", "0", true));
        until(seen -> seen.completed().value().intValue() == 1);
        assertThat(statistics.report(filter).total().reductionRate().availability())
                .as("one project's final grant would show").isEqualTo(Availability.SUPPRESSED);

        publish(completed(ofB, b, "100000.00", "100000.00", "0", true));
        publish(completed(ofC, c, "100000.00", "75000.00", "0.25", true));
        until(seen -> seen.completed().value().intValue() == 3);
        // 1 - (40,000 + 45,000 + 100,000 + 75,000) / 300,000
        assertThat(statistics.report(filter).total().reductionRate().value()).isEqualByComparingTo("0.1333");
        mvc.perform(get("/api/v1/statistics").param("callYear", "2014").param("agency", agency))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.completed.value").value(3))
                .andExpect(jsonPath("$.total.reductionRate.value").value(0.1333));
        mvc.perform(get("/statistics").param("callYear", "2014").param("agency", agency)
                        .header("Accept-Language", "lv"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("13,3")));
    }

    @Test
    void refusesFiltersThatCannotBeReadInTheReadersLanguage() throws Exception {
        mvc.perform(get("/api/v1/statistics").param("callYear", "20x0").header("Accept-Language", "lv"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Izvēlieties konkursa gadu no 2014. līdz 2020."))
                .andExpect(jsonPath("$.parameters[0]").value("callYear"));
        mvc.perform(get("/api/v1/statistics").param("callYear", "2013"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/statistics").param("actionType", "<script>").param("field", "SPACE"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Choose an action type, for example KA201")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Choose a field from the list")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script>"))));
        mvc.perform(get("/statistics.csv").param("country", "Latvia")).andExpect(status().isOk());
    }

    private void until(java.util.function.Predicate<Figures> reached) {
        await().atMost(Duration.ofSeconds(30)).until(() -> reached.test(statistics.report(filter).total()));
    }

    private void checked(ApplicationId id, boolean eligible) {
        intake.on(new FormalCheckCompleted(id, UUID.randomUUID(), number(id), agency, 2014, 1, "KA201", eligible,
                eligible ? "" : "A partner is not in a Programme Country", eligible ? List.of() : List.of("R-ELIG-02"),
                UUID.randomUUID(), now()));
    }

    private void assessed(ApplicationId id, int total, String requested) {
        intake.on(new AssessmentCompleted(id, UUID.randomUUID(), number(id), agency, 2014, 1, "KA201",
                List.of(new CriterionScore("relevance", total * 30 / 100, 30, List.of()),
                        new CriterionScore("design", total * 20 / 100, 20, List.of()),
                        new CriterionScore("team", total * 20 / 100, 20, List.of()),
                        new CriterionScore("impact", total * 30 / 100, 30, List.of())),
                total, total >= 60, new BigDecimal(requested), null, UUID.randomUUID(), now()));
    }

    private AgreementEnteredIntoForce inForce(GrantAgreementId agreement, ApplicationId application, String total) {
        return new AgreementEnteredIntoForce(agreement, "2014-1-" + agency + "-KA201-" + agreement.value(),
                application, number(application), agency, "KA201", 2014, PaymentScheme.ONE_PREFINANCING,
                new BigDecimal(total), LocalDate.of(2014, 8, 20), LocalDate.of(2014, 9, 1), LocalDate.of(2016, 8, 31),
                "Statistikas skola", "E10000101", "LV80BANK0000435195001", "HABALV22");
    }

    private ProjectCompleted completed(GrantAgreementId agreement, ApplicationId application, String awarded,
                                       String finalGrant, String reduction, boolean last) {
        return new ProjectCompleted(agreement, application, number(application), agency, "KA201", 2014,
                new BigDecimal(awarded), new BigDecimal(finalGrant), 70, new BigDecimal(reduction),
                "What the schools achieved.", "Ko skolas paveica.", "lv", LocalDate.of(2016, 10, 30), last);
    }

    private void publish(Object event) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
    }

    private String number(ApplicationId id) {
        return "2014-1-" + agency + "-KA201-" + id.value().toString().substring(0, 6);
    }

    private static ApplicationId id() {
        return new ApplicationId(UUID.randomUUID());
    }

    private static Instant now() {
        return Instant.now();
    }
}

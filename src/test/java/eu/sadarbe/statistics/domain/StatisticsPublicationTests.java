package eu.sadarbe.statistics.domain;

import static eu.sadarbe.statistics.domain.OwnRanking.id;
import static eu.sadarbe.statistics.domain.OwnRanking.now;
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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.grants.AgreementAmended;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.selection.ApplicationPlacedOnReserve;
import eu.sadarbe.selection.ApplicationRejected;
import eu.sadarbe.selection.ApplicationSelected;
import eu.sadarbe.selection.RankingKey;

/**
 * The statistics of one ranking on the API, the page and the CSV, for anyone and without sign-in or session, and the
 * filters that cannot be read in the reader's language (issue #20, item 4): the whole application, through the
 * security chain. The ranking is this test's own ({@link OwnRanking}), taken through the steps of
 * {@link StatisticsIntakeTests}, which checks the figures themselves as a module test (issue #14, item 8).
 */
@SadarbeTest
class StatisticsPublicationTests {

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
    JdbcClient jdbc;

    OwnRanking own;
    String agency;
    RankingKey ranking;

    @BeforeEach
    void ownRanking() {
        own = new OwnRanking(intake, statistics, events, transactions);
        agency = own.agency;
        ranking = own.ranking;
    }

    /** The steps of {@code StatisticsIntakeTests.countsEachStepLatestDecisionFirst…}, and then what they show. */
    @Test
    void showsTheFiguresOfEachStepOnTheApiThePageAndTheCsvForAnyoneWithoutASession() throws Exception {
        ApplicationId a = id(), b = id(), c = id(), d = id(), e = id(), f = id();
        own.checked(a, true);
        own.checked(b, true);
        own.checked(c, true);
        own.checked(d, true);
        own.checked(e, false);
        own.checked(f, true);
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
        intake.on(new ApplicationSelected(c, own.number(c), ranking, new BigDecimal("60000.00"),
                UUID.randomUUID(), now()));
        own.until(seen -> seen.selected() == 3);
        GrantAgreementId first = new GrantAgreementId(UUID.randomUUID());
        own.publish(own.inForce(first, a, "45000.00"));
        own.publish(own.inForce(new GrantAgreementId(UUID.randomUUID()), a, "45000.00"));
        own.publish(own.inForce(new GrantAgreementId(UUID.randomUUID()), b, "50000.00"));
        own.until(seen -> seen.contracted() == 2
                && seen.contractedAmount().value().compareTo(new BigDecimal("140000")) == 0);
        own.publish(new AgreementAmended(first, 2, "BUDGET", new BigDecimal("40000.00"), LocalDate.of(2016, 8, 31),
                now()));
        own.until(seen -> seen.contractedAmount().value().compareTo(new BigDecimal("135000")) == 0);

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


    /** The steps of {@code StatisticsIntakeTests.countsAProjectCompleted…}, and then what they show. */
    @Test
    void showsTheCompletedProjectsAndTheReductionRateFromThreeOnTheApiAndThePage() throws Exception {
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
        own.publish(own.completed(firstSchool, a, "50000.00", "40000.00", "0", false));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM statistics_completion WHERE agreement_id = ?").param(firstSchool.value())
                .query(Integer.class).single() == 1);
        own.publish(own.completed(secondSchool, a, "50000.00", "45000.00", "0", true));
        own.until(seen -> seen.completed().value().intValue() == 1);
        own.publish(own.completed(ofB, b, "100000.00", "100000.00", "0", true));
        own.publish(own.completed(ofC, c, "100000.00", "75000.00", "0.25", true));
        own.until(seen -> seen.completed().value().intValue() == 3);

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
}

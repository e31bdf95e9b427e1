package eu.sadarbe.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.web.MailServer;

/**
 * The reporting module with everything it depends on (grants, payments and the modules before them), no demo data,
 * and Spring Modulith's {@link Scenario}: its monitoring read model takes in what a submitted report claims and what
 * a settled project's final grant, score and reduction were (R-RED-01), as the agency's portfolio shows them. A module
 * test (issue #14, item 8), on agreement ids of its own. The read model is the monitoring tables: the portfolio reads
 * them only beside an agreement in force, which the grants module alone makes (no demo data here). Configured as
 * the module's other tests with their pages, whose context it shares.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import({SettableClock.AsTheClock.class, MailServer.class})
@AutoConfigureMockMvc
class ReportingModuleTests {

    @Autowired JdbcClient jdbc;

    @Test
    void aSubmittedReportsClaimIsKeptAndASubmissionAgainReplacesIt(Scenario scenario) {
        ReportId report = ReportId.random();
        GrantAgreementId agreement = new GrantAgreementId(UUID.randomUUID());
        Instant first = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(2, ChronoUnit.DAYS);
        Instant again = first.plus(1, ChronoUnit.DAYS);

        scenario.publish(submitted(report, agreement, first))
                .andWaitForStateChange(() -> claims(report), claims -> !claims.isEmpty())
                .andVerify(claims -> assertThat(claims).singleElement().satisfies(claim -> {
                    assertThat(claim.get("agreement_id")).isEqualTo(agreement.value());
                    assertThat(claim.get("agency_code")).isEqualTo("LV01");
                    assertThat(claim.get("kind")).isEqualTo("FINAL");
                    assertThat(claim.get("reported_total")).as("no report of reporting's own to reckon").isNull();
                }));

        scenario.publish(submitted(report, agreement, again))
                .andWaitForStateChange(() -> submittedAt(report), submittedAt -> !submittedAt.contains(first))
                .andVerify(submittedAt -> assertThat(submittedAt).as("returned for changes and submitted again")
                        .containsExactly(again));
    }

    @Test
    void aSettledProjectsFinalGrantScoreAndReductionOfRRed01AreKept(Scenario scenario) {
        GrantAgreementId agreement = new GrantAgreementId(UUID.randomUUID());
        ApplicationId application = ApplicationId.random();
        ProjectCompleted completed = new ProjectCompleted(agreement, application, "APP-" + agreement.value(), "LV01",
                "KA202", 2019, new BigDecimal("100000.00"), new BigDecimal("75000.00"), 45, new BigDecimal("0.2500"),
                "What the schools achieved.", "Ko skolas paveica.", "lv", LocalDate.of(2021, 10, 30), true);

        scenario.publish(completed)
                .andWaitForStateChange(() -> jdbc.sql("SELECT * FROM monitoring_completion WHERE agreement_id = ?")
                        .param(agreement.value()).query().listOfRows(), rows -> !rows.isEmpty())
                .andVerify(rows -> assertThat(rows).singleElement().satisfies(row -> {
                    assertThat(row.get("agency_code")).isEqualTo("LV01");
                    assertThat((BigDecimal) row.get("final_grant")).isEqualByComparingTo("75000.00");
                    assertThat(row.get("report_score")).isEqualTo(45);
                    assertThat((BigDecimal) row.get("reduction_share")).as("R-RED-01: the reduction")
                            .isEqualByComparingTo("0.25");
                    assertThat(jdbc.sql("SELECT completed_on FROM monitoring_completion WHERE agreement_id = ?")
                            .param(agreement.value()).query(LocalDate.class).single())
                            .isEqualTo(LocalDate.of(2021, 10, 30));
                }));
    }

    private static ReportSubmitted submitted(ReportId report, GrantAgreementId agreement, Instant at) {
        return new ReportSubmitted(report, ReportKind.FINAL, agreement, ApplicationId.random(),
                "APP-" + agreement.value().toString().substring(0, 8), "LV01", LocalDate.of(2021, 10, 31), at,
                "coordinator-" + report.value() + "@example.lv");
    }

    private List<Map<String, Object>> claims(ReportId report) {
        return jdbc.sql("SELECT agreement_id, agency_code, kind, reported_total FROM monitoring_report "
                + "WHERE report_id = ?").param(report.value()).query().listOfRows();
    }

    private List<Instant> submittedAt(ReportId report) {
        return jdbc.sql("SELECT submitted_at FROM monitoring_report WHERE report_id = ?").param(report.value())
                .query(java.sql.Timestamp.class).list().stream().map(java.sql.Timestamp::toInstant).toList();
    }
}

package eu.sadarbe.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.statistics.domain.ProgrammeStatistics;
import eu.sadarbe.statistics.domain.StatisticsReport;
import eu.sadarbe.statistics.domain.SubmissionRegistration;

/**
 * The statistics of the demo assessment round (2020 round 2) agree with the back office in whatever state the round
 * is: its 40 LV01 and 4 LV02 imported submissions (which publish no event, so the catch-up registers them with their
 * country and requested grant), and — once {@code DemoRoundJourneyTests} has taken it to decisions, where the same
 * check runs — the formal checks, pass marks, decisions, granted amounts and cut-off scores.
 */
@SadarbeTest
class StatisticsReconciliationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgrammeStatistics statistics;

    @Autowired
    SubmissionRegistration registration;

    @Test
    void theDemoAssessmentRoundReconcilesWithTheBackOffice() {
        StatisticsReport viaa = StatisticsReconciliation.assertReconciles(jdbc, statistics, registration, "LV01",
                2020, 2);
        assertThat(viaa.total().received()).isEqualTo(40);
        assertThat(viaa.byCountry()).singleElement().satisfies(group -> assertThat(group.key()).isEqualTo("LV"));
        assertThat(viaa.total().requested().value()).isPositive();
        StatisticsReport jspa = StatisticsReconciliation.assertReconciles(jdbc, statistics, registration, "LV02",
                2020, 2);
        assertThat(jspa.total().received()).isEqualTo(4);
        assertThat(jspa.byActionType()).extracting(group -> group.key()).containsExactly("KA205");
    }
}

package eu.sadarbe.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.submission.SettableClock;

/**
 * Issue 21: the statistics' scheduled catch-up reads an agency's submissions only when their count moved since it
 * last caught up with that agency. A module test of statistics, on a submission of its own ({@link ModuleTestData}),
 * which the statistics then miss (its country cleared, as if it had come without its event).
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(SettableClock.AsTheClock.class)
class StatisticsCatchUpTests {

    @Autowired BeanFactory beans;
    @Autowired JdbcClient jdbc;
    @Autowired SubmissionRegistration statisticsCatchUp;

    /**
     * A submission the statistics have not registered, while the agency's count moved, is registered; with the count
     * where it was, the catch-up reads nothing — not even a row it would register (its country cleared below), until
     * the next submission moves the count again.
     */
    @Test
    void theStatisticsCatchUpComparesTheAgencysSubmissionsOnlyWhenTheirCountMoved() {
        ApplicationId imported = new ModuleTestData("statistics", beans).submitted("Caught up").applicationId();
        await().atMost(Duration.ofSeconds(30)).until(() -> countryOf(imported) != null);
        missed(imported);
        statisticsCatchUp.catchUp();
        assertThat(countryOf(imported)).isNotNull();

        missed(imported);
        statisticsCatchUp.catchUp();
        assertThat(countryOf(imported)).as("the count did not move: nothing compared").isNull();

        // A resubmission of it arrives without its event: the agency's count moves, the catch-up compares again
        jdbc.sql("""
                        INSERT INTO submission (id, application_id, idempotency_key, application_number,
                            national_agency_code, call_year, round_number, action_type, application_version, title,
                            sha256, canonical_json, submitted_at, submitted_by, submitter_email, submitter_language,
                            rule_revision)
                        SELECT ?, application_id, ?, application_number, national_agency_code, call_year,
                            round_number, action_type, application_version, title, sha256, canonical_json,
                            submitted_at + INTERVAL '1' SECOND, submitted_by, submitter_email, submitter_language,
                            rule_revision
                        FROM submission WHERE application_id = ? ORDER BY submitted_at DESC LIMIT 1""")
                .params(UUID.randomUUID(), "statistics-catch-up-" + UUID.randomUUID(), imported.value()).update();
        assertThat(statisticsCatchUp.catchUp()).isGreaterThanOrEqualTo(1);
        assertThat(countryOf(imported)).isNotNull();
    }

    private void missed(ApplicationId application) {
        jdbc.sql("UPDATE statistics_application SET applicant_country = NULL WHERE application_id = ?")
                .param(application.value()).update();
    }

    private @Nullable String countryOf(ApplicationId application) {
        return jdbc.sql("SELECT applicant_country FROM statistics_application WHERE application_id = ?")
                .param(application.value()).query(String.class).optional().orElse(null);
    }
}

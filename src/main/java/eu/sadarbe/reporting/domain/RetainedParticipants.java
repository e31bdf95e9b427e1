package eu.sadarbe.reporting.domain;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import eu.sadarbe.accounts.RetainedRecords;

/**
 * The names of the participants of a report's learning activities are for the agency only, and only as long as its
 * records are kept: once the record retention has passed since the section was last saved, each name becomes "—"
 * (the nightly record retention job calls this). Everything else a participant line says — organisation, country,
 * dates, days, distance, special needs — stays, so the final grant computed from it can still be followed.
 */
@Component
class RetainedParticipants implements RetainedRecords {

    static final String ANONYMOUS = "—";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;

    RetainedParticipants(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int anonymiseMadeBefore(OffsetDateTime before) {
        record Section(UUID reportId, String json) {
        }
        List<Section> due = jdbc.sql("""
                        SELECT report_id, content_json FROM report_section
                        WHERE section = 'LEARNING_ACTIVITIES' AND saved_at < ? AND retention_ended_at IS NULL""")
                .param(before)
                .query((row, number) -> new Section(row.getObject(1, UUID.class), row.getString(2))).list();
        for (Section section : due) {
            jdbc.sql("""
                            UPDATE report_section SET content_json = ?, retention_ended_at = ?
                            WHERE report_id = ? AND section = 'LEARNING_ACTIVITIES'""")
                    .params(JSON.writeValueAsString(anonymised(section.json())), OffsetDateTime.now(clock),
                            section.reportId())
                    .update();
        }
        return due.size();
    }

    private static List<ReportedLearningActivity> anonymised(String json) {
        List<ReportedLearningActivity> activities = JSON.readValue(json,
                new TypeReference<List<ReportedLearningActivity>>() {
                });
        List<ReportedLearningActivity> without = new ArrayList<>();
        for (ReportedLearningActivity activity : activities) {
            without.add(new ReportedLearningActivity(activity.id(), activity.activityType(), activity.host(),
                    activity.venue(), activity.start(), activity.end(), activity.participants().stream()
                    .map(person -> new Participant(person.id(), ANONYMOUS, person.organisation(),
                            person.countryOfOrigin(), person.kind(), person.start(), person.end(), person.days(),
                            person.fromPlace(), person.distanceKm(), person.specialNeeds()))
                    .toList()));
        }
        return without;
    }
}

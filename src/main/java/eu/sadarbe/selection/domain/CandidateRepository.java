package eu.sadarbe.selection.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.assessment.AssessmentCompleted;
import eu.sadarbe.assessment.CriterionScore;
import eu.sadarbe.assessment.FormalCheckCompleted;
import eu.sadarbe.selection.RankingKey;

/** The applications selection knows of, kept from the assessment's events ({@code selection_candidate}). */
@Repository
public class CandidateRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<CriterionScore>> CRITERIA = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    CandidateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A later consolidation replaces the scores; the officer's reduction stays only if the grant still allows it. */
    void assessed(AssessmentCompleted event) {
        // A reduction stays while it is still below the newly requested grant.
        Optional<Candidate> reduced = find(event.applicationId()).filter(Candidate::grantReduced)
                .filter(earlier -> earlier.granted().compareTo(event.requestedGrant()) < 0);
        BigDecimal granted = reduced.map(Candidate::granted).orElse(event.requestedGrant());
        String reason = reduced.map(Candidate::grantReductionReason).orElse(null);
        if (insertIfAbsent(event.applicationId(), event.submissionId(), event.applicationNumber(),
                new RankingKey(event.nationalAgencyCode(), event.callYear(), event.roundNumber(),
                        event.actionType()), true, null, List.of(), true, event.total(),
                points(event.criteria(), "relevance"), points(event.criteria(), "impact"), event.passed(),
                event.criteria(), event.requestedGrant(), event.recommendedGrant(), event.consolidatedAt())) {
            keepComment(event);
            return;
        }
        jdbc.sql("""
                        UPDATE selection_candidate SET submission_id = ?, application_number = ?,
                            formally_eligible = TRUE, ineligibility_reason = NULL, ineligibility_rules = NULL,
                            assessed = TRUE, total = ?,
                            relevance = ?, impact = ?, passed = ?, criteria_json = ?, requested_grant = ?,
                            recommended_grant = ?, granted = ?, grant_reduction_reason = ?, updated_at = ?
                        WHERE application_id = ?""")
                .params(event.submissionId(), event.applicationNumber(), event.total(),
                        points(event.criteria(), "relevance"), points(event.criteria(), "impact"), event.passed(),
                        JSON.writeValueAsString(event.criteria()), event.requestedGrant(), event.recommendedGrant(),
                        granted, reason, Timestamp.from(event.consolidatedAt()), event.applicationId().value())
                .update();
        keepComment(event);
    }

    /** Issue 17: the one assessment comment the officer approved, for the decision letter. */
    private void keepComment(AssessmentCompleted event) {
        jdbc.sql("UPDATE selection_candidate SET assessment_comment = ? WHERE application_id = ?")
                .params(event.assessmentComment(), event.applicationId().value()).update();
    }

    /** The consolidated assessment comment, when the officer approved one (issue 17). */
    public Optional<String> assessmentComment(ApplicationId id) {
        return jdbc.sql("SELECT assessment_comment FROM selection_candidate WHERE application_id = ? "
                        + "AND assessment_comment IS NOT NULL").param(id.value()).query(String.class).optional();
    }

    /** An ineligible application is rejected without scores; one found eligible after all leaves the rejections. */
    void formallyChecked(FormalCheckCompleted event) {
        if (event.eligible()) {
            jdbc.sql("UPDATE selection_candidate SET formally_eligible = TRUE, ineligibility_reason = NULL, "
                    + "ineligibility_rules = NULL WHERE application_id = ?").param(event.applicationId().value())
                    .update();
            jdbc.sql("DELETE FROM selection_candidate WHERE application_id = ? AND assessed = FALSE AND NOT EXISTS "
                            + "(SELECT 1 FROM selection_decision d WHERE d.application_id = ?)")
                    .params(event.applicationId().value(), event.applicationId().value()).update();
            return;
        }
        if (insertIfAbsent(event.applicationId(), event.submissionId(), event.applicationNumber(),
                new RankingKey(event.nationalAgencyCode(), event.callYear(), event.roundNumber(),
                        event.actionType()), false, event.reason(), event.ruleIds(), false, 0, 0, 0, false,
                List.of(), BigDecimal.ZERO, null, event.checkedAt())) {
            return;
        }
        jdbc.sql("""
                        UPDATE selection_candidate SET formally_eligible = FALSE, ineligibility_reason = ?,
                            ineligibility_rules = ?, updated_at = ? WHERE application_id = ?""")
                .params(event.reason(), String.join(",", event.ruleIds()), Timestamp.from(event.checkedAt()),
                        event.applicationId().value())
                .update();
    }

    /**
     * The candidate's first row, unless there is one already: then false, and the caller updates it. Insert first,
     * update second, because two events about one application may be handled at the same time on two threads or
     * nodes; "update, and insert when nothing was updated" let both insert, and the second failed on the key.
     */
    private boolean insertIfAbsent(ApplicationId id, UUID submissionId, String number, RankingKey key,
                                   boolean eligible, @Nullable String reason, List<String> rules, boolean assessed,
                                   int total, int relevance, int impact, boolean passed, List<CriterionScore> criteria,
                                   BigDecimal requested, @Nullable BigDecimal recommended, Instant at) {
        return jdbc.sql("""
                        INSERT INTO selection_candidate (application_id, submission_id, application_number,
                            national_agency_code, call_year, round_number, action_type, formally_eligible,
                            ineligibility_reason, ineligibility_rules, assessed, total, relevance, impact, passed,
                            criteria_json, requested_grant, recommended_grant, granted, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(id.value(), submissionId, number, key.nationalAgencyCode(), key.callYear(), key.roundNumber(),
                        key.actionType(), eligible, reason, rules.isEmpty() ? null : String.join(",", rules), assessed,
                        total, relevance, impact, passed, JSON.writeValueAsString(criteria), requested, recommended,
                        requested, Timestamp.from(at))
                .update() == 1;
    }

    public void reduceGrant(ApplicationId id, BigDecimal granted, @Nullable String reason) {
        jdbc.sql("UPDATE selection_candidate SET granted = ?, grant_reduction_reason = ? WHERE application_id = ?")
                .params(granted, reason, id.value()).update();
    }

    public Optional<Candidate> find(ApplicationId id) {
        return jdbc.sql("SELECT * FROM selection_candidate WHERE application_id = ?").param(id.value())
                .query(CandidateRepository::candidate).optional();
    }

    public List<Candidate> of(RankingKey key) {
        return jdbc.sql("""
                        SELECT * FROM selection_candidate WHERE national_agency_code = ? AND call_year = ?
                            AND round_number = ? AND action_type = ? ORDER BY application_number""")
                .params(key.nationalAgencyCode(), key.callYear(), key.roundNumber(), key.actionType())
                .query(CandidateRepository::candidate).list();
    }

    /** The ids of a ranking's candidates, without reading their scores. */
    public List<ApplicationId> idsOf(RankingKey key) {
        return jdbc.sql("""
                        SELECT application_id FROM selection_candidate WHERE national_agency_code = ? AND call_year = ?
                            AND round_number = ? AND action_type = ?""")
                .params(key.nationalAgencyCode(), key.callYear(), key.roundNumber(), key.actionType())
                .query((row, number) -> new ApplicationId(row.getObject(1, UUID.class))).list();
    }

    /** The rankings an agency has candidates for, newest first. */
    public List<RankingKey> rankingsOf(String nationalAgencyCode) {
        return jdbc.sql("""
                        SELECT DISTINCT national_agency_code, call_year, round_number, action_type
                        FROM selection_candidate WHERE national_agency_code = ?
                        ORDER BY call_year DESC, round_number DESC, action_type""")
                .param(nationalAgencyCode)
                .query((row, number) -> new RankingKey(row.getString(1), row.getInt(2), row.getInt(3),
                        row.getString(4)))
                .list();
    }

    private static int points(List<CriterionScore> criteria, String criterion) {
        return criteria.stream().filter(score -> score.criterion().equals(criterion)).mapToInt(CriterionScore::points)
                .findFirst().orElse(0);
    }

    private static Candidate candidate(ResultSet row, int number) throws SQLException {
        String rules = row.getString("ineligibility_rules");
        return new Candidate(new ApplicationId(row.getObject("application_id", UUID.class)),
                row.getObject("submission_id", UUID.class), row.getString("application_number"),
                new RankingKey(row.getString("national_agency_code"), row.getInt("call_year"),
                        row.getInt("round_number"), row.getString("action_type")),
                row.getBoolean("formally_eligible"), row.getString("ineligibility_reason"),
                rules == null ? List.of() : Arrays.asList(rules.split(",")), row.getBoolean("assessed"),
                row.getInt("total"), row.getInt("relevance"), row.getInt("impact"), row.getBoolean("passed"),
                JSON.readValue(row.getString("criteria_json"), CRITERIA), row.getBigDecimal("requested_grant"),
                row.getBigDecimal("recommended_grant"), row.getBigDecimal("granted"),
                row.getString("grant_reduction_reason"));
    }
}

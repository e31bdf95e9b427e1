package eu.sadarbe.assessment.experts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.assessment.inbox.InboxEntries;
import eu.sadarbe.assessment.inbox.InboxEntries.AssignmentCounts;
import eu.sadarbe.assessment.scoring.ScoreSheet;

/**
 * Every SQL statement of the {@link Assignment} aggregate ({@code assessment_assignment}, the expert's score sheet
 * included): its rows, and the lists that read them.
 */
@Repository
public class AssignmentRepository {

    private static final String SELECT = """
            SELECT a.*, e.email, e.display_name
            FROM assessment_assignment a JOIN assessment_expert e ON e.account_id = a.expert_id""";

    private static final String COUNTING = "('OFFERED', 'ACCEPTED', 'SUBMITTED')";

    private final JdbcClient jdbc;
    private final InboxEntries inbox;

    AssignmentRepository(JdbcClient jdbc, InboxEntries inbox) {
        this.jdbc = jdbc;
        this.inbox = inbox;
    }

    public Optional<Assignment> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE a.id = ?").param(id).query(AssignmentRepository::assignment).optional();
    }

    /** Every assignment of the application, released ones included, in the order they were made. */
    public List<Assignment> of(ApplicationId application) {
        return jdbc.sql(SELECT + " WHERE a.application_id = ? ORDER BY a.assigned_at, a.id")
                .param(application.value()).query(AssignmentRepository::assignment).list();
    }

    /** Every assignment of each of the applications, in the order of {@link #of}, in one query. */
    public java.util.Map<ApplicationId, List<Assignment>> ofApplications(java.util.Collection<ApplicationId> ids) {
        java.util.Map<ApplicationId, List<Assignment>> byApplication = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return byApplication;
        }
        jdbc.sql(SELECT + " WHERE a.application_id IN (:ids) ORDER BY a.assigned_at, a.id")
                .param("ids", ids.stream().map(ApplicationId::value).toList())
                .query(AssignmentRepository::assignment).list()
                .forEach(assignment -> byApplication.computeIfAbsent(assignment.applicationId(),
                        id -> new ArrayList<>()).add(assignment));
        return byApplication;
    }

    /** Every assignment of the expert, newest first. */
    public List<Assignment> ofExpert(AccountId expert) {
        return jdbc.sql(SELECT + " WHERE a.expert_id = ? ORDER BY a.assigned_at DESC, a.id")
                .param(expert.value()).query(AssignmentRepository::assignment).list();
    }

    /** The expert's open assignments: offered or accepted, not submitted yet. */
    List<Assignment> openOf(AccountId expert) {
        return jdbc.sql(SELECT + " WHERE a.expert_id = ? AND a.status IN ('OFFERED', 'ACCEPTED')")
                .param(expert.value()).query(AssignmentRepository::assignment).list();
    }

    /** The experts with an open assignment in the agency. */
    List<AccountId> expertsWithOpenAssignments(String nationalAgencyCode) {
        return jdbc.sql("""
                        SELECT DISTINCT a.expert_id FROM assessment_assignment a
                        JOIN assessment_assessable s ON s.application_id = a.application_id
                        WHERE s.national_agency_code = ? AND a.status IN ('OFFERED', 'ACCEPTED')""")
                .param(nationalAgencyCode).query(UUID.class).list().stream().map(AccountId::new).toList();
    }

    /** The applicants (OIDs) of the other applications of the round the expert assesses. */
    List<String> applicantsAssessedInRound(AccountId expert, int callYear, int roundNumber, ApplicationId except) {
        return jdbc.sql("""
                        SELECT s.applicant_oid FROM assessment_assignment a
                        JOIN assessment_assessable s ON s.application_id = a.application_id
                        WHERE a.expert_id = ? AND a.status IN %s
                            AND s.call_year = ? AND s.round_number = ? AND s.application_id <> ?
                            AND s.applicant_oid IS NOT NULL""".formatted(COUNTING))
                .params(expert.value(), callYear, roundNumber, except.value()).query(String.class).list();
    }

    /** How many assignments that count the expert has in the call year. */
    int workload(AccountId expert, int callYear) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM assessment_assignment a
                        JOIN assessment_assessable s ON s.application_id = a.application_id
                        WHERE a.expert_id = ? AND a.status IN %s AND s.call_year = ?""".formatted(COUNTING))
                .params(expert.value(), callYear).query(Integer.class).single();
    }

    /** The suspended assignments not replaced yet, of the agency or of one application, by application number. */
    List<LateConflicts.Suspension> suspended(@Nullable String nationalAgencyCode, @Nullable ApplicationId application) {
        String condition = nationalAgencyCode != null ? "s.national_agency_code = ?" : "a.application_id = ?";
        Object value = nationalAgencyCode != null ? nationalAgencyCode
                : java.util.Objects.requireNonNull(application).value();
        return jdbc.sql("""
                        SELECT a.id, a.application_id, s.application_number, e.display_name, a.reason
                        FROM assessment_assignment a
                        JOIN assessment_assessable s ON s.application_id = a.application_id
                        JOIN assessment_expert e ON e.account_id = a.expert_id
                        WHERE a.status = 'SUSPENDED' AND %s ORDER BY s.application_number, a.id""".formatted(condition))
                .param(value).query((row, number) -> {
                    String[] conflict = row.getString("reason").split("\\|", -1);
                    return new LateConflicts.Suspension(row.getObject("id", UUID.class),
                            new ApplicationId(row.getObject("application_id", UUID.class)),
                            row.getString("application_number"), row.getString("display_name"),
                            "experts.conflict." + conflict[1], conflict[2]);
                }).list();
    }

    /**
     * Every submitted sheet of a round of the agency, one row per expert and application with the consolidated final
     * score, by application number (issue 13, item 16): typed values, {@code null} where there is none.
     */
    public List<List<@Nullable Object>> submittedSheetsOfRound(String nationalAgencyCode, int callYear,
                                                               int roundNumber) {
        return jdbc.sql("""
                        SELECT s.application_number, s.title, s.requested_grant, e.display_name, a.third_expert,
                            a.relevance_points, a.relevance_comment, a.design_points, a.design_comment,
                            a.team_points, a.team_comment, a.impact_points, a.impact_comment,
                            a.recommended_grant, a.grant_justification, c.total_points, a.submitted_at
                        FROM assessment_assessable s
                        JOIN assessment_assignment a ON a.application_id = s.application_id
                        JOIN assessment_expert e ON e.account_id = a.expert_id
                        LEFT JOIN assessment_consolidation c ON c.application_id = s.application_id
                        WHERE s.national_agency_code = ? AND s.call_year = ? AND s.round_number = ?
                            AND a.status = 'SUBMITTED'
                        ORDER BY s.application_number, a.third_expert, e.display_name""")
                .params(nationalAgencyCode, callYear, roundNumber)
                .query((row, number) -> {
                    List<@Nullable Object> values = new ArrayList<>();
                    values.add(row.getString("application_number"));
                    values.add(row.getString("title"));
                    values.add(row.getBigDecimal("requested_grant"));
                    values.add(row.getString("display_name"));
                    values.add(row.getBoolean("third_expert"));
                    int points = 0;
                    for (String criterion : List.of("relevance", "design", "team", "impact")) {
                        int criterionPoints = row.getInt(criterion + "_points");
                        points += criterionPoints;
                        values.add(criterionPoints);
                        values.add(row.getString(criterion + "_comment"));
                    }
                    values.add(points);
                    values.add(row.getBigDecimal("recommended_grant"));
                    values.add(row.getString("grant_justification"));
                    values.add((Integer) row.getObject("total_points", Integer.class));
                    Timestamp submittedAt = row.getTimestamp("submitted_at");
                    values.add(submittedAt == null ? null : submittedAt.toInstant());
                    return values;
                }).list();
    }

    /**
     * Saves the assignment; false when someone changed its status meanwhile (a late conflict suspended it, the
     * officer replaced the expert): nothing is saved then.
     */
    public boolean save(Assignment assignment) {
        ScoreSheet sheet = assignment.sheet();
        AssignmentStatus before = assignment.statusWhenLoaded();
        boolean saved;
        if (before == null) {
            saved = jdbc.sql("""
                            INSERT INTO assessment_assignment (id, application_id, expert_id, status, third_expert,
                                reason, assigned_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(assignment.id(), assignment.applicationId().value(), assignment.expertId().value(),
                            assignment.status().name(), assignment.thirdExpert(), assignment.reason(),
                            Timestamp.from(assignment.assignedAt()))
                    .update() == 1;
        } else {
            saved = jdbc.sql("""
                            UPDATE assessment_assignment SET status = ?, reason = ?, declared_at = ?,
                                relevance_points = ?, design_points = ?, team_points = ?, impact_points = ?,
                                relevance_comment = ?, design_comment = ?, team_comment = ?, impact_comment = ?,
                                recommended_grant = ?, grant_justification = ?, saved_at = ?, submitted_at = ?
                            WHERE id = ? AND status = ?""")
                    .params(assignment.status().name(), assignment.reason(), timestamp(assignment.declaredAt()),
                            sheet.relevance(), sheet.design(), sheet.team(), sheet.impact(),
                            sheet.relevanceComment(), sheet.designComment(), sheet.teamComment(),
                            sheet.impactComment(), sheet.recommendedGrant(), sheet.grantJustification(),
                            timestamp(sheet.savedAt()), timestamp(sheet.submittedAt()), assignment.id(), before.name())
                    .update() == 1;
        }
        if (saved) {
            inbox.assignmentMoved(assignment.applicationId(), before == null ? null : counts(before),
                    counts(assignment.status()));
            assignment.saved();
        }
        return saved;
    }

    /** What an assignment in this status adds to the counts the round dashboard reads (issue 21). */
    private static AssignmentCounts counts(AssignmentStatus status) {
        boolean open = status == AssignmentStatus.OFFERED || status == AssignmentStatus.ACCEPTED;
        return new AssignmentCounts(status.counts() ? 1 : 0, status == AssignmentStatus.SUBMITTED ? 1 : 0,
                open ? 1 : 0);
    }

    private static Assignment assignment(ResultSet row, int number) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        Timestamp declared = row.getTimestamp("declared_at");
        Timestamp saved = row.getTimestamp("saved_at");
        Timestamp submitted = row.getTimestamp("submitted_at");
        ScoreSheet sheet = new ScoreSheet(id, integer(row, "relevance_points"), integer(row, "design_points"),
                integer(row, "team_points"), integer(row, "impact_points"), text(row, "relevance_comment"),
                text(row, "design_comment"), text(row, "team_comment"), text(row, "impact_comment"),
                row.getBigDecimal("recommended_grant"), text(row, "grant_justification"), instant(saved),
                instant(submitted));
        return new Assignment(id, new ApplicationId(row.getObject("application_id", UUID.class)),
                new AccountId(row.getObject("expert_id", UUID.class)), row.getString("email"),
                row.getString("display_name"), AssignmentStatus.valueOf(row.getString("status")),
                row.getBoolean("third_expert"), row.getString("reason"), row.getTimestamp("assigned_at").toInstant(),
                instant(declared), sheet);
    }

    private static @Nullable Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static String text(ResultSet row, String column) throws SQLException {
        String value = row.getString(column);
        return value == null ? "" : value;
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}

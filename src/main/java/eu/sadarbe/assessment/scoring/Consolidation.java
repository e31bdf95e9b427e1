package eu.sadarbe.assessment.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.assessment.AssessmentCompleted;
import eu.sadarbe.assessment.AuditTrail;
import eu.sadarbe.assessment.CriterionScore;
import eu.sadarbe.assessment.experts.Assessable;
import eu.sadarbe.assessment.experts.AssessableApplications;
import eu.sadarbe.assessment.experts.Assignment;
import eu.sadarbe.assessment.experts.AssignmentRefused;
import eu.sadarbe.assessment.experts.Assignments;
import eu.sadarbe.assessment.inbox.InboxEntries;

/**
 * The officer's side of scoring: where each application stands, whether a third expert is required (R-AWD-03),
 * and the consolidated final score with the pass rule (R-AWD-02), published as {@link AssessmentCompleted}.
 */
@Service
public class Consolidation {

    private final JdbcClient jdbc;
    private final Assignments assignments;
    private final AssessableApplications applications;
    private final Scoring scoring;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;
    private final InboxEntries inbox;

    Consolidation(JdbcClient jdbc, Assignments assignments, AssessableApplications applications, Scoring scoring,
                  AuditTrail audit, ApplicationEventPublisher events, MessageSource messages, Clock clock,
                  InboxEntries inbox) {
        this.inbox = inbox;
        this.messages = messages;
        this.jdbc = jdbc;
        this.assignments = assignments;
        this.applications = applications;
        this.scoring = scoring;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The officer's overview of their agency's eligible applications, a page of {@link #PAGE_SIZE} at a time. */
    public static final int PAGE_SIZE = 50;

    /**
     * One page of the agency's eligible applications with their states (of one call year, round and action type,
     * or of all), with what the page shows of all of them counted in SQL: how many there are, the groups, and how
     * many are routine cases.
     */
    @Transactional(readOnly = true)
    public Overview overview(SignedInUser officer, String nationalAgencyCode, @Nullable RoundGroup group,
                             int page) {
        officer.requireOfficerOf(nationalAgencyCode);
        Page shown = page(nationalAgencyCode, group, page, PAGE_SIZE);
        List<RoundGroup> groups = applications.eligibleGroups(nationalAgencyCode).stream()
                .map(each -> new RoundGroup(each.callYear(), each.roundNumber(), each.actionType())).toList();
        long routine = groups.stream().filter(each -> group == null || each.equals(group))
                .mapToLong(each -> routineCount(nationalAgencyCode, each)).sum();
        return new Overview(shown.states(), groups, shown.count(), shown.page(), shown.pages(), routine);
    }

    /**
     * A page of {@code size} of the agency's eligible applications with their assessment states (the API's list,
     * issue 21), of one call year, round and action type or of all, by application number; how many there are is
     * counted in SQL, and a page past the end is the last.
     */
    @Transactional(readOnly = true)
    public Page page(SignedInUser officer, String nationalAgencyCode, @Nullable RoundGroup group, int page, int size) {
        officer.requireOfficerOf(nationalAgencyCode);
        return page(nationalAgencyCode, group, page, size);
    }

    private Page page(String nationalAgencyCode, @Nullable RoundGroup group, int page, int size) {
        AssessableApplications.Group filter = group == null ? null
                : new AssessableApplications.Group(group.callYear(), group.roundNumber(), group.actionType());
        long count = applications.countEligible(nationalAgencyCode, filter);
        int pages = (int) Math.max(1, (count + size - 1) / size);
        int shown = Math.max(0, Math.min(page, pages - 1));
        return new Page(statesOf(applications.eligiblePage(nationalAgencyCode, filter, shown * size, size)), count,
                shown, pages);
    }

    /** A page of the agency's assessment states with the count over all pages. */
    public record Page(List<AssessmentState> states, long count, int page, int pages) {
    }

    /** A page of the overview: its states, every group of the agency, and counts over all pages. */
    public record Overview(List<AssessmentState> states, List<RoundGroup> groups, long count, int page, int pages,
                           long routineCount) {
    }

    /**
     * How many of the group's applications are routine cases ({@link AssessmentState#routine()}), counted in SQL
     * with the group's award rules.
     */
    private long routineCount(String nationalAgencyCode, RoundGroup group) {
        AwardRules rules = scoring.rules(group.callYear(), group.actionType());
        return jdbc.sql("SELECT COUNT(*) FROM (" + ROUTINE_CASES + ") routine WHERE " + ROUTINE_SPREAD)
                .params(routineParameters(nationalAgencyCode, group, rules)).query(Long.class).single();
    }

    /** The first {@code limit} of the group's routine cases by number, chosen in SQL as they are counted. */
    private List<ApplicationId> routineCases(String nationalAgencyCode, RoundGroup group, int limit) {
        AwardRules rules = scoring.rules(group.callYear(), group.actionType());
        List<Object> parameters = new ArrayList<>(List.of(routineParameters(nationalAgencyCode, group, rules)));
        parameters.add(limit);
        return jdbc.sql("SELECT application_id FROM (" + ROUTINE_CASES + ") routine WHERE " + ROUTINE_SPREAD
                        + " ORDER BY application_number LIMIT ?")
                .params(parameters.toArray())
                .query((row, number) -> new ApplicationId(row.getObject(1, UUID.class))).list();
    }

    /**
     * The group's applications that are not consolidated, have no third expert among the assignments that count and
     * have all the regular experts' sheets submitted (R-AWD-03), each with its highest and lowest submitted total.
     */
    private static final String ROUTINE_CASES = """
            SELECT a.application_id, s.application_number,
                MAX(CASE WHEN a.submitted_at IS NOT NULL THEN %1$s END) AS highest,
                MIN(CASE WHEN a.submitted_at IS NOT NULL THEN %1$s END) AS lowest
            FROM assessment_assessable s
            JOIN assessment_assignment a ON a.application_id = s.application_id
            WHERE s.national_agency_code = ? AND s.eligible = TRUE AND s.call_year = ?
                AND s.round_number = ? AND s.action_type = ?
                AND a.status IN ('OFFERED', 'ACCEPTED', 'SUBMITTED')
                AND NOT EXISTS (SELECT 1 FROM assessment_consolidation c WHERE c.application_id = s.application_id)
            GROUP BY a.application_id, s.application_number
            HAVING SUM(CASE WHEN a.third_expert THEN 1 ELSE 0 END) = 0
                AND SUM(CASE WHEN a.submitted_at IS NOT NULL THEN 1 ELSE 0 END) = ?"""
            .formatted("(a.relevance_points + a.design_points + a.team_points + a.impact_points)");

    /** Routine: the totals not far enough apart to need a third expert (R-AWD-03). */
    private static final String ROUTINE_SPREAD = "NOT (highest - lowest >= ? AND highest >= ?)";

    private static Object[] routineParameters(String nationalAgencyCode, RoundGroup group, AwardRules rules) {
        return new Object[] {nationalAgencyCode, group.callYear(), group.roundNumber(), group.actionType(),
                rules.expertsPerApplication(), rules.thirdExpertDifference(), rules.passTotal()};
    }

    @Transactional(readOnly = true)
    public AssessmentState state(SignedInUser officer, ApplicationId id) {
        return stateOf(assignments.application(officer, id));
    }

    /**
     * Consolidates the final score: the suggestion unless the officer overrides it, which needs a reason. Both the
     * consolidation and any override are kept in the audit trail with their before and after.
     */
    @Transactional
    public ConsolidatedScore consolidate(SignedInUser officer, ApplicationId id, Scores scores,
                                         @Nullable String reason, @Nullable BigDecimal recommendedGrant) {
        return consolidate(officer, id, scores, reason, recommendedGrant, null);
    }

    /**
     * The proposed consolidated comment (issue 17, R-AWD-03): the counted experts' comments per criterion, labelled in
     * the officer's language; empty before the assessment can be consolidated.
     */
    public String proposedComment(AssessmentState state) {
        return state.readyToConsolidate() ? CommentProposal.of(state, this::label) : "";
    }

    /**
     * Consolidates as above with the assessment comment the officer wrote or approved for the decision letter; a
     * blank comment approves the proposal ({@link #proposedComment}).
     */
    @Transactional
    public ConsolidatedScore consolidate(SignedInUser officer, ApplicationId id, Scores scores,
                                         @Nullable String reason, @Nullable BigDecimal recommendedGrant,
                                         @Nullable String comment) {
        AssessmentState state = state(officer, id);
        Scores suggestion = state.suggestion();
        if (suggestion == null) {
            throw new AssignmentRefused("notReady");
        }
        List<ScoreProblem> problems = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            int points = scores.of(criterion);
            if (points < 0 || points > state.rules().maximum(criterion)) {
                problems.add(new ScoreProblem(criterion.key(), "scoring.error.outOfRange",
                        List.of(state.rules().maximum(criterion))));
            }
        }
        boolean overridden = !scores.equals(suggestion);
        String why = reason == null ? null : reason.strip();
        if (overridden && (why == null || why.isEmpty())) {
            problems.add(new ScoreProblem("overrideReason", "scoring.error.reasonRequired", List.of()));
        }
        if (!problems.isEmpty()) {
            throw new ScoresInvalid(problems);
        }
        Assessable application = state.application();
        String approved = comment == null || comment.isBlank() ? proposedComment(state) : comment.strip();
        ConsolidatedScore consolidated = new ConsolidatedScore(scores, state.rules().passes(scores),
                suggestion.total(), overridden ? why : null, recommendedGrant, officer.email(), clock.instant(),
                approved.isEmpty() ? null : approved);
        store(id, consolidated);
        audit.record(id, application.nationalAgencyCode(), "consolidated", "R-AWD-02",
                state.consolidation().map(earlier -> describe(earlier.scores(), earlier.passed())).orElse(null),
                describe(scores, consolidated.passed()), officer);
        if (overridden) {
            audit.record(id, application.nationalAgencyCode(), "scoreOverridden", why, suggestion.toString(),
                    scores.toString(), officer);
        }
        events.publishEvent(completed(state, consolidated, officer));
        return consolidated;
    }

    /** The routine cases the officer consolidates at once, at most this many (issue 21: the page shows 50). */
    public static final int ROUTINE_BATCH = 50;

    /**
     * Issue 13, item 15: the agency's routine cases — two experts' totals within the difference that needs a third
     * expert (R-AWD-03), no third expert, not consolidated yet — which the officer consolidates with the suggested
     * scores and grant all at once: the first {@link #ROUTINE_BATCH} by round, action type and number, chosen and
     * counted in SQL, with how many there are in all.
     */
    @Transactional(readOnly = true)
    public RoutineCases routine(SignedInUser officer, String nationalAgencyCode) {
        officer.requireOfficerOf(nationalAgencyCode);
        long count = 0;
        List<ApplicationId> chosen = new ArrayList<>();
        for (AssessableApplications.Group each : applications.eligibleGroups(nationalAgencyCode)) {
            RoundGroup group = new RoundGroup(each.callYear(), each.roundNumber(), each.actionType());
            count += routineCount(nationalAgencyCode, group);
            if (chosen.size() < ROUTINE_BATCH) {
                chosen.addAll(routineCases(nationalAgencyCode, group, ROUTINE_BATCH - chosen.size()));
            }
        }
        return new RoutineCases(statesOf(applications.byIds(chosen)).stream().filter(AssessmentState::routine)
                .toList(), count);
    }

    /** A batch of routine cases and how many there are in all. */
    public record RoutineCases(List<AssessmentState> states, long count) {
    }

    /**
     * Consolidates each chosen application that is (still) a routine case with its suggestion, as one by one would;
     * the others are left for a look one by one. Returns how many were consolidated.
     */
    @Transactional
    public int consolidateRoutine(SignedInUser officer, List<ApplicationId> chosen) {
        int consolidated = 0;
        for (ApplicationId id : new java.util.LinkedHashSet<>(chosen)) {
            AssessmentState state = state(officer, id);
            if (state.routine()) {
                consolidate(officer, id, java.util.Objects.requireNonNull(state.suggestion()), null,
                        state.suggestedGrant());
                consolidated++;
            }
        }
        return consolidated;
    }

    private AssessmentState stateOf(Assessable application) {
        return stateOf(application, assignments.of(application.applicationId()),
                consolidation(application.applicationId()));
    }

    /** The states of the applications with their assignments and consolidations read in two queries, not 2 a row. */
    private List<AssessmentState> statesOf(List<Assessable> applications) {
        if (applications.isEmpty()) {
            return List.of();
        }
        List<ApplicationId> ids = applications.stream().map(Assessable::applicationId).toList();
        var assignmentsOf = assignments.ofApplications(ids);
        var consolidations = consolidations(ids);
        return applications.stream().map(application -> stateOf(application,
                assignmentsOf.getOrDefault(application.applicationId(), List.of()),
                Optional.ofNullable(consolidations.get(application.applicationId())))).toList();
    }

    private AssessmentState stateOf(Assessable application, List<Assignment> all,
                                    Optional<ConsolidatedScore> consolidated) {
        AwardRules rules = scoring.rules(application);
        List<Assignment> counting = all.stream()
                .filter(assignment -> assignment.status().counts()).toList();
        List<AssessmentState.ExpertSheet> sheets = counting.stream()
                .map(assignment -> new AssessmentState.ExpertSheet(assignment, assignment.sheet()))
                .toList();
        List<Scores> regular = sheets.stream().filter(sheet -> !sheet.assignment().thirdExpert())
                .map(AssessmentState.ExpertSheet::sheet).filter(ScoreSheet::submitted).map(ScoreSheet::scores)
                .toList();
        boolean thirdRequired = rules.allRegularAssessmentsIn(regular.size())
                && rules.needsThirdExpert(regular.stream().map(Scores::total).toList());
        boolean thirdAssigned = counting.stream().anyMatch(Assignment::thirdExpert);
        List<AssessmentState.ExpertSheet> submitted = sheets.stream().filter(sheet -> sheet.sheet().submitted())
                .toList();
        List<AssessmentState.ExpertSheet> basis = List.of();
        if (rules.allRegularAssessmentsIn(regular.size()) && !thirdRequired) {
            basis = submitted.stream().filter(sheet -> !sheet.assignment().thirdExpert()).toList();
        } else if (thirdRequired && submitted.size() == rules.expertsPerApplication() + 1) {
            basis = submitted;
        }
        List<Scores> basisScores = basis.stream().map(sheet -> sheet.sheet().scores()).toList();
        Scores suggestion = basis.isEmpty() ? null : AwardRules.suggestion(basisScores);
        List<AssessmentState.ExpertSheet> countedSheets = AwardRules.counted(basisScores).stream()
                .map(basis::get).toList();
        List<Integer> counted = countedSheets.stream().map(sheets::indexOf).toList();
        return new AssessmentState(application, rules, counting, sheets, thirdRequired, thirdAssigned, suggestion,
                basis.isEmpty() ? List.of() : counted, suggestedGrant(application, countedSheets), consolidated);
    }

    /**
     * When a counted expert recommends a lower grant: the mean of the counted experts' grants, taking the requested
     * grant for an expert who recommends none, rounded half up to whole euros.
     */
    private static @Nullable BigDecimal suggestedGrant(Assessable application,
                                                      List<AssessmentState.ExpertSheet> counted) {
        if (counted.stream().allMatch(sheet -> sheet.sheet().recommendedGrant() == null)) {
            return null;
        }
        BigDecimal sum = counted.stream()
                .map(sheet -> Objects.requireNonNullElse(sheet.sheet().recommendedGrant(),
                        application.requestedGrant()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(counted.size()), 0, RoundingMode.HALF_UP);
    }

    private Optional<ConsolidatedScore> consolidation(ApplicationId id) {
        return jdbc.sql("SELECT * FROM assessment_consolidation WHERE application_id = ?").param(id.value())
                .query(Consolidation::consolidated).optional();
    }

    private java.util.Map<ApplicationId, ConsolidatedScore> consolidations(List<ApplicationId> ids) {
        java.util.Map<ApplicationId, ConsolidatedScore> byApplication = new java.util.HashMap<>();
        jdbc.sql("SELECT * FROM assessment_consolidation WHERE application_id IN (:ids)")
                .param("ids", ids.stream().map(ApplicationId::value).toList())
                .query((row, number) -> {
                    byApplication.put(new ApplicationId(row.getObject("application_id", java.util.UUID.class)),
                            consolidated(row, number));
                    return 0;
                }).list();
        return byApplication;
    }

    private static ConsolidatedScore consolidated(java.sql.ResultSet row, int number) throws java.sql.SQLException {
        return new ConsolidatedScore(new Scores(row.getInt("relevance_points"),
                row.getInt("design_points"), row.getInt("team_points"), row.getInt("impact_points")),
                row.getBoolean("passed"), row.getInt("suggested_total"), row.getString("override_reason"),
                row.getBigDecimal("recommended_grant"), row.getString("consolidated_by"),
                row.getTimestamp("consolidated_at").toInstant(), row.getString("assessment_comment"));
    }

    private void store(ApplicationId id, ConsolidatedScore score) {
        Scores points = score.scores();
        Object[] values = {points.relevance(), points.design(), points.team(), points.impact(), points.total(),
                score.passed(), score.suggestedTotal(), score.overrideReason(), score.recommendedGrant(),
                score.consolidatedBy(), Timestamp.from(score.consolidatedAt()), score.assessmentComment(), id.value()};
        int updated = jdbc.sql("""
                        UPDATE assessment_consolidation SET relevance_points = ?, design_points = ?, team_points = ?,
                            impact_points = ?, total_points = ?, passed = ?, suggested_total = ?, override_reason = ?,
                            recommended_grant = ?, consolidated_by = ?, consolidated_at = ?, assessment_comment = ?
                        WHERE application_id = ?""")
                .params(values).update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO assessment_consolidation (relevance_points, design_points, team_points,
                                impact_points, total_points, passed, suggested_total, override_reason,
                                recommended_grant, consolidated_by, consolidated_at, assessment_comment, application_id)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(values).update();
            inbox.consolidated(id);
        }
    }

    private static AssessmentCompleted completed(AssessmentState state, ConsolidatedScore score,
                                                 SignedInUser officer) {
        Assessable application = state.application();
        List<CriterionScore> criteria = new ArrayList<>();
        // R-AWD-03: the comments of an outlier the final score does not count are not passed on.
        List<ScoreSheet> counted = CommentProposal.counted(state);
        for (Criterion criterion : Criterion.values()) {
            List<String> comments = counted.stream().map(sheet -> sheet.comment(criterion)).toList();
            criteria.add(new CriterionScore(criterion.key(), score.scores().of(criterion),
                    state.rules().maximum(criterion), comments));
        }
        Instant at = score.consolidatedAt();
        return new AssessmentCompleted(application.applicationId(), application.submissionId(),
                application.applicationNumber(), application.nationalAgencyCode(), application.callYear(),
                application.roundNumber(), application.actionType(), criteria, score.scores().total(),
                score.passed(), application.requestedGrant(), score.recommendedGrant(), officer.id().value(), at,
                score.assessmentComment());
    }

    private String label(Criterion criterion) {
        return messages.getMessage("scoring.criterion." + criterion.key(), null, criterion.key(),
                LocaleContextHolder.getLocale());
    }

    private static String describe(Scores scores, boolean passed) {
        return scores + (passed ? " ✓" : " ✗");
    }
}

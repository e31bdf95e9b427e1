package eu.sadarbe.assessment.experts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.document.Organisation;
import eu.sadarbe.assessment.FormalCheckCompleted;
import eu.sadarbe.budget.Budgeting;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.submission.SubmittedApplication;
import eu.sadarbe.submission.SubmittedApplications;

/**
 * The applications experts may be assigned to: learnt from each formal check (the latest counts), with what the
 * assignment needs from the frozen submission — consortium, applicant, language and requested grant.
 */
@Service
public class AssessableApplications {

    private static final String COLUMNS = """
            application_id, submission_id, application_number, national_agency_code, call_year, round_number,
            action_type, title, language_code, applicant_oid, consortium_oids, requested_grant, eligible""";

    private final JdbcClient jdbc;
    private final SubmittedApplications submitted;
    private final Budgeting budgeting;
    private final RuleBook rules;

    AssessableApplications(JdbcClient jdbc, SubmittedApplications submitted, Budgeting budgeting, RuleBook rules) {
        this.jdbc = jdbc;
        this.submitted = submitted;
        this.budgeting = budgeting;
        this.rules = rules;
    }

    @ApplicationModuleListener
    void on(FormalCheckCompleted check) {
        SubmittedApplication application = submitted.latestOf(check.applicationId()).orElseThrow();
        ApplicationDocument document = application.document();
        String consortium = String.join(",", document.organisations().stream().map(Organisation::identifier)
                .filter(identifier -> !identifier.isEmpty()).toList());
        String applicant = document.applicant().map(Organisation::identifier).orElse(null);
        var requested = budgeting.budgetOf(document, rules.parametersAt(check.callYear(), check.actionType(),
                application.ruleRevision())).total().amount();
        Object[] values = {check.submissionId(), check.applicationNumber(), check.nationalAgencyCode(),
                check.callYear(), check.roundNumber(), check.actionType(), document.title(),
                application.submitterLanguage(), applicant, consortium, requested, check.eligible(),
                Timestamp.from(check.checkedAt()), check.applicationId().value()};
        int updated = jdbc.sql("""
                        UPDATE assessment_assessable SET submission_id = ?, application_number = ?,
                            national_agency_code = ?, call_year = ?, round_number = ?, action_type = ?, title = ?,
                            language_code = ?, applicant_oid = ?, consortium_oids = ?, requested_grant = ?,
                            eligible = ?, checked_at = ? WHERE application_id = ?""")
                .params(values).update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO assessment_assessable (submission_id, application_number, national_agency_code,
                                call_year, round_number, action_type, title, language_code, applicant_oid,
                                consortium_oids, requested_grant, eligible, checked_at, application_id)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(values).update();
        }
    }

    /** Today's rule figures were re-applied to the submission (issue 13, item 14): the grant the experts see. */
    @Transactional
    public void refigured(ApplicationId id, java.math.BigDecimal requestedGrant) {
        jdbc.sql("UPDATE assessment_assessable SET requested_grant = ? WHERE application_id = ?")
                .params(requestedGrant, id.value()).update();
    }

    @Transactional(readOnly = true)
    public Optional<Assessable> byId(ApplicationId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment_assessable WHERE application_id = ?")
                .param(id.value()).query(AssessableApplications::assessable).optional();
    }

    /** The agency's eligible applications, by round and action type, in the order of their numbers. */
    @Transactional(readOnly = true)
    public List<Assessable> eligibleOf(String nationalAgencyCode) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM assessment_assessable WHERE national_agency_code = ? AND eligible = TRUE
                        ORDER BY call_year, round_number, action_type, application_number""")
                .param(nationalAgencyCode).query(AssessableApplications::assessable).list();
    }

    /**
     * One page of {@link #eligibleOf}, optionally of one call year, round and action type ({@code group} written
     * {@code 2020/1/KA202}, else {@code null}): {@code limit} rows from {@code offset}, in the same order.
     */
    @Transactional(readOnly = true)
    public List<Assessable> eligiblePage(String nationalAgencyCode, @Nullable Group group, int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment_assessable WHERE " + ELIGIBLE_OF + groupCondition(group)
                        + " ORDER BY call_year, round_number, action_type, application_number LIMIT ? OFFSET ?")
                .params(groupParameters(nationalAgencyCode, group, limit, offset))
                .query(AssessableApplications::assessable).list();
    }

    /** The given applications, in the order given; those that are not assessable are left out. */
    @Transactional(readOnly = true)
    public List<Assessable> byIds(List<ApplicationId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<ApplicationId, Assessable> found = new java.util.HashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM assessment_assessable WHERE application_id IN (:ids)")
                .param("ids", ids.stream().map(ApplicationId::value).toList())
                .query(AssessableApplications::assessable).list()
                .forEach(each -> found.put(each.applicationId(), each));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** How many rows {@link #eligiblePage} pages through. */
    @Transactional(readOnly = true)
    public long countEligible(String nationalAgencyCode, @Nullable Group group) {
        return jdbc.sql("SELECT COUNT(*) FROM assessment_assessable WHERE " + ELIGIBLE_OF + groupCondition(group))
                .params(groupParameters(nationalAgencyCode, group)).query(Long.class).single();
    }

    /** The call years, rounds and action types the agency has eligible applications in, in order. */
    @Transactional(readOnly = true)
    public List<Group> eligibleGroups(String nationalAgencyCode) {
        return jdbc.sql("SELECT DISTINCT call_year, round_number, action_type FROM assessment_assessable WHERE "
                        + ELIGIBLE_OF + " ORDER BY call_year, round_number, action_type")
                .param(nationalAgencyCode)
                .query((row, number) -> new Group(row.getInt("call_year"), row.getInt("round_number"),
                        row.getString("action_type"))).list();
    }

    private static final String ELIGIBLE_OF = "national_agency_code = ? AND eligible = TRUE";

    private static String groupCondition(@Nullable Group group) {
        return group == null ? "" : " AND call_year = ? AND round_number = ? AND action_type = ?";
    }

    private static Object[] groupParameters(String agency, @Nullable Group group, Object... more) {
        List<Object> values = new java.util.ArrayList<>(List.of(agency));
        if (group != null) {
            values.addAll(List.of(group.callYear(), group.roundNumber(), group.actionType()));
        }
        values.addAll(List.of(more));
        return values.toArray();
    }

    /** A call year, round and action type of an agency's applications. */
    public record Group(int callYear, int roundNumber, String actionType) {
    }

    private static Assessable assessable(ResultSet row, int number) throws SQLException {
        return new Assessable(new ApplicationId(row.getObject("application_id", UUID.class)),
                row.getObject("submission_id", UUID.class), row.getString("application_number"),
                row.getString("national_agency_code"), row.getInt("call_year"), row.getInt("round_number"),
                row.getString("action_type"), row.getString("title"), row.getString("language_code"),
                row.getString("applicant_oid"), Expert.split(row.getString("consortium_oids")),
                row.getBigDecimal("requested_grant"), row.getBoolean("eligible"));
    }
}

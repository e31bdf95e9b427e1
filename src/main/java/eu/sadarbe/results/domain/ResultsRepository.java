package eu.sadarbe.results.domain;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import eu.sadarbe.results.ProjectStatus;
import eu.sadarbe.results.PublicProject;

/**
 * The SQL of the results module. Searches run on the Java-folded {@code search_key}: PostgreSQL with full-text
 * search (the {@code simple} configuration, each word a prefix), H2 with {@code LIKE}; both give the same answers
 * for words of letters and digits. The open data reads through a client with a fetch size, so that PostgreSQL
 * streams rows through a cursor inside the read-only transaction instead of loading them all.
 */
@Repository
public class ResultsRepository {

    static final int PAGE_SIZE = 20;
    private static final int FETCH_SIZE = 500;

    private static final String COLUMNS = """
            p.application_id, p.application_number, p.title, p.original_language, p.summary_original, p.summary_en,
            p.action_type, p.field, p.call_year, p.round_number, p.agency_code, p.coordinator_country, p.priorities,
            p.granted_amount, p.awarded_at, p.planned_start, p.planned_end, p.agreement_number, p.contracted_amount,
            p.in_force_on, p.updated_at, p.completed_on, p.final_grant, p.results_summary_en,
            p.results_summary_original, p.results_language""";

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final boolean postgres;

    ResultsRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.streaming = JdbcClient.create(template);
        this.postgres = isPostgres(dataSource);
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException unreachable) {
            return false;
        }
    }

    // ---- writing, from the events ----

    /** Records or revises a selected project and its consortium; the links and disbursements stay. */
    public void saveSelected(PublicProject project, List<PublicProject.Member> members, String searchKey) {
        int updated = jdbc.sql("""
                        UPDATE results_project SET application_number = :number, title = :title,
                            original_language = :language, summary_original = :original, summary_en = :english,
                            action_type = :actionType, field = :field, call_year = :callYear, round_number = :round,
                            agency_code = :agency, coordinator_country = :country, priorities = :priorities,
                            granted_amount = :granted, awarded_at = :awardedAt, planned_start = :start,
                            planned_end = :end, search_key = :key, updated_at = :updatedAt
                        WHERE application_id = :id""")
                .paramSource(params(project, searchKey)).update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO results_project (application_id, application_number, title, original_language,
                                summary_original, summary_en, action_type, field, call_year, round_number, agency_code,
                                coordinator_country, priorities, granted_amount, awarded_at, planned_start,
                                planned_end, search_key, updated_at)
                            VALUES (:id, :number, :title, :language, :original, :english, :actionType, :field,
                                :callYear, :round, :agency, :country, :priorities, :granted, :awardedAt, :start, :end,
                                :key, :updatedAt)""")
                    .paramSource(params(project, searchKey)).update();
        }
        jdbc.sql("DELETE FROM results_organisation WHERE application_id = :id")
                .param("id", project.applicationId()).update();
        int position = 0;
        for (PublicProject.Member member : members) {
            jdbc.sql("""
                            INSERT INTO results_organisation (application_id, position, application_number, name,
                                organisation_id, country, city, role)
                            VALUES (:id, :position, :number, :name, :oid, :country, :city, :role)""")
                    .param("id", project.applicationId()).param("position", position++)
                    .param("number", project.applicationNumber()).param("name", member.name())
                    .param("oid", member.organisationId()).param("country", member.country())
                    .param("city", member.city()).param("role", member.role()).update();
        }
        applyAgreements(project.applicationId(), project.updatedAt());
    }

    private static Map<String, Object> params(PublicProject project, String searchKey) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("id", project.applicationId());
        params.put("number", project.applicationNumber());
        params.put("title", project.title());
        params.put("language", project.originalLanguage());
        params.put("original", project.summaryOriginal());
        params.put("english", project.summaryEnglish());
        params.put("actionType", project.actionType());
        params.put("field", project.field());
        params.put("callYear", project.callYear());
        params.put("round", project.roundNumber());
        params.put("agency", project.agencyCode());
        params.put("country", project.coordinatorCountry());
        params.put("priorities", " " + String.join(" ", project.priorities()) + " ");
        params.put("granted", project.grantedAmount());
        params.put("awardedAt", project.awardedAt().atOffset(ZoneOffset.UTC));
        params.put("start", project.plannedStart());
        params.put("end", project.plannedEnd());
        params.put("key", searchKey);
        params.put("updatedAt", project.updatedAt().atOffset(ZoneOffset.UTC));
        return params;
    }

    /** A decision revised to reserve or rejection (before its letter): the project is no longer funded. */
    public void withdraw(UUID applicationId) {
        jdbc.sql("DELETE FROM results_project WHERE application_id = :id").param("id", applicationId).update();
    }

    /** An agreement in force (KA229: one per school); applied to the project now or when it arrives. */
    public void saveAgreement(UUID applicationId, String agreementNumber, BigDecimal awardedTotal, LocalDate inForceOn,
                              LocalDate start, LocalDate end, Instant now) {
        jdbc.sql("DELETE FROM results_agreement WHERE agreement_number = :number")
                .param("number", agreementNumber).update();
        jdbc.sql("""
                        INSERT INTO results_agreement (agreement_number, application_id, awarded_total, in_force_on,
                            project_start, project_end)
                        VALUES (:number, :id, :total, :inForce, :start, :end)""")
                .param("number", agreementNumber).param("id", applicationId).param("total", awardedTotal)
                .param("inForce", inForceOn).param("start", start).param("end", end).update();
        applyAgreements(applicationId, now);
    }

    private void applyAgreements(UUID applicationId, Instant now) {
        List<Object[]> rows = jdbc.sql("""
                        SELECT agreement_number, awarded_total, in_force_on, project_start, project_end
                        FROM results_agreement WHERE application_id = :id ORDER BY agreement_number""")
                .param("id", applicationId)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getBigDecimal(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)})
                .list();
        if (rows.isEmpty()) {
            return;
        }
        String numbers = String.join(", ", rows.stream().map(row -> (String) row[0]).toList());
        BigDecimal total = rows.stream().map(row -> (BigDecimal) row[1]).reduce(BigDecimal.ZERO, BigDecimal::add);
        LocalDate inForce = rows.stream().map(row -> (LocalDate) row[2]).min(LocalDate::compareTo).orElseThrow();
        LocalDate start = rows.stream().map(row -> (LocalDate) row[3]).min(LocalDate::compareTo).orElseThrow();
        LocalDate end = rows.stream().map(row -> (LocalDate) row[4]).max(LocalDate::compareTo).orElseThrow();
        jdbc.sql("""
                        UPDATE results_project SET agreement_number = :numbers, contracted_amount = :total,
                            in_force_on = :inForce, planned_start = :start, planned_end = :end, updated_at = :now
                        WHERE application_id = :id""")
                .param("numbers", numbers.length() > 60 ? numbers.substring(0, 60) : numbers)
                .param("total", total).param("inForce", inForce).param("start", start).param("end", end)
                .param("now", now.atOffset(ZoneOffset.UTC)).param("id", applicationId).update();
    }

    /** A payment made; the same payment order twice is recorded once. */
    public void saveDisbursement(UUID paymentOrderId, UUID applicationId, String applicationNumber, String kind,
                                 BigDecimal amount, LocalDate paidOn) {
        boolean known = jdbc.sql("SELECT COUNT(*) FROM results_disbursement WHERE payment_order_id = :id")
                .param("id", paymentOrderId).query(Integer.class).single() > 0;
        if (!known) {
            jdbc.sql("""
                            INSERT INTO results_disbursement (payment_order_id, application_id, application_number,
                                kind, amount, paid_on)
                            VALUES (:id, :applicationId, :number, :kind, :amount, :paidOn)""")
                    .param("id", paymentOrderId).param("applicationId", applicationId)
                    .param("number", applicationNumber).param("kind", kind).param("amount", amount)
                    .param("paidOn", paidOn).update();
        }
    }

    public void addLink(UUID applicationId, String label, String url) {
        jdbc.sql("INSERT INTO results_link (id, application_id, label, url, broken) VALUES (:id, :app, :label, :url, FALSE)")
                .param("id", UUID.randomUUID()).param("app", applicationId).param("label", label).param("url", url)
                .update();
    }

    public List<PublicProject.ResultLink> allLinks() {
        return jdbc.sql("SELECT id, label, url, checked_at, broken, status_detail FROM results_link ORDER BY id")
                .query(ResultsRepository::link).list();
    }

    public void markLink(UUID id, boolean broken, @Nullable String detail, Instant checkedAt) {
        jdbc.sql("UPDATE results_link SET broken = :broken, status_detail = :detail, checked_at = :at WHERE id = :id")
                .param("broken", broken).param("detail", detail).param("at", checkedAt.atOffset(ZoneOffset.UTC))
                .param("id", id).update();
    }

    // ---- reading, for the pages ----

    public Optional<PublicProject> find(String applicationNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM results_project p WHERE p.application_number = :number")
                .param("number", applicationNumber).query(ResultsRepository::project).optional();
    }

    public List<PublicProject.Member> members(UUID applicationId) {
        return jdbc.sql("""
                        SELECT name, organisation_id, country, city, role FROM results_organisation
                        WHERE application_id = :id ORDER BY position""")
                .param("id", applicationId).query(ResultsRepository::member).list();
    }

    public List<PublicProject.Disbursement> disbursements(UUID applicationId) {
        return jdbc.sql("""
                        SELECT payment_order_id, kind, amount, paid_on FROM results_disbursement
                        WHERE application_id = :id ORDER BY paid_on, payment_order_id""")
                .param("id", applicationId).query(ResultsRepository::disbursement).list();
    }

    public List<PublicProject.ResultLink> links(UUID applicationId) {
        return jdbc.sql("""
                        SELECT id, label, url, checked_at, broken, status_detail FROM results_link
                        WHERE application_id = :id ORDER BY label, id""")
                .param("id", applicationId).query(ResultsRepository::link).list();
    }

    /** One page of the projects that match, newest call year first, then by application number. */
    public ProjectPage search(ProjectQuery query, LocalDate today) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> words = SearchText.words(query.words());
        if (!words.isEmpty()) {
            if (postgres) {
                where.append(" AND to_tsvector('simple', p.search_key) @@ to_tsquery('simple', :tsquery)");
                params.put("tsquery", String.join(" & ", words.stream().map(word -> word + ":*").toList()));
            } else {
                for (int index = 0; index < words.size(); index++) {
                    where.append(" AND p.search_key LIKE :word").append(index);
                    params.put("word" + index, "%" + words.get(index) + "%");
                }
            }
        }
        filter(where, params, "p.action_type", "actionType", query.actionType());
        filter(where, params, "p.field", "field", query.field());
        filter(where, params, "p.agency_code", "agency", query.agency());
        if (query.callYear() != null) {
            where.append(" AND p.call_year = :callYear");
            params.put("callYear", query.callYear());
        }
        if (query.country() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM results_organisation o WHERE o.application_id = p.application_id"
                    + " AND o.country = :country)");
            params.put("country", query.country());
        }
        if (query.priority() != null) {
            where.append(" AND p.priorities LIKE :priority");
            params.put("priority", "% " + query.priority().replaceAll("[^A-Za-z0-9-]", "") + " %");
        }
        if (query.status() != null) {
            where.append(query.status() == ProjectStatus.COMPLETED
                    ? " AND p.completed_on IS NOT NULL" : " AND p.completed_on IS NULL");
        }
        int total = jdbc.sql("SELECT COUNT(*) FROM results_project p" + where).params(params)
                .query(Integer.class).single();
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(1, query.page()), pages);
        params.put("limit", PAGE_SIZE);
        params.put("offset", (page - 1) * PAGE_SIZE);
        List<PublicProject> projects = jdbc.sql("SELECT " + COLUMNS + " FROM results_project p" + where
                        + " ORDER BY p.call_year DESC, p.application_number LIMIT :limit OFFSET :offset")
                .params(params).query(ResultsRepository::project).list();
        return new ProjectPage(projects, total, page, pages);
    }

    private static void filter(StringBuilder where, Map<String, Object> params, String column, String name,
                               @Nullable String value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = :").append(name);
            params.put(name, value);
        }
    }

    /**
     * The values the search filters offer, from the projects there are: each list read from its index one value at
     * a time (the next value after the last one found), a handful of index probes however many projects and
     * organisations there are, where {@code SELECT DISTINCT} read every row on each search (issue 21).
     */
    public List<Integer> callYears() {
        return jdbc.sql("""
                        WITH RECURSIVE years (call_year) AS (
                            SELECT MAX(call_year) FROM results_project
                            UNION ALL
                            SELECT (SELECT MAX(p.call_year) FROM results_project p WHERE p.call_year < years.call_year)
                            FROM years WHERE years.call_year IS NOT NULL)
                        SELECT call_year FROM years WHERE call_year IS NOT NULL ORDER BY call_year DESC""")
                .query(Integer.class).list();
    }

    public List<String> countries() {
        return jdbc.sql("""
                        WITH RECURSIVE used (country) AS (
                            SELECT MIN(country) FROM results_organisation
                            UNION ALL
                            SELECT (SELECT MIN(o.country) FROM results_organisation o WHERE o.country > used.country)
                            FROM used WHERE used.country IS NOT NULL)
                        SELECT country FROM used WHERE country IS NOT NULL ORDER BY country""")
                .query(String.class).list();
    }

    // ---- streaming, for the open data ----

    /**
     * Every project, with its organisations and disbursements streamed beside it in the same order of
     * {@code application_id}: the caller merges the three and must close them, inside a read-only transaction.
     */
    public Stream<PublicProject> streamProjects() {
        return streaming.sql("SELECT " + COLUMNS + " FROM results_project p ORDER BY p.application_id")
                .query(ResultsRepository::project).stream();
    }

    public Stream<Keyed<PublicProject.Member>> streamMembers() {
        return streaming.sql("""
                        SELECT o.application_id, o.name, o.organisation_id, o.country, o.city, o.role
                        FROM results_organisation o ORDER BY o.application_id, o.position""")
                .query((rs, n) -> new Keyed<>(rs.getObject("application_id", UUID.class), member(rs, n))).stream();
    }

    public Stream<Keyed<PublicProject.Disbursement>> streamDisbursements() {
        return streaming.sql("""
                        SELECT d.application_id, d.payment_order_id, d.kind, d.amount, d.paid_on
                        FROM results_disbursement d JOIN results_project p ON p.application_id = d.application_id
                        ORDER BY d.application_id, d.paid_on, d.payment_order_id""")
                .query((rs, n) -> new Keyed<>(rs.getObject("application_id", UUID.class), disbursement(rs, n)))
                .stream();
    }

    /**
     * The final grant of one of the project's agreements was settled (reporting's {@code ProjectCompleted}); when it
     * was the last, the project is completed with the sum of its agreements' final grants and the public results
     * summary of the final report. False when the project is not (or no longer) published here.
     */
    public boolean completed(UUID agreementId, UUID applicationId, BigDecimal finalGrant, LocalDate completedOn,
                             boolean lastOfProject, @Nullable String summaryEnglish, @Nullable String summaryOriginal,
                             String language, Instant now) {
        jdbc.sql("DELETE FROM results_completion WHERE agreement_id = :agreement").param("agreement", agreementId)
                .update();
        jdbc.sql("""
                        INSERT INTO results_completion (agreement_id, application_id, final_grant, completed_on)
                        VALUES (:agreement, :application, :grant, :on)""")
                .param("agreement", agreementId).param("application", applicationId).param("grant", finalGrant)
                .param("on", completedOn).update();
        if (!lastOfProject) {
            return true;
        }
        return jdbc.sql("""
                        UPDATE results_project SET completed_on = :on,
                            final_grant = (SELECT SUM(c.final_grant) FROM results_completion c
                                           WHERE c.application_id = :application),
                            results_summary_en = :english, results_summary_original = :original,
                            results_language = :language, updated_at = :now
                        WHERE application_id = :application""")
                .param("on", completedOn).param("application", applicationId)
                .param("english", cut(summaryEnglish)).param("original", cut(summaryOriginal))
                .param("language", language).param("now", Timestamp.from(now)).update() == 1;
    }

    private static @Nullable String cut(@Nullable String text) {
        return text == null || text.length() <= 20_000 ? text : text.substring(0, 20_000);
    }

    /** A row of a child table with the project it belongs to. */
    public record Keyed<T>(UUID applicationId, T value) {
    }

    // ---- mapping ----

    private static PublicProject project(ResultSet rs, int row) throws SQLException {
        String priorities = rs.getString("priorities").trim();
        return new PublicProject(rs.getObject("application_id", UUID.class), rs.getString("application_number"),
                rs.getString("title"), rs.getString("original_language"), rs.getString("summary_original"),
                rs.getString("summary_en"), rs.getString("action_type"), rs.getString("field"),
                rs.getInt("call_year"), rs.getInt("round_number"), rs.getString("agency_code"),
                rs.getString("coordinator_country"),
                priorities.isEmpty() ? List.of() : Arrays.asList(priorities.split(" ")),
                rs.getBigDecimal("granted_amount"), instant(rs, "awarded_at"),
                rs.getObject("planned_start", LocalDate.class), rs.getObject("planned_end", LocalDate.class),
                rs.getString("agreement_number"), rs.getBigDecimal("contracted_amount"),
                rs.getObject("in_force_on", LocalDate.class), instant(rs, "updated_at"),
                rs.getObject("completed_on", LocalDate.class), rs.getBigDecimal("final_grant"),
                rs.getString("results_summary_en"), rs.getString("results_summary_original"),
                rs.getString("results_language"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        if (value != null) {
            return value.toInstant();
        }
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? Instant.EPOCH : timestamp.toInstant();
    }

    private static PublicProject.Member member(ResultSet rs, int row) throws SQLException {
        return new PublicProject.Member(rs.getString("name"), rs.getString("organisation_id"),
                rs.getString("country"), rs.getString("city"), rs.getString("role"));
    }

    private static PublicProject.Disbursement disbursement(ResultSet rs, int row) throws SQLException {
        return new PublicProject.Disbursement(rs.getObject("payment_order_id", UUID.class), rs.getString("kind"),
                rs.getBigDecimal("amount"), rs.getObject("paid_on", LocalDate.class));
    }

    private static PublicProject.ResultLink link(ResultSet rs, int row) throws SQLException {
        OffsetDateTime checked = rs.getObject("checked_at", OffsetDateTime.class);
        return new PublicProject.ResultLink(rs.getObject("id", UUID.class), rs.getString("label"),
                rs.getString("url"), checked == null ? null : checked.toInstant(), rs.getBoolean("broken"),
                rs.getString("status_detail"));
    }

    /** One page of search results. */
    public record ProjectPage(List<PublicProject> projects, int total, int page, int pages) {

        public int first() {
            return total == 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
        }

        public int last() {
            return Math.min(total, page * PAGE_SIZE);
        }
    }

}

package eu.sadarbe.accounts.personaldata;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.RetainedRecords;

/**
 * The end of the retention of agency records (issue #15, docs/personal-data-retention.md). Submitted applications,
 * extensions, scores, consolidations, decisions, rounds, rule-figure changes and the security event log are the
 * agency's records: they keep the names and e-mail addresses of the people who made them — also after a person's
 * erasure — for {@code sadarbe.privacy.record-retention} (10 years unless set) from the moment each row was made.
 * Then this job, on one node a night, replaces those names and addresses by placeholders; the records themselves (what
 * was decided, scored, submitted, when) stay.
 * <p>
 * {@link #RETAINED} lists, per table, the column whose time starts the retention and the columns that name a person.
 * A test compares it with the database's own columns, so that a table that a module adds with a person's name or
 * address in it is either listed here or named as live data (data the person can still correct or have erased).
 * Records that name people inside a document (the participants of a report's learning activities) are anonymised by
 * their own module, a {@link RetainedRecords} this job calls in the same run.
 */
@Component
public class RecordRetention {

    private static final Logger LOG = LoggerFactory.getLogger(RecordRetention.class);
    static final String ANONYMOUS_EMAIL = "retention-ended@anonymised.invalid";
    static final String ANONYMOUS_NAME = "—";

    /** A table of retained records: the time its rows were made, the columns with an address, those with a name. */
    public record Retained(String table, String madeAt, List<String> emails, List<String> names) {

        Stream<String> columns() {
            return Stream.concat(emails.stream(), names.stream());
        }
    }

    static final List<Retained> RETAINED = List.of(
            new Retained("account_security_event", "occurred_at", List.of("email"), List.of()),
            new Retained("submission", "submitted_at", List.of("submitter_email"), List.of()),
            new Retained("submission_extension", "granted_at", List.of("granted_by_email"), List.of()),
            new Retained("application_change", "changed_at", List.of(), List.of("changed_by_name")),
            new Retained("application_section", "updated_at", List.of(), List.of("updated_by_name")),
            new Retained("application_annex", "uploaded_at", List.of(), List.of("uploaded_by_name")),
            new Retained("assessment_audit", "recorded_at", List.of("actor_email"), List.of()),
            new Retained("assessment_consolidation", "consolidated_at", List.of("consolidated_by"), List.of()),
            new Retained("assessment_expert_relation", "recorded_at", List.of("recorded_by"), List.of()),
            new Retained("selection_decision", "decided_at", List.of("decided_by_email"), List.of("letter_signed_by")),
            new Retained("selection_letter_setting", "changed_at", List.of("changed_by"), List.of()),
            new Retained("grant_agreement", "prepared_at", List.of("prepared_by"), List.of()),
            new Retained("grant_audit", "happened_at", List.of("actor"), List.of()),
            new Retained("project_report", "submitted_at", List.of("submitted_by"), List.of()),
            new Retained("report_section", "saved_at", List.of("saved_by"), List.of()),
            new Retained("report_audit", "happened_at", List.of("actor"), List.of()),
            new Retained("report_assessment", "scored_at", List.of("scored_by"), List.of()),
            new Retained("report_assessment", "decided_at", List.of("decided_by"), List.of()),
            new Retained("report_ineligible_line", "marked_at", List.of("marked_by"), List.of()),
            new Retained("report_expert_review", "assigned_at", List.of("expert_email", "assigned_by"),
                    List.of("expert_name")),
            new Retained("payment_order", "marked_at", List.of("marked_by"), List.of()),
            new Retained("payment_debtor_account", "updated_at", List.of("updated_by"), List.of()),
            new Retained("selection_envelope_change", "changed_at", List.of("changed_by"), List.of()),
            new Retained("call_round", "created_at", List.of("created_by"), List.of()),
            new Retained("call_round_extension", "extended_at", List.of("extended_by"), List.of()),
            new Retained("rule_figure_change", "changed_at", List.of("changed_by"), List.of()));

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PrivacySettings settings;
    private final List<RetainedRecords> documents;

    RecordRetention(JdbcClient jdbc, Clock clock, PrivacySettings settings, List<RetainedRecords> documents) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
        this.documents = documents;
    }

    @Scheduled(cron = "0 50 3 * * *", zone = "Europe/Brussels")
    @SchedulerLock(name = "accounts.end-record-retention", lockAtLeastFor = "PT5S")
    public void endRetentionOnSchedule() {
        endRetention();
    }

    /** Anonymises the people in every retained row made before the retention period; how many rows changed. */
    @Transactional
    public int endRetention() {
        OffsetDateTime before = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)
                .minus(settings.recordRetention());
        int changed = 0;
        for (Retained retained : RETAINED) {
            changed += jdbc.sql(anonymising(retained))
                    .param("before", before).param("email", ANONYMOUS_EMAIL).param("name", ANONYMOUS_NAME)
                    .update();
        }
        for (RetainedRecords inDocuments : documents) {
            changed += inDocuments.anonymiseMadeBefore(before);
        }
        LOG.info("Anonymised the people in {} rows of agency records made before {}", changed, before);
        return changed;
    }

    /** One statement a table: only rows still naming someone, so a second run changes nothing. */
    static String anonymising(Retained retained) {
        List<String> sets = new ArrayList<>();
        List<String> named = new ArrayList<>();
        retained.emails().forEach(column -> {
            sets.add(column + " = CASE WHEN " + column + " IS NULL THEN NULL ELSE :email END");
            named.add("(" + column + " IS NOT NULL AND " + column + " <> :email)");
        });
        retained.names().forEach(column -> {
            sets.add(column + " = CASE WHEN " + column + " IS NULL THEN NULL ELSE :name END");
            named.add("(" + column + " IS NOT NULL AND " + column + " <> :name)");
        });
        return "UPDATE " + retained.table() + " SET " + String.join(", ", sets) + " WHERE " + retained.madeAt()
                + " < :before AND (" + String.join(" OR ", named) + ")";
    }
}

package eu.sadarbe.reporting.domain;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.grants.Agreements;
import eu.sadarbe.organisations.Oid;
import eu.sadarbe.organisations.OrganisationRegister;
import eu.sadarbe.web.Formats;
import eu.sadarbe.web.Mail;
import eu.sadarbe.web.Mails;
import eu.sadarbe.web.PublicSite;

/**
 * The R-REP-01 reminders: every morning in Brussels, on one node (ShedLock), the project's people of an open final
 * report are e-mailed on the project's end date and {@code FINAL_REPORT_REMINDER_DAYS} after it, each in their own
 * language. Every reminder is recorded ({@code report_reminder}) before its e-mails go, so it goes once; a run missed
 * (the job down that morning) is caught up the next morning while the reminder still makes sense (the first until
 * the second is due, the second until the report is due).
 */
@Component
public class ReportReminders {

    private static final Logger LOG = LoggerFactory.getLogger(ReportReminders.class);
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    /** Which of the two R-REP-01 reminders. */
    public enum Reminder { END_DATE, BEFORE_DUE }

    private final ReportRepository reports;
    private final ReportSchedule schedule;
    private final OrganisationRegister organisations;
    private final AccountRegister accounts;
    private final Mails mails;
    private final PublicSite site;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Agreements agreements;

    ReportReminders(Agreements agreements, ReportRepository reports, ReportSchedule schedule, OrganisationRegister organisations,
                    AccountRegister accounts, Mails mails, PublicSite site, JdbcClient jdbc,
                    TransactionTemplate transaction, Clock clock) {
        this.agreements = agreements;
        this.reports = reports;
        this.schedule = schedule;
        this.organisations = organisations;
        this.accounts = accounts;
        this.mails = mails;
        this.site = site;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(cron = "${sadarbe.reporting.reminders-cron:0 15 7 * * *}", zone = "Europe/Brussels")
    @SchedulerLock(name = "reporting-reminders", lockAtMostFor = "PT30M")
    void everyMorning() {
        int sent = remind();
        if (sent > 0) {
            LOG.info("R-REP-01 reminders sent: {}", sent);
        }
    }

    /** Sends the reminders due today in Brussels; returns how many reminders (not e-mails) went. */
    public int remind() {
        LocalDate today = LocalDate.now(clock.withZone(BRUSSELS));
        int sent = 0;
        for (Report report : reports.openFinalReportsEndedBy(today)) {
            Optional<Reminder> due = dueToday(report, today);
            if (due.isPresent() && send(report, due.get())) {
                sent++;
            }
        }
        return sent;
    }

    /** The reminder a report is due today, if any (R-REP-01). */
    Optional<Reminder> dueToday(Report report, LocalDate today) {
        ReportedProject project = report.project();
        LocalDate second = schedule.secondReminderOn(project);
        if (!today.isBefore(second) && !today.isAfter(report.dueOn())) {
            return Optional.of(Reminder.BEFORE_DUE);
        }
        if (!today.isBefore(project.projectEnd()) && today.isBefore(second)) {
            return Optional.of(Reminder.END_DATE);
        }
        return Optional.empty();
    }

    /** Records the reminder and mails it after commit; false when it was recorded before (sent already). */
    private boolean send(Report report, Reminder reminder) {
        ReportedProject project = report.project();
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                boolean recorded = jdbc.sql("SELECT COUNT(*) FROM report_reminder WHERE report_id = ? AND reminder = ?"
                                + " AND project_end = ?")
                        .params(report.id().value(), reminder.name(), Date.valueOf(project.projectEnd()))
                        .query(Integer.class).single() > 0;
                if (recorded) {
                    return false;
                }
                Map<String, AccountSummary> people = people(project);
                jdbc.sql("INSERT INTO report_reminder (report_id, reminder, project_end, sent_at, recipients) "
                                + "VALUES (?, ?, ?, ?, ?)")
                        .params(report.id().value(), reminder.name(), Date.valueOf(project.projectEnd()),
                                Timestamp.from(clock.instant()), people.size())
                        .update();
                String link = site.link("/projects/{id}/reports/final", project.agreementId());
                for (AccountSummary person : people.values()) {
                    Locale language = Locale.forLanguageTag(person.language());
                    Formats formats = Formats.in(language);
                    mails.sendAfterCommit(Mail.to(person.email(), language)
                            .template("reporting/mail/reminder", "reporting.mail.reminder.subject",
                                    project.agreementNumber())
                            .with("reminder", reminder.name())
                            .with("number", project.agreementNumber())
                            .with("title", project.title())
                            .with("projectEnd", formats.date(project.projectEnd()))
                            .with("dueOn", formats.date(report.dueOn()))
                            .with("link", link)
                            .fromAgency(project.agencyCode()));
                }
                return true;
            }));
        } catch (DuplicateKeyException anotherNode) {
            return false;
        }
    }

    /** The people of the beneficiary and the partner organisations of the agreement, once each. */
    private Map<String, AccountSummary> people(ReportedProject project) {
        Map<String, AccountSummary> people = new LinkedHashMap<>();
        for (String organisation : organisationsOf(project)) {
            List<AccountId> ids;
            try {
                ids = organisations.accountsActingFor(new Oid(organisation));
            } catch (IllegalArgumentException notAnOid) {
                continue;
            }
            ids.forEach(id -> accounts.byId(id).ifPresent(account -> people.putIfAbsent(account.email(), account)));
        }
        return people;
    }

    private List<String> organisationsOf(ReportedProject project) {
        List<String> all = new java.util.ArrayList<>(List.of(project.beneficiaryOrganisationId()));
        agreements.inForce(project.agreementId()).ifPresent(agreement -> all.addAll(agreement.partnerOrganisationIds()));
        return all;
    }
}

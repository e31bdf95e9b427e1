package eu.sadarbe.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.grants.AgreementInForce;
import eu.sadarbe.grants.Agreements;
import eu.sadarbe.grants.PaymentScheme;
import eu.sadarbe.reporting.ReportFixtures;
import eu.sadarbe.reporting.ReportKind;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionTest;
import eu.sadarbe.web.ReceivedMail;

/**
 * The R-REP-01 reminders, on the right days and once, e-mailed to the project's people. On the whole application
 * because the e-mails need its mail server and settable clock ({@link SubmissionTest}); the rest of the project's
 * side of reports, without the demo data, is a module test of reporting ({@link ReportUseCasesTests}).
 */
@SubmissionTest
class ReportDeskTests {

    @Autowired ReportOpening opening;
    @Autowired ReportRepository reports;
    @Autowired ReportReminders reminders;
    @Autowired Agreements agreements;
    @Autowired ApplicationRegister applications;
    @Autowired AccountRegister accounts;
    @Autowired JdbcClient jdbc;
    @Autowired SettableClock clock;
    @Autowired GreenMail greenMail;

    ReportFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ReportFixtures(agreements, applications, accounts, jdbc);
    }

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    private AgreementInForce inForce(PaymentScheme scheme, LocalDate end) {
        return fixtures.copy(fixtures.source(scheme), end, scheme);
    }

    private static LocalDate uniqueEnd() {
        // An end date no other test's agreement has, so that the reminders of a day are this test's.
        return LocalDate.of(2035, 1, 1).plusDays(Math.floorMod(UUID.randomUUID().hashCode(), 3000));
    }

    @Test
    void theRemindersGoOnTheEndDateAndFiftyThreeDaysAfterOnceEach() throws Exception {
        AgreementInForce agreement = inForce(PaymentScheme.ONE_PREFINANCING, uniqueEnd());
        opening.open(agreement.id());
        Report report = reports.find(agreement.id(), ReportKind.FINAL).orElseThrow();
        LocalDate end = agreement.projectEnd();

        at(end.minusDays(1));
        reminders.remind();
        assertThat(sent(report)).isEmpty();

        at(end);
        reminders.remind();
        assertThat(sent(report)).containsExactly("END_DATE");
        MimeMessage mail = ReceivedMail.to(greenMail, ReportFixtures.COORDINATORS, null);
        assertThat(mail).isNotNull();
        reminders.remind();   // the same morning again, or another node
        at(end.plusDays(1));
        reminders.remind();
        assertThat(sent(report)).containsExactly("END_DATE");

        at(end.plusDays(52));
        reminders.remind();
        assertThat(sent(report)).containsExactly("END_DATE");
        // R-REP-01: FINAL_REPORT_REMINDER_DAYS (53) after the end
        at(end.plusDays(53));
        reminders.remind();
        at(end.plusDays(54));
        reminders.remind();
        assertThat(sent(report)).containsExactlyInAnyOrder("END_DATE", "BEFORE_DUE");
        assertThat(jdbc.sql("SELECT recipients FROM report_reminder WHERE report_id = ?").param(report.id().value())
                .query(Integer.class).list()).allMatch(count -> count >= 1);
    }

    private void at(LocalDate day) {
        clock.setBrussels(LocalDateTime.of(day, java.time.LocalTime.of(7, 15)));
    }

    private List<String> sent(Report report) {
        return jdbc.sql("SELECT reminder FROM report_reminder WHERE report_id = ? ORDER BY sent_at")
                .param(report.id().value()).query(String.class).list();
    }
}

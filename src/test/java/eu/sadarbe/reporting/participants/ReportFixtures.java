package eu.sadarbe.reporting.participants;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.grants.Agreements;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.grants.PaymentScheme;
import eu.sadarbe.grants.domain.BeneficiaryDetails;
import eu.sadarbe.grants.domain.GrantAgreement;
import eu.sadarbe.grants.domain.GrantDesk;
import eu.sadarbe.reporting.ReportKind;
import eu.sadarbe.reporting.domain.Report;
import eu.sadarbe.reporting.domain.ReportRepository;
import eu.sadarbe.reporting.domain.ReportedProject;
import eu.sadarbe.selection.RankingKey;
import eu.sadarbe.selection.SelectionTestData;
import eu.sadarbe.selection.domain.Outcome;
import eu.sadarbe.selection.domain.SelectionDesk;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionDesk;
import eu.sadarbe.submission.SubmissionFixtures;
import eu.sadarbe.submission.SubmissionSummary;

/**
 * A report to import into, on real data: Anna's KA229 School Exchange Partnership of a Latvian school (E10000002,
 * which she acts for) and an Estonian one (E10000012), 2020-09-01 to 2021-08-31, submitted, assessed, selected and
 * its letter issued by LV01, the Latvian school's agreement prepared, signed by Anna and by Ilze, so in force; then its
 * report (the one the reporting module opened when the agreement entered into force, or one opened here).
 */
public final class ReportFixtures {

    static final RankingKey KA229 = new RankingKey("LV01", 2020, 3, "KA229");

    private ReportFixtures() {
    }

    public static GrantAgreementId agreementInForce(SelectionTestData fixtures, DraftDesk drafting,
                                             SubmissionDesk desk, SelectionDesk selection, GrantDesk grants,
                                             SettableClock clock, String title) {
        SignedInUser ilze = fixtures.person(SubmissionFixtures.ILZE);
        SignedInUser anna = fixtures.person(SubmissionFixtures.ANNA);
        String document = readingTogether()
                .replace("\"KA201\"", "\"KA229\"").replace("\"INNOVATION\"", "\"EXCHANGE_OF_GOOD_PRACTICES\"")
                .replace("\"Reading together\"", "\"" + title + "\"")
                .replace("E10000011", "E10000002")
                .replaceFirst("(?s)\"transnationalMeetings\": \\[.*?\\],\\s*\"intellectualOutputs\"",
                        "\"transnationalMeetings\": [], \"intellectualOutputs\"")
                .replaceFirst("\\{", "{\"declaration\": {\"accepted\": true, \"signedBy\": \"Anna Bērziņa\"}, ");
        try {
            ApplicationSummary draft = drafting.start(anna.id(), document, fixtures.openRound().id());
            SubmissionSummary submission = desk.submit(draft.id(), OptionalLong.empty(), UUID.randomUUID().toString(),
                    anna);
            fixtures.assessed(submission, 26, 16, 16, 24, "20000", null, List.of("Good"));
            fixtures.afterTheDeadline();
            selection.override(submission.applicationId(), Outcome.SELECTED, new BigDecimal("5000"), "Selected",
                    "Test envelope", ilze);
            selection.issueLetters(KA229, ilze);
            List<GrantAgreement> prepared = grants.prepare(submission.applicationId(), PaymentScheme.ONE_PREFINANCING,
                    "lv", List.of(
                            new BeneficiaryDetails("E10000002", "LV80 BANK 0000 4351 9500 1", "HABALV22", "Inese Kalna"),
                            new BeneficiaryDetails("E10000012", "EE38 2200 2210 2014 5685", "HABAEE2X", "Mari Tamm")),
                    ilze);
            GrantAgreement latvian = prepared.get(0);
            grants.signByBeneficiary(latvian.id(), String.valueOf(latvian.pdfSha256()), anna);
            grants.signByAgency(latvian.id(), ilze);
            return latvian.id();
        } finally {
            clock.reset();
        }
    }

    /** The agreement's report of this kind: opened here unless the reporting module opened it already. */
    public static Report report(GrantAgreementId agreementId, ReportKind kind, Agreements agreements,
                         ReportRepository reports, SettableClock clock) {
        return reports.find(agreementId, kind).orElseGet(() -> {
            ReportedProject project = ReportedProject.of(agreements.inForce(agreementId).orElseThrow());
            Report report = Report.open(project, kind, project.projectEnd().plusDays(60), clock.instant());
            try {
                reports.save(report);
                return report;
            } catch (DataIntegrityViolationException openedMeanwhile) {
                return reports.find(agreementId, kind).orElseThrow();
            }
        });
    }

    private static String readingTogether() {
        try (InputStream json = ReportFixtures.class.getResourceAsStream("/api-examples/reading-together.json")) {
            return new String(json.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}

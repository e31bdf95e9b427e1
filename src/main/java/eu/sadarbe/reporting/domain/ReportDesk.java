package eu.sadarbe.reporting.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.AnnexSettings;
import eu.sadarbe.applications.PdfContent;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.reporting.ReportId;
import eu.sadarbe.reporting.ReportKind;

/**
 * The project's side of reports (rules file section 6): reading a report, saving a section on the version its
 * editor started from (as drafts are saved), uploading the PDF evidence of real costs within the drafts' annex
 * limits, and submitting. The project's people write; they and the agency's officers read ({@link ReportAccess}).
 */
@Service
public class ReportDesk {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final byte[] PDF_SIGNATURE = {'%', 'P', 'D', 'F', '-'};
    /** Two people saving different sections at once both succeed: the loser of the row race loads and tries again. */
    private static final int ATTEMPTS = 3;

    private final ReportRepository reports;
    private final ReportEvidenceRepository evidence;
    private final ReportAccess access;
    private final AnnexSettings limits;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReportDesk(ReportRepository reports, ReportEvidenceRepository evidence, ReportAccess access, AnnexSettings limits,
               ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.reports = reports;
        this.evidence = evidence;
        this.access = access;
        this.limits = limits;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The agreement's reports (final first), for whoever may read them; none before the agreement is in force. */
    public List<ReportView> ofAgreement(GrantAgreementId agreement, SignedInUser user) {
        return readOnly(() -> {
            List<Report> found = reports.ofAgreement(agreement);
            if (found.isEmpty()) {
                throw new UnknownReport(agreement.toString());
            }
            access.requireRead(user, found.get(0).project());
            return found.stream().map(report -> view(report, user)).toList();
        });
    }

    public ReportView read(GrantAgreementId agreement, ReportKind kind, SignedInUser user) {
        return readOnly(() -> {
            Report report = reports.find(agreement, kind).orElseThrow(() -> new UnknownReport(agreement + " " + kind));
            access.requireRead(user, report.project());
            return view(report, user);
        });
    }

    public ReportView read(ReportId id, SignedInUser user) {
        return readOnly(() -> {
            Report report = reports.find(id).orElseThrow(() -> new UnknownReport(id.toString()));
            access.requireRead(user, report.project());
            return view(report, user);
        });
    }

    /**
     * Saves one section of {@code edited} on {@code baseVersion}: {@link ReportSectionConflict} when someone saved
     * it since, {@link ReportRefused} when a line does not hold or the report is not open.
     */
    public Report save(ReportId id, ReportSection section, ReportContent edited, int baseVersion, SignedInUser user) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> {
                    Report report = writable(id, user);
                    Set<String> files = new HashSet<>();
                    evidence.of(id).forEach(file -> files.add(file.id().toString()));
                    // Links to other sections are checked against the report as it stands, with this section edited.
                    ReportContent merged = SectionParts.withPart(report.content(), section,
                            SectionParts.toJson(edited, section));
                    ReportLines.check(section, merged, report.project(), files);
                    report.save(section, merged, baseVersion, user.email(), clock.instant());
                    reports.save(report);
                    return report;
                });
            } catch (OptimisticLockingFailureException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    /** The project sends the report to the agency (a final one needs its public summary, R-REP-02). */
    public Report submit(ReportId id, SignedInUser user) {
        return transaction.execute(status -> {
            Report report = writable(id, user);
            report.submit(user.email(), clock.instant());
            reports.save(report);
            report.takeEvents().forEach(events::publishEvent);
            return report;
        });
    }

    /**
     * Uploads a PDF as evidence of a real cost, within the annex limits of drafts (largest file, how many, total).
     * Refused when empty, too large, over the quota, not a PDF by its content, or a PDF that would run something when
     * opened (JavaScript, a launch action, additional actions) — the same check as a draft's annexes.
     */
    public ReportEvidenceRepository.EvidenceFile upload(ReportId id, @Nullable String fileName, byte[] content,
                                              SignedInUser user) {
        return transaction.execute(status -> {
            Report report = writable(id, user);
            if (content.length == 0) {
                throw new ReportRefused("reporting.refused.evidenceEmpty", null);
            }
            if (content.length > limits.maxFileSize().toBytes()) {
                throw new ReportRefused("reporting.refused.evidenceTooLarge", null,
                        limits.maxFileSize().toMegabytes());
            }
            String name = sanitised(fileName);
            if (!startsAsPdf(content)) {
                throw new ReportRefused("reporting.refused.evidenceNotPdf", null, name);
            }
            List<ReportEvidenceRepository.EvidenceFile> stored = evidence.of(id);
            if (stored.size() + 1 > limits.maxCount()) {
                throw new ReportRefused("reporting.refused.evidenceTooMany", null, limits.maxCount());
            }
            long total = stored.stream().mapToLong(ReportEvidenceRepository.EvidenceFile::size).sum() + content.length;
            if (total > limits.maxTotalSize().toBytes()) {
                throw new ReportRefused("reporting.refused.evidenceQuota", null, limits.maxTotalSize().toMegabytes());
            }
            switch (PdfContent.of(content)) {
                case NOT_A_PDF -> throw new ReportRefused("reporting.refused.evidenceNotPdf", null, name);
                case ACTIVE_CONTENT -> throw new ReportRefused("reporting.refused.evidenceActiveContent", null, name);
                case PDF -> { }
            }
            ReportEvidenceRepository.EvidenceFile file = new ReportEvidenceRepository.EvidenceFile(UUID.randomUUID(),
                    name, content.length, sha256(content), clock.instant().truncatedTo(ChronoUnit.MICROS));
            evidence.insert(id, file, content);
            report.record(user.email(), "evidence", name, clock.instant());
            reports.save(report);
            return file;
        });
    }

    /** An evidence file's bytes, for whoever may read the report. */
    public EvidenceContent evidence(ReportId id, UUID file, SignedInUser user) {
        return readOnly(() -> {
            Report report = reports.find(id).orElseThrow(() -> new UnknownReport(id.toString()));
            access.requireRead(user, report.project());
            ReportEvidenceRepository.EvidenceFile listed = evidence.of(id).stream()
                    .filter(found -> found.id().equals(file)).findFirst()
                    .orElseThrow(() -> new UnknownReport(id + " evidence " + file));
            return new EvidenceContent(listed, evidence.content(id, file).orElseThrow());
        });
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(BRUSSELS));
    }

    public AnnexSettings limits() {
        return limits;
    }

    private Report writable(ReportId id, SignedInUser user) {
        Report report = reports.find(id).orElseThrow(() -> new UnknownReport(id.toString()));
        access.requireWrite(user, report.project());
        return report;
    }

    private ReportView view(Report report, SignedInUser user) {
        return new ReportView(report, access.mayWrite(user, report.project()) && report.status()
                == eu.sadarbe.reporting.ReportStatus.OPEN, evidence.of(report.id()), report.isOverdue(today()));
    }

    private <T> T readOnly(java.util.function.Supplier<T> work) {
        TransactionTemplate reading = new TransactionTemplate(transaction.getTransactionManager());
        reading.setReadOnly(true);
        return reading.execute(status -> work.get());
    }

    /** Starts with the PDF signature; what it holds is judged by {@link PdfContent}, as for a draft's annexes. */
    private static boolean startsAsPdf(byte[] content) {
        return content.length >= PDF_SIGNATURE.length
                && Arrays.equals(content, 0, PDF_SIGNATURE.length, PDF_SIGNATURE, 0, PDF_SIGNATURE.length);
    }

    private static String sanitised(@Nullable String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "")
                .strip();
        if (name.isEmpty()) {
            name = "evidence.pdf";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * A report as its reader sees it: whether they may write it now (the project's people, while it is open), its
     * evidence files, and whether it is late (R-REP-01).
     */
    public record ReportView(Report report, boolean mayWrite, List<ReportEvidenceRepository.EvidenceFile> evidence,
                             boolean overdue) {
    }

    /** An evidence file with its bytes. */
    public record EvidenceContent(ReportEvidenceRepository.EvidenceFile file, byte[] content) {
    }
}

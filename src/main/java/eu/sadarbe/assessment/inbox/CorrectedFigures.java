package eu.sadarbe.assessment.inbox;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.assessment.AuditTrail;
import eu.sadarbe.assessment.BackOfficeStatus;
import eu.sadarbe.assessment.experts.AssessableApplications;
import eu.sadarbe.calls.Finding;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.eligibility.CheckReport;
import eu.sadarbe.eligibility.EligibilityCheck;
import eu.sadarbe.submission.SubmittedApplication;
import eu.sadarbe.submission.SubmittedApplications;

/**
 * Frozen means frozen (issue 13, item 14): a submission is checked and budgeted with the rule figures in force when
 * it was submitted (R-GEN-01). An administrator's later correction reaches it only when an officer of its agency
 * re-applies today's figures, after seeing what changes; that is audited, and the inbox, the experts and the ranking
 * then all use the same figures.
 */
@Service
public class CorrectedFigures {

    static final String AUDIT_ACTION = "figuresReapplied";

    private final InboxEntries entries;
    private final SubmittedApplications submitted;
    private final EligibilityCheck eligibility;
    private final RegisterCheck register;
    private final RuleBook rules;
    private final AssessableApplications assessable;
    private final AuditTrail audit;

    CorrectedFigures(InboxEntries entries, SubmittedApplications submitted, EligibilityCheck eligibility,
                     RegisterCheck register, RuleBook rules,
                     AssessableApplications assessable, AuditTrail audit) {
        this.entries = entries;
        this.submitted = submitted;
        this.eligibility = eligibility;
        this.register = register;
        this.rules = rules;
        this.assessable = assessable;
        this.audit = audit;
    }

    /** What re-applying today's figures would change; empty when no correction since touches its budget. */
    @Transactional(readOnly = true)
    public Optional<Difference> difference(ApplicationId id, SignedInUser officer) {
        InboxEntry entry = own(id, officer);
        SubmittedApplication application = submitted.latestOf(id).orElseThrow(() -> new NotInInbox(id));
        long now = rules.currentRevision();
        if (application.ruleRevision() >= now) {
            return Optional.empty();
        }
        BigDecimal corrected = eligibility.check(application.document(), now).budget().total().amount();
        if (corrected.compareTo(entry.requestedGrant()) == 0) {
            return Optional.empty();   // the corrections since do not touch this application's budget
        }
        return Optional.of(new Difference(application.ruleRevision(), now, entry.requestedGrant(), corrected,
                mayReapply(entry.status())));
    }

    /** The officer re-applies today's figures to the application's submission, with their confirmation. */
    @Transactional
    public InboxEntry reapply(ApplicationId id, SignedInUser officer) {
        InboxEntry entry = own(id, officer);
        if (!mayReapply(entry.status())) {
            throw new FormalCheckRefused("figuresAfterAssessment");
        }
        var revisions = submitted.reapplyCurrentFigures(id);
        SubmittedApplication application = submitted.latestOf(id).orElseThrow(() -> new NotInInbox(id));
        CheckReport report = eligibility.check(application.document(), revisions.after());
        List<Finding> findings = new ArrayList<>(report.findings());
        findings.addAll(register.findings(application.document()));
        BigDecimal grant = report.budget().total().amount();
        entries.refigured(id, grant, (int) findings.stream().filter(Finding::isError).count());
        assessable.refigured(id, grant);
        audit.record(id, entry.nationalAgencyCode(), AUDIT_ACTION,
                "R-GEN-01: rule figures of revision " + revisions.before() + " → " + revisions.after(),
                entry.requestedGrant().toPlainString(), grant.toPlainString(), officer);
        return entries.find(id).orElseThrow();
    }

    /** Until the experts' scores are consolidated: the ranking takes the requested grant from then on. */
    private static boolean mayReapply(BackOfficeStatus status) {
        return status.allowsFormalCheck() || status == BackOfficeStatus.ASSESSING;
    }

    private InboxEntry own(ApplicationId id, SignedInUser officer) {
        String agency = officer.requireOfficerAgency();
        return entries.find(id).filter(entry -> agency.equals(entry.nationalAgencyCode()))
                .orElseThrow(() -> new NotInInbox(id));
    }

    /** The requested grant with the figures the submission kept and with today's, and whether it may change. */
    public record Difference(long keptRevision, long currentRevision, BigDecimal keptGrant, BigDecimal currentGrant,
                             boolean allowed) {
    }
}

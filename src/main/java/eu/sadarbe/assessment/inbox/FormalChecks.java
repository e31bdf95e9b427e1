package eu.sadarbe.assessment.inbox;

import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.AnnexKind;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.applications.DraftSection;
import eu.sadarbe.assessment.AuditTrail;
import eu.sadarbe.assessment.BackOfficeStatus;
import eu.sadarbe.assessment.FormalCheckCompleted;
import eu.sadarbe.assessment.SubmissionWindow;
import eu.sadarbe.calls.Finding;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.eligibility.CheckReport;
import eu.sadarbe.eligibility.EligibilityCheck;
import eu.sadarbe.eligibility.EligibilityRule;
import eu.sadarbe.eligibility.EligibilityRules;
import eu.sadarbe.shared.Money;
import eu.sadarbe.submission.SubmittedApplication;
import eu.sadarbe.submission.SubmittedApplications;

/**
 * The formal check of a submitted application by an officer of its agency: the rules engine's findings on the
 * frozen document plus the register check, then the officer's confirmation — eligible, or ineligible with a reason
 * and the rule ids. Each check (a changed one too) is audited and announced as {@link FormalCheckCompleted}.
 */
@Service
public class FormalChecks {

    static final String AUDIT_ACTION = "formalCheck";
    private static final Pattern RULE_ID = Pattern.compile("R-(ELIG|FIN)-\\d{2}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final InboxEntries entries;
    private final Inbox inbox;
    private final SubmittedApplications submitted;
    private final EligibilityCheck eligibility;
    private final RegisterCheck register;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final SubmissionWindow window;
    private final Clock clock;
    private final RuleBook rules;

    FormalChecks(InboxEntries entries, Inbox inbox, SubmittedApplications submitted, EligibilityCheck eligibility,
                 RegisterCheck register, AuditTrail audit, ApplicationEventPublisher events,
                 SubmissionWindow window, Clock clock, RuleBook rules) {
        this.rules = rules;
        this.window = window;
        this.entries = entries;
        this.inbox = inbox;
        this.submitted = submitted;
        this.eligibility = eligibility;
        this.register = register;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public FormalCheckView view(ApplicationId id, SignedInUser officer) {
        return view(own(id, officer.requireOfficerAgency()));
    }

    /** For the agency's REST API: {@code agency} must be the officer's own. */
    @Transactional
    public FormalCheckView view(String agency, ApplicationId id, SignedInUser officer) {
        return view(own(id, officer.requireOfficerOf(agency)));
    }

    @Transactional
    public InboxEntry record(ApplicationId id, FormalCheckDecision decision, SignedInUser officer) {
        return record(own(id, officer.requireOfficerAgency()), decision, officer);
    }

    @Transactional
    public InboxEntry record(String agency, ApplicationId id, FormalCheckDecision decision, SignedInUser officer) {
        return record(own(id, officer.requireOfficerOf(agency)), decision, officer);
    }

    /**
     * The inbox's bulk action: confirms as eligible each chosen application of the officer's agency that is still
     * SUBMITTED, has no ERROR finding and whose deadline has passed (R-SUB-01); the others are left for a check one
     * by one. Audited per application.
     */
    @Transactional
    public BulkConfirmation confirmEligible(List<ApplicationId> chosen, SignedInUser officer) {
        String agency = officer.requireOfficerAgency();
        int confirmed = 0;
        for (ApplicationId id : new LinkedHashSet<>(chosen)) {
            var entry = entries.find(id).filter(found -> agency.equals(found.nationalAgencyCode()));
            if (entry.isPresent() && entry.get().status() == BackOfficeStatus.SUBMITTED
                    && entry.get().errorFindings() == 0 && window.stillOpen(id).isEmpty()) {
                record(entry.get(), new FormalCheckDecision(true, null, List.of()), officer);
                confirmed++;
            }
        }
        return new BulkConfirmation(confirmed, chosen.size() - confirmed);
    }

    private InboxEntry record(InboxEntry entry, FormalCheckDecision decision, SignedInUser officer) {
        window.requirePassed(entry.applicationId());
        if (!entry.status().allowsFormalCheck()) {
            throw new FormalCheckRefused("closed");
        }
        @Nullable String reason = decision.reason() == null || decision.reason().isBlank() ? null
                : decision.reason().strip();
        List<String> ruleIds = decision.eligible() ? List.of() : decision.ruleIds();
        if (!decision.eligible() && reason == null) {
            throw new FormalCheckRefused("reasonRequired");
        }
        if (!decision.eligible() && ruleIds.isEmpty()) {
            throw new FormalCheckRefused("ruleRequired");
        }
        if (ruleIds.stream().anyMatch(id -> !RULE_ID.matcher(id).matches())) {
            throw new FormalCheckRefused("unknownRule");
        }
        BackOfficeStatus after = decision.eligible() ? BackOfficeStatus.ELIGIBLE : BackOfficeStatus.INELIGIBLE;
        entries.formalCheck(entry.applicationId(), after, reason, ruleIds);
        audit.record(entry.applicationId(), entry.nationalAgencyCode(), AUDIT_ACTION, subject(ruleIds, reason),
                entry.status().name(), after.name(), officer);
        events.publishEvent(new FormalCheckCompleted(entry.applicationId(), entry.submissionId(),
                entry.applicationNumber(), entry.nationalAgencyCode(), entry.callYear(), entry.roundNumber(),
                entry.actionType(), decision.eligible(), reason == null ? "" : reason, ruleIds,
                officer.id().value(), clock.instant()));
        return entries.find(entry.applicationId()).orElseThrow();
    }

    private static @Nullable String subject(List<String> ruleIds, @Nullable String reason) {
        String subject = ruleIds.isEmpty() ? reason : String.join(", ", ruleIds) + ": " + reason;
        return subject == null || subject.length() <= 300 ? subject : subject.substring(0, 299) + "…";
    }

    private InboxEntry own(ApplicationId id, String agency) {
        if (entries.find(id).isEmpty()) {
            inbox.register(id);
        }
        return entries.find(id).filter(entry -> agency.equals(entry.nationalAgencyCode()))
                .orElseThrow(() -> new NotInInbox(id));
    }

    private FormalCheckView view(InboxEntry entry) {
        SubmittedApplication application = submitted.latestOf(entry.applicationId())
                .orElseThrow(() -> new NotInInbox(entry.applicationId()));
        CheckReport report = eligibility.check(application.document(), application.ruleRevision());
        List<Finding> findings = new ArrayList<>(report.findings());
        findings.addAll(register.findings(application.document()));
        List<String> errorRuleIds = findings.stream().filter(Finding::isError).map(Finding::rule).distinct().toList();
        Set<String> ruleIds = new LinkedHashSet<>(errorRuleIds);
        EligibilityRules.ALL.stream().map(EligibilityRule::id).forEach(ruleIds::add);
        FinancialCapacity financialCapacity = FinancialCapacity.of(new Money(entry.requestedGrant()),
                rules.parametersAt(entry.callYear(), entry.actionType(), application.ruleRevision()),
                otherAnnexes(application.canonicalJson()));
        return new FormalCheckView(entry, application, findings, report.budget(),
                description(application.canonicalJson()), List.copyOf(ruleIds), errorRuleIds,
                audit.of(entry.applicationId()), financialCapacity);
    }

    /**
     * R-AWD-04: the file names of the submitted annexes that are not partner mandates; the ANNEXES section holds its
     * list under {@code annexes}, as the submitted PDF reads it.
     */
    static List<String> otherAnnexes(String canonicalJson) {
        List<String> names = new ArrayList<>();
        JsonNode section = JSON.readTree(canonicalJson).path(DraftSection.ANNEXES.fields().get(0));
        (section.path("annexes").isArray() ? section.path("annexes") : section).forEach(annex -> {
            if (!AnnexKind.MANDATE.name().equals(annex.path("kind").asString(""))) {
                names.add(annex.path("fileName").asString(""));
            }
        });
        return names;
    }

    private static List<FormalCheckView.DescriptionText> description(String canonicalJson) {
        JsonNode description = JSON.readTree(canonicalJson).path(DraftSection.DESCRIPTION);
        List<FormalCheckView.DescriptionText> texts = new ArrayList<>();
        for (DraftSection section : DraftSection.values()) {
            JsonNode text = description.path(section.fields().get(0));
            if (section.isDescriptionText() && text.isString() && !text.stringValue().isBlank()) {
                texts.add(new FormalCheckView.DescriptionText(section.name(), text.stringValue()));
            }
        }
        return texts;
    }

    /**
     * How many chosen applications the bulk action confirmed, and how many it left for a check one by one;
     * serializable because the inbox shows it after a redirect, from the session.
     */
    public record BulkConfirmation(int confirmed, int skipped) implements Serializable {
    }
}

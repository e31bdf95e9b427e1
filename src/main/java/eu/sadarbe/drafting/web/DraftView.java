package eu.sadarbe.drafting.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import eu.sadarbe.applications.ApplicationAnnexes;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.applications.DraftSection;
import eu.sadarbe.applications.PartnerMandate;
import eu.sadarbe.applications.SectionState;
import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.budget.BudgetCategory;
import eu.sadarbe.calls.Finding;
import eu.sadarbe.eligibility.CheckReport;
import eu.sadarbe.eligibility.EligibilityCheck;
import eu.sadarbe.shared.Money;

/** What every drafting page shows beside the form: the findings of the one rules engine and the budget. */
@Component
class DraftView {

    private final ApplicationRegister register;
    private final ApplicationAnnexes annexes;
    private final EligibilityCheck eligibility;
    private final MessageSource messages;

    DraftView(ApplicationRegister register, ApplicationAnnexes annexes, EligibilityCheck eligibility,
              MessageSource messages) {
        this.register = register;
        this.annexes = annexes;
        this.eligibility = eligibility;
        this.messages = messages;
    }

    /** Only the budget of a document, e.g. of the draft with the activity line being typed (not saved). */
    void addBudget(ApplicationDocument document, Model model) {
        CheckReport report = eligibility.check(document);
        model.addAttribute("budget", new EnumMap<>(report.budget().categories()));
        model.addAttribute("budgetTotal", report.budget().total());
        model.addAttribute("budgetMaximum", report.budget().maximum());
    }

    /** Adds the rules engine's findings, the budget and the sections' statuses to the page; answers the findings. */
    List<FindingLine> addCheck(ApplicationId id, Map<DraftSection, SectionState> sections, Model model, Locale locale) {
        ApplicationDocument document = register.document(id);
        CheckReport report = eligibility.check(document);
        List<FindingLine> findings = new ArrayList<>();
        for (Finding finding : report.findings()) {
            String section = sectionOf(finding.path());
            findings.add(new FindingLine(finding.rule(), finding.severity().name(), finding.path(),
                    messages.getMessage(finding.messageKey(), finding.arguments().toArray(), finding.messageKey(),
                            locale), section));
        }
        Map<BudgetCategory, Money> budget = new EnumMap<>(report.budget().categories());
        Map<DraftSection, TaskStatus> statuses = new EnumMap<>(DraftSection.class);
        for (DraftSection section : DraftSection.values()) {
            SectionState state = sections.get(section);
            boolean empty = state == null || state.content().equals("{}");
            boolean problems = findings.stream().anyMatch(line -> line.isError() && line.section().equals(section.name()));
            statuses.put(section, empty ? TaskStatus.NOT_STARTED : problems ? TaskStatus.HAS_PROBLEMS : TaskStatus.COMPLETED);
        }
        // Signed only by someone acting for the applicant organisation; a ticked box alone is not enough.
        boolean declared = register.declarationMade(id);
        statuses.put(DraftSection.DECLARATION, declared ? TaskStatus.COMPLETED : TaskStatus.NOT_STARTED);
        model.addAttribute("declarationSigned", declared);
        // A declaration covers one version of the document: after a change it must be signed again (issue 12).
        model.addAttribute("declarationOutdated", !declared && register.declarationOutdated(id));
        // Mandates may follow until the grant agreement is signed: missing ones warn, they never block.
        List<PartnerMandate> mandates = annexes.mandates(id);
        long uploaded = mandates.stream().filter(PartnerMandate::uploaded).count();
        model.addAttribute("mandatesNeeded", mandates.size());
        model.addAttribute("mandatesUploaded", uploaded);
        statuses.put(DraftSection.ANNEXES, !mandates.isEmpty() && uploaded == mandates.size() ? TaskStatus.COMPLETED
                : statuses.get(DraftSection.ANNEXES));
        model.addAttribute("eligible", report.eligible());
        model.addAttribute("findings", findings);
        model.addAttribute("budget", budget);
        model.addAttribute("budgetTotal", report.budget().total());
        model.addAttribute("budgetMaximum", report.budget().maximum());
        model.addAttribute("statuses", statuses);
        model.addAttribute("sectionsCompleted",
                statuses.values().stream().filter(status -> status == TaskStatus.COMPLETED).count());
        model.addAttribute("sectionCount", statuses.size());
        model.addAttribute("agency", report.nationalAgency().map(agency -> agency.code()).orElse(""));
        return List.copyOf(findings);
    }

    private static String sectionOf(String path) {
        for (DraftSection section : DraftSection.values()) {
            if (!path.isEmpty() && section.contains(path)) {
                return section.name();
            }
        }
        return path.equals("/specialNeedsSupport") || path.startsWith("/exceptionalCosts") ? "SPECIAL_COSTS" : "";
    }

    static String lower(DraftSection section) {
        return section.name().toLowerCase(Locale.ROOT);
    }
}

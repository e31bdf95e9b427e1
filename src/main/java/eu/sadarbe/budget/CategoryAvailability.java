package eu.sadarbe.budget;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import eu.sadarbe.applications.document.ActionTypeCode;
import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.document.ProjectType;
import eu.sadarbe.calls.Finding;

/**
 * R-FIN-11: which categories a project may ask for (rules file §4.2, second table). Exchange of good practices
 * has no intellectual outputs or multiplier events; KA229 has no meetings, outputs or multiplier events.
 */
final class CategoryAvailability {

    private CategoryAvailability() {
    }

    static List<Finding> check(ApplicationDocument document) {
        List<Finding> findings = new ArrayList<>();
        boolean schoolExchange = document.actionType() == ActionTypeCode.KA229;
        boolean goodPractices = document.projectType() == ProjectType.EXCHANGE_OF_GOOD_PRACTICES;
        if (schoolExchange && !document.transnationalMeetings().isEmpty()) {
            findings.add(unavailable("/transnationalMeetings", BudgetCategory.TRANSNATIONAL_MEETINGS, document));
        }
        if ((schoolExchange || goodPractices) && !document.intellectualOutputs().isEmpty()) {
            findings.add(unavailable("/intellectualOutputs", BudgetCategory.INTELLECTUAL_OUTPUTS, document));
        }
        if ((schoolExchange || goodPractices) && !document.multiplierEvents().isEmpty()) {
            findings.add(unavailable("/multiplierEvents", BudgetCategory.MULTIPLIER_EVENTS, document));
        }
        return findings;
    }

    private static Finding unavailable(String path, BudgetCategory category, ApplicationDocument document) {
        String projectKind = document.actionType() == ActionTypeCode.KA229 ? "KA229" : document.projectType().name();
        return Finding.error("R-FIN-11", path, "rule.R-FIN-11.unavailable",
                new DefaultMessageSourceResolvable("budget.category." + category.name()),
                new DefaultMessageSourceResolvable("project.kind." + projectKind));
    }
}

package eu.sadarbe.drafting.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.DraftSection;
import eu.sadarbe.applications.SectionConflict;
import eu.sadarbe.applications.document.DocumentJson;
import eu.sadarbe.calls.ActionType;
import eu.sadarbe.calls.CountryChoices;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.shared.CountryCode;

/**
 * A section's content (its part of the application document, as JSON) read into the fields of its page: the text,
 * the context, the priorities chosen, the organisations listed, the declaration; and both sides of a conflict.
 */
@Component
class SectionView {

    private final ReferenceData reference;
    private final RuleBook ruleBook;

    SectionView(ReferenceData reference, RuleBook ruleBook) {
        this.reference = reference;
        this.ruleBook = ruleBook;
    }

    void addFields(Model model, DraftSection section, String json, ApplicationSummary summary, String signerName) {
        ObjectNode content = DocumentJson.object(json);
        model.addAttribute("kind", SectionForms.kindOf(section));
        model.addAttribute("limit", DraftDesk.DESCRIPTION_LIMIT);
        model.addAttribute("text", section.isDescriptionText() ? content.path(section.fields().get(0)).asString("") : "");
        model.addAttribute("context", content);
        model.addAttribute("json", DocumentJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(content));
        List<String> selected = strings(content.get("priorities"));
        List<ActionType> actionTypes = reference.actionTypes(summary.callYear());
        model.addAttribute("selectedPriorities", selected);
        model.addAttribute("priorityGroups", PriorityGroups.of(reference.priorities(summary.callYear(), null),
                actionTypes.stream().filter(type -> type.code().equals(summary.actionType())).findFirst()
                        .map(ActionType::field).orElse(null), selected));
        model.addAttribute("actionTypes", actionTypes);
        model.addAttribute("organisations", organisationRows(content, summary));
        model.addAttribute("partnerCountries", CountryChoices.of(reference.countries(summary.callYear()), LocaleContextHolder.getLocale()));
        model.addAttribute("declared", content.path("declaration").path("accepted").asBoolean(false));
        model.addAttribute("signedBy", content.path("declaration").path("signedBy").asString(signerName));
    }

    /** The editor's text and the current one: a description's text as text, other sections as their JSON. */
    void addConflictTexts(Model model, SectionConflict conflict) {
        DraftSection section = conflict.section();
        String field = section.fields().get(0);
        model.addAttribute("yourText", section.isDescriptionText()
                ? DocumentJson.object(conflict.yours()).path(field).asString("") : pretty(conflict.yours()));
        model.addAttribute("currentText", section.isDescriptionText()
                ? DocumentJson.object(conflict.current().content()).path(field).asString("")
                : pretty(conflict.current().content()));
    }

    private List<OrganisationRow> organisationRows(ObjectNode content, ApplicationSummary summary) {
        List<OrganisationRow> rows = new ArrayList<>();
        JsonNode list = content.get("organisations");
        if (list == null) {
            return rows;
        }
        var parameters = ruleBook.parametersFor(summary.callYear(), summary.actionType());
        for (JsonNode organisation : list) {
            String country = organisation.path("country").asString("");
            boolean programme = country.length() == 2 && parameters.isProgrammeCountry(CountryCode.of(country));
            rows.add(new OrganisationRow(SectionForms.identifier(organisation),
                    organisation.path("legalName").asString(""), country, organisation.path("city").asString(""),
                    organisation.path("role").asString(""), programme, organisation.path("addedValue").asString("")));
        }
        return rows;
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node != null) {
            node.forEach(value -> values.add(value.asString("")));
        }
        return values;
    }

    private static String pretty(String json) {
        return DocumentJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(DocumentJson.object(json));
    }

    /** One participating organisation as the organisations page lists it. */
    record OrganisationRow(String identifier, String legalName, String country, String city, String role,
                           boolean programmeCountry, String addedValue) {

        public boolean isApplicant() {
            return "APPLICANT".equals(role);
        }
    }
}

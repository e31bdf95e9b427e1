package eu.sadarbe.drafting.web;

import java.util.List;

import org.springframework.ui.Model;

import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.applications.SectionConflict;
import eu.sadarbe.applications.document.DocumentJson;

/** What the conflict page shows for a section of lines: both versions of the section, the current one to build on. */
final class SectionConflicts {

    private SectionConflicts() {
    }

    static void addTo(Model model, ApplicationSummary draft, SectionConflict conflict, List<String> differences) {
        model.addAttribute("differences", differences);
        model.addAttribute("draft", draft);
        model.addAttribute("section", conflict.section());
        model.addAttribute("yours", conflict.yours());
        model.addAttribute("current", conflict.current());
        model.addAttribute("baseVersion", conflict.current().version());
        model.addAttribute("yourText", pretty(conflict.yours()));
        model.addAttribute("currentText", pretty(conflict.current().content()));
    }

    private static String pretty(String json) {
        return DocumentJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(DocumentJson.object(json));
    }
}

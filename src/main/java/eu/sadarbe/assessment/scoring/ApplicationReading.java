package eu.sadarbe.assessment.scoring;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import eu.sadarbe.applications.DraftSection;
import eu.sadarbe.assessment.experts.Assessable;
import eu.sadarbe.budget.Budgeting;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.submission.SubmittedApplication;
import eu.sadarbe.submission.SubmittedApplications;

/** Reads the frozen submission for the people assessing it; callers have checked that they may. */
@Component
public class ApplicationReading {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SubmittedApplications submitted;
    private final Budgeting budgeting;
    private final RuleBook rules;

    ApplicationReading(SubmittedApplications submitted, Budgeting budgeting, RuleBook rules) {
        this.submitted = submitted;
        this.budgeting = budgeting;
        this.rules = rules;
    }

    @Transactional(readOnly = true)
    public FrozenApplication read(Assessable application) {
        SubmittedApplication frozen = submitted.latestOf(application.applicationId()).orElseThrow();
        JsonNode json = JSON.readTree(frozen.canonicalJson());
        List<FrozenApplication.Description> descriptions = new ArrayList<>();
        for (DraftSection section : DraftSection.values()) {
            if (!section.isDescriptionText()) {
                continue;
            }
            for (String field : section.fields()) {
                String text = json.path(DraftSection.DESCRIPTION).path(field).asString("");
                if (!text.isBlank()) {
                    descriptions.add(new FrozenApplication.Description(section.name(), text));
                }
            }
        }
        return new FrozenApplication(application, frozen.document(), descriptions,
                budgeting.budgetOf(frozen.document(),
                        rules.parametersAt(application.callYear(), application.actionType(),
                                frozen.ruleRevision())));
    }
}

package eu.sadarbe.drafting.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.applications.DraftChange;
import eu.sadarbe.applications.DraftSection;
import eu.sadarbe.applications.SectionConflict;
import eu.sadarbe.applications.SectionState;
import eu.sadarbe.applications.document.ApplicationDocumentReader;
import eu.sadarbe.applications.document.DocumentJson;
import eu.sadarbe.budget.Budget;
import eu.sadarbe.budget.BudgetCategory;
import eu.sadarbe.budget.Budgeting;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.web.Formats;

/**
 * A draft's history in words (issue #13): for each saved change who and when, and what changed field by field
 * ({@link DocumentChanges}), with what it did to the budget. The history keeps each section before and after; the
 * whole document at each step is rebuilt by replaying it, oldest first, so that organisations are named and the
 * budget is worked out as it stood then.
 */
@Component
public class DraftHistory {

    private final MessageSource messages;
    private final ApplicationDocumentReader reader;
    private final Budgeting budgeting;
    private final RuleBook rules;
    private final ReferenceData reference;

    DraftHistory(MessageSource messages, ApplicationDocumentReader reader, Budgeting budgeting, RuleBook rules,
                 ReferenceData reference) {
        this.messages = messages;
        this.reader = reader;
        this.budgeting = budgeting;
        this.rules = rules;
        this.reference = reference;
    }

    /** The revisions, newest first. */
    public List<Revision> revisions(ApplicationSummary draft, List<DraftChange> history, Locale locale) {
        Map<String, String> priorityNames = priorityNames(draft, locale);
        Map<DraftSection, ObjectNode> sections = new EnumMap<>(DraftSection.class);
        Optional<Budget> budget = Optional.empty();
        List<Revision> revisions = new ArrayList<>();
        List<DraftChange> oldestFirst = new ArrayList<>(history);
        Collections.reverse(oldestFirst);
        oldestFirst.sort(Comparator.comparingLong(DraftChange::applicationVersion));
        for (DraftChange change : oldestFirst) {
            Optional<DraftSection> section = sectionOf(change.section());
            if (section.isEmpty()) {
                revisions.add(new Revision(change, other(change, locale)));
                continue;
            }
            JsonNode before = json(change.before());
            JsonNode after = json(change.after());
            sections.put(section.get(), after instanceof ObjectNode object ? object : DocumentJson.JSON.createObjectNode());
            DocumentChanges words = new DocumentChanges(messages, locale, organisations(sections, before),
                    code -> priorityNames.containsKey(code) ? priorityNames.get(code) + " (" + code + ")" : code);
            List<String> lines = new ArrayList<>(words.between(before, after));
            if (!section.get().isDescriptionText() && section.get() != DraftSection.DECLARATION
                    && section.get() != DraftSection.ANNEXES) {
                Optional<Budget> now = budget(draft, sections);
                lines.addAll(budgetChanges(budget, now, locale));
                budget = now;
            }
            revisions.add(new Revision(change, lines));
        }
        Collections.reverse(revisions);
        return revisions;
    }

    /**
     * What keeping one's own version of a section would change in the one someone else saved meanwhile: the
     * changes from theirs to one's own, in words, for the conflict page.
     */
    public List<String> conflict(ApplicationSummary draft, Map<DraftSection, SectionState> saved, SectionConflict conflict,
                          Locale locale) {
        Map<DraftSection, ObjectNode> sections = new EnumMap<>(DraftSection.class);
        saved.forEach((section, state) -> sections.put(section, DocumentJson.object(state.content())));
        JsonNode yours = json(conflict.yours());
        Map<String, String> priorityNames = priorityNames(draft, locale);
        return new DocumentChanges(messages, locale, organisations(sections, yours),
                code -> priorityNames.containsKey(code) ? priorityNames.get(code) + " (" + code + ")" : code)
                .between(json(conflict.current().content()), yours);
    }

    private Map<String, String> priorityNames(ApplicationSummary draft, Locale locale) {
        Map<String, String> names = new HashMap<>();
        reference.priorities(draft.callYear(), null).forEach(priority -> names.put(priority.code(), priority.name().in(locale)));
        return names;
    }

    /** How the grant asked for changed with this revision, category by category. */
    private List<String> budgetChanges(Optional<Budget> before, Optional<Budget> after, Locale locale) {
        List<String> lines = new ArrayList<>();
        if (before.isEmpty() || after.isEmpty()) {
            return lines;
        }
        Formats formats = Formats.in(locale);
        String budget = messages.getMessage("submission.document.budget", null, locale);
        for (BudgetCategory category : BudgetCategory.values()) {
            var old = before.get().amount(category);
            var now = after.get().amount(category);
            if (old.compareTo(now) != 0) {
                lines.add(messages.getMessage("drafting.change.changed", new Object[] {
                        budget + DocumentChanges.SEPARATOR + messages.getMessage("budget.category." + category, null, locale),
                        formats.money(old), formats.money(now)}, locale));
            }
        }
        return lines;
    }

    private Optional<Budget> budget(ApplicationSummary draft, Map<DraftSection, ObjectNode> sections) {
        try {
            var document = reader.read(DocumentJson.canonical(DocumentJson.assemble(sections)));
            return Optional.of(budgeting.budgetOf(document, rules.parametersFor(draft.callYear(), draft.actionType())));
        } catch (RuntimeException notYetAnApplication) {
            // An early draft may not read as an application yet (no organisations): it has no budget to compare.
            return Optional.empty();
        }
    }

    /** Organisations by their ID, named as the document names them now or, once removed, as it named them. */
    private static Function<String, String> organisations(Map<DraftSection, ObjectNode> sections,
                                                          @Nullable JsonNode before) {
        Map<String, String> names = new HashMap<>();
        for (JsonNode list : new JsonNode[] {before == null ? null : before.get("organisations"),
                sections.getOrDefault(DraftSection.ORGANISATIONS, DocumentJson.JSON.createObjectNode()).get("organisations")}) {
            if (list != null) {
                for (JsonNode organisation : list) {
                    String id = organisation.hasNonNull("oid") ? organisation.get("oid").asString()
                            : organisation.path("pic").asString("");
                    String name = organisation.path("legalName").asString("");
                    names.put(id, name.isBlank() ? id : name + " (" + id + ")");
                }
            }
        }
        return id -> names.getOrDefault(id, id);
    }

    /** Invitations and withdrawals, which are no section of the document. */
    private List<String> other(DraftChange change, Locale locale) {
        String after = change.after() == null ? "" : change.after();
        if (change.section().equals("MEMBERS")) {
            int space = after.lastIndexOf(' ');
            String access = space < 0 ? "" : messages.getMessage("drafting.access." + after.substring(space + 1), null,
                    after.substring(space + 1), locale);
            return List.of(messages.getMessage("drafting.change.invited",
                    new Object[] {space < 0 ? after : after.substring(0, space), access}, locale));
        }
        if (change.section().equals("STATUS") && after.startsWith("WITHDRAWN: ")) {
            return List.of(messages.getMessage("drafting.change.withdrawn",
                    new Object[] {DocumentChanges.excerpt(after.substring("WITHDRAWN: ".length()), 0)}, locale));
        }
        return List.of(DocumentChanges.excerpt(after, 0));
    }

    private static Optional<DraftSection> sectionOf(String name) {
        try {
            return Optional.of(DraftSection.valueOf(name));
        } catch (IllegalArgumentException notASection) {
            return Optional.empty();
        }
    }

    private static @Nullable JsonNode json(@Nullable String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return DocumentJson.object(json);
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    /** One saved change: who, when, which section, and the changes in words. */
    public record Revision(long version, String section, String changedBy, Instant changedAt, List<String> changes) {

        Revision(DraftChange change, List<String> changes) {
            this(change.applicationVersion(), change.section(), change.changedBy(), change.changedAt(), changes);
        }
    }
}

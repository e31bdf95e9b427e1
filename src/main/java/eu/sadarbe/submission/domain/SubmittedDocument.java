package eu.sadarbe.submission.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import eu.sadarbe.applications.DraftSection;
import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.document.Organisation;
import eu.sadarbe.budget.Budget;
import eu.sadarbe.budget.BudgetCategory;
import eu.sadarbe.shared.Money;
import eu.sadarbe.submission.SubmissionSummary;

/**
 * The application as submitted, as people read it (issue #17): the frozen document with the agency's name, the
 * organisations' names wherever the document refers to one by its ID, the description texts, the budget from the
 * budget module, the priorities' and countries' names, the annexes and who signed the declaration of honour and when
 * (from the declaration section's history, not the submission time). What the template
 * {@code submission/application-document} shows. A draft on its "check your answers" page has no submission yet.
 */
public record SubmittedDocument(@Nullable SubmissionSummary submission, String agencyName, ApplicationDocument document,
                                Map<String, String> countries, Map<String, String> priorities,
                                List<Description> descriptions,
                                List<BudgetLine> budget, Money total, Money maximum, List<AnnexLine> annexes,
                                @Nullable String signedBy, @Nullable Instant signedAt) {

    /** The organisation a reference points to, by legal name and ID: {@code Rīgas Valsts tehnikums (E10000001)}. */
    public String organisation(@Nullable String reference) {
        if (reference == null) {
            return "";
        }
        return document.organisation(reference)
                .map(found -> found.legalName() == null ? found.identifier()
                        : found.legalName() + " (" + found.identifier() + ")")
                .orElse(reference);
    }

    /** The same document as a draft whose declaration of honour is not (or no longer) signed. */
    public SubmittedDocument unsigned() {
        return new SubmittedDocument(submission, agencyName, document, countries, priorities, descriptions, budget,
                total, maximum, annexes, null, null);
    }

    /** The description texts not written (yet), in the order of the form, each without its text. */
    public List<Description> unwritten() {
        List<Description> unwritten = new ArrayList<>();
        for (DraftSection section : DraftSection.values()) {
            if (section.isDescriptionText()
                    && descriptions.stream().noneMatch(text -> text.section().equals(section.name()))) {
                unwritten.add(new Description(section.name(), ""));
            }
        }
        return unwritten;
    }

    /** A priority by its name in the reader's language and its code. */
    public String priority(String code) {
        String name = priorities.get(code);
        return name == null ? code : name + " (" + code + ")";
    }

    public String country(Organisation organisation) {
        String code = organisation.country().value();
        return countries.getOrDefault(code, code) + " (" + code + ")";
    }

    static SubmittedDocument of(@Nullable SubmissionSummary submission, String agencyName, ApplicationDocument document,
                                Map<String, String> countries, Map<String, String> priorities, JsonNode json,
                                Budget budget, @Nullable Instant signedAt) {
        List<Description> descriptions = new ArrayList<>();
        for (DraftSection section : DraftSection.values()) {
            if (section.isDescriptionText()) {
                for (String field : section.fields()) {
                    String text = json.path(DraftSection.DESCRIPTION).path(field).asString("");
                    if (!text.isBlank()) {
                        descriptions.add(new Description(section.name(), text));
                    }
                }
            }
        }
        List<BudgetLine> lines = new ArrayList<>();
        for (BudgetCategory category : BudgetCategory.values()) {
            lines.add(new BudgetLine(category.name(), budget.amount(category)));
        }
        List<AnnexLine> annexes = new ArrayList<>();
        for (JsonNode annex : json.path("annexes").path("annexes").isArray() ? json.path("annexes").path("annexes")
                : json.path("annexes")) {
            annexes.add(new AnnexLine(annex.path("kind").asString("OTHER"), textOrNull(annex.path("organisation")),
                    annex.path("fileName").asString(""), annex.path("size").asLong(0),
                    annex.path("sha256").asString("")));
        }
        String signedBy = textOrNull(json.path("declaration").path("signedBy"));
        return new SubmittedDocument(submission, agencyName, document, new LinkedHashMap<>(countries),
                new LinkedHashMap<>(priorities), descriptions, lines, budget.total(), budget.maximum(), annexes, signedBy,
                signedBy == null ? null : signedAt);
    }

    private static @Nullable String textOrNull(JsonNode node) {
        return node.isMissingNode() || node.isNull() || node.asString("").isBlank() ? null : node.asString();
    }

    /** One description text under its section's name (NEEDS, OBJECTIVES, …). */
    public record Description(String section, String text) {

        /** The section's name in URLs: {@code target-groups}. */
        public String slug() {
            return DraftSection.valueOf(section).slug();
        }
    }

    /** One of the nine budget categories with its amount. */
    public record BudgetLine(String category, Money amount) {
    }

    /** One annex as the frozen document names it: kind, whose mandate, file name, size in bytes and digest. */
    public record AnnexLine(String kind, @Nullable String organisation, String fileName, long size, String sha256) {

        public long kilobytes() {
            return Math.max(1, (size + 1023) / 1024);
        }
    }
}

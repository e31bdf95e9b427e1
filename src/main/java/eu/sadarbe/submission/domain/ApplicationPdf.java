package eu.sadarbe.submission.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import eu.sadarbe.applications.ApplicationDocument;
import eu.sadarbe.applications.ApplicationDocumentReader;
import eu.sadarbe.applications.MalformedDocument;
import eu.sadarbe.budget.Budget;
import eu.sadarbe.budget.Budgeting;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.submission.SubmissionSummary;
import eu.sadarbe.web.DocumentPdf;

/**
 * The PDF of a submitted application: number, digest, Brussels time and agency, then the application as people
 * read it ({@link SubmittedDocument}, the template {@code submission/application-document}) with page numbers,
 * header and footer, from the template {@code submission/application-pdf}.
 */
@Component
public class ApplicationPdf {

    static final String TEMPLATE = "submission/application-pdf";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DocumentPdf documents;
    private final @Nullable Readable readable;

    /** Sadarbe's: reads the document and its budget, names the agency and the countries. */
    @Autowired
    ApplicationPdf(DocumentPdf documents, ApplicationDocumentReader reader, Budgeting budgeting, RuleBook rules,
                   ReferenceData reference) {
        this.documents = documents;
        this.readable = new Readable(reader, budgeting, rules, reference);
    }

    /** Without the programme's reference data: every field of the document as it stands. */
    ApplicationPdf(DocumentPdf documents) {
        this.documents = documents;
        this.readable = null;
    }

    public byte[] render(SubmissionSummary submission, String canonicalJson, Locale locale) {
        JsonNode json = JSON.readTree(canonicalJson);
        Map<String, Object> variables = new HashMap<>();
        variables.put("submission", submission);
        variables.put("agencyName", submission.nationalAgencyCode());
        variables.put("fields", fields(json));
        if (readable != null) {
            readable.read(submission, canonicalJson, json, locale).ifPresent(document -> {
                variables.put("application", document);
                variables.put("agencyName", document.agencyName());
            });
        }
        return documents.render(TEMPLATE, locale, variables);
    }

    /** What reads a frozen document for people: the document, its budget, the agency's and countries' names. */
    private record Readable(ApplicationDocumentReader reader, Budgeting budgeting, RuleBook rules,
                            ReferenceData reference) {

        Optional<SubmittedDocument> read(SubmissionSummary submission, String canonicalJson, JsonNode json,
                                         Locale locale) {
            ApplicationDocument document;
            try {
                document = reader.read(canonicalJson);
            } catch (MalformedDocument unreadable) {
                // A submitted document was read when it was submitted; one that no longer reads (a rule of the
                // reader changed since) still prints, field by field.
                return Optional.empty();
            }
            String agency = reference.nationalAgencies(submission.callYear(), null).stream()
                    .filter(each -> each.code().equals(submission.nationalAgencyCode())).findFirst()
                    .map(each -> ("lv".equals(locale.getLanguage()) ? each.name() : each.nameEn())
                            + " (" + each.code() + ")")
                    .orElse(submission.nationalAgencyCode());
            Map<String, String> countries = new HashMap<>();
            reference.countries(submission.callYear())
                    .forEach(country -> countries.put(country.code().value(), country.name().in(locale)));
            Map<String, String> priorities = new HashMap<>();
            reference.priorities(submission.callYear(), null)
                    .forEach(priority -> priorities.put(priority.code(), priority.name().in(locale)));
            Budget budget = budgeting.budgetOf(document, rules.parametersFor(submission.callYear(),
                    submission.actionType()));
            return Optional.of(SubmittedDocument.of(submission, agency, document, countries, priorities, json,
                    budget));
        }
    }

    /** Every field of the document in its order, nested as the JSON nests it. */
    static List<Field> fields(JsonNode node) {
        List<Field> fields = new ArrayList<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                fields.add(field(field.getKey(), field.getValue()));
            }
        } else if (node.isArray()) {
            int index = 1;
            for (JsonNode element : node.values()) {
                fields.add(field(index++ + ".", element));
            }
        }
        return fields;
    }

    private static Field field(String name, JsonNode value) {
        return value.isContainer() ? new Field(name, null, fields(value))
                : new Field(name, value.isNull() ? null : value.asString(), List.of());
    }

    /** One field of the document: a value, or the fields nested in it. */
    public record Field(String name, @Nullable String value, List<Field> fields) {
    }
}

package eu.sadarbe.submission.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
    private final @Nullable ReadableApplications readable;

    /** Sadarbe's: reads the document and its budget, names the agency and the countries. */
    @Autowired
    ApplicationPdf(DocumentPdf documents, ReadableApplications readable) {
        this.documents = documents;
        this.readable = readable;
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
            readable.submitted(submission, canonicalJson, locale).ifPresent(document -> {
                variables.put("application", document);
                variables.put("agencyName", document.agencyName());
            });
        }
        return documents.render(TEMPLATE, locale, variables);
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

package eu.sadarbe.drafting.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import eu.sadarbe.applications.DraftRefused;
import eu.sadarbe.applications.DraftSection;
import eu.sadarbe.applications.PartnerAlreadyListed;
import eu.sadarbe.applications.document.DocumentFault;
import eu.sadarbe.applications.document.MalformedDocument;
import eu.sadarbe.calls.UnknownCallYear;

/** Words what went wrong with a draft in the reader's language, as lines of a GOV.UK error summary. */
@Component
class DraftErrors {

    private final MessageSource messages;

    DraftErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** The fields of the forms by JSON Pointer: their element ids and labels, so that messages name and link them. */
    private static final Map<String, String[]> FIELDS = Map.of(
            "/title", new String[] {"ctx-title", "drafting.field.title"},
            "/actionType", new String[] {"ctx-actionType", "drafting.field.actionType"},
            "/projectType", new String[] {"pt-INNOVATION", "drafting.field.projectType"},
            "/startDate", new String[] {"ctx-start", "drafting.field.startDate"},
            "/durationMonths", new String[] {"ctx-duration", "drafting.field.durationMonths"});

    List<ErrorLine> lines(Exception problem, Locale locale) {
        if (problem instanceof MalformedDocument malformed) {
            return malformed.faults().stream().map(fault -> new ErrorLine(fault.pointer(),
                    text("document.fault." + fault.kind().name(), locale, fault.arguments().toArray()), null)).toList();
        }
        return refusal(problem, locale);
    }

    /** On a section's form: faults of its fields name the field by its label and link to it. */
    List<ErrorLine> sectionLines(Exception problem, Locale locale) {
        if (problem instanceof MalformedDocument malformed) {
            return malformed.faults().stream().map(fault -> line(fault, locale)).toList();
        }
        return refusal(problem, locale);
    }

    private List<ErrorLine> refusal(Exception problem, Locale locale) {
        if (problem instanceof DraftRefused refused) {
            Object[] arguments = refused.arguments().toArray();
            if (refused.reason() == DraftRefused.Reason.TEXT_TOO_LONG && arguments.length > 0) {
                // The section's name, not the document's field name ("needs").
                String field = refused.arguments().get(0);
                arguments[0] = java.util.Arrays.stream(DraftSection.values())
                        .filter(section -> section.fields().contains(field)).findFirst()
                        .map(section -> (Object) new DefaultMessageSourceResolvable("drafting.section." + section.name()))
                        .orElse(arguments[0]);
            }
            return List.of(new ErrorLine("", text(refused.messageKey(), locale, arguments), null));
        }
        if (problem instanceof UnknownPartner unknown) {
            return List.of(new ErrorLine("", text("drafting.organisations.unknown", locale, unknown.oid()), "addOid"));
        }
        if (problem instanceof PartnerAlreadyListed listed) {
            return List.of(new ErrorLine("", text(listed.messageKey(), locale, listed.oid(), listed.legalName()),
                    "addOid"));
        }
        if (problem instanceof SectionForms.NotJson) {
            return List.of(new ErrorLine("", text("drafting.json.invalid", locale), null));
        }
        if (problem instanceof UnknownCallYear unknown) {
            return List.of(new ErrorLine("", text("check.ruleSetNotAvailable.detail", locale,
                    String.valueOf(unknown.callYear())), null));
        }
        return List.of(new ErrorLine("", text("drafting.start.incomplete", locale), null));
    }

    /** A fault of a form field in words with the field's label; of anything else (the JSON editor) with its pointer. */
    private ErrorLine line(DocumentFault fault, Locale locale) {
        String[] field = FIELDS.get(fault.pointer());
        if (field == null) {
            return new ErrorLine(fault.pointer(), text("document.fault." + fault.kind().name(), locale,
                    fault.arguments().toArray()), null);
        }
        Object[] arguments = new Object[fault.arguments().size() + 1];
        arguments[0] = new DefaultMessageSourceResolvable(field[1]);
        for (int index = 0; index < fault.arguments().size(); index++) {
            arguments[index + 1] = fault.arguments().get(index);
        }
        String kind = fault.kind() == DocumentFault.Kind.WRONG_TYPE && !fault.arguments().isEmpty()
                ? "WRONG_TYPE." + fault.arguments().get(0) : fault.kind().name();
        return new ErrorLine("", text("check.fieldFault." + kind, locale, arguments), field[0]);
    }

    /** The messages of the fields in error, by element id, for the fields themselves. */
    static Map<String, String> byField(List<ErrorLine> lines) {
        Map<String, String> fields = new LinkedHashMap<>();
        lines.stream().filter(line -> line.fieldId() != null).forEach(line -> fields.putIfAbsent(line.fieldId(), line.text()));
        return fields;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    /** One error: where in the document (JSON Pointer, may be empty), what, and the form field it belongs to. */
    public record ErrorLine(String pointer, String text, @Nullable String fieldId) {
    }
}

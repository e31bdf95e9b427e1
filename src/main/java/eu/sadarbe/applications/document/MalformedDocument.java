package eu.sadarbe.applications.document;

import java.util.List;
import java.util.Map;

import eu.sadarbe.shared.Refusal;

/** The document is not well formed: every fault found, each with its JSON Pointer (shared API document §2). */
public class MalformedDocument extends RuntimeException implements Refusal {

    private final List<DocumentFault> faults;

    public MalformedDocument(List<DocumentFault> faults) {
        super(faults.size() + " fault(s) in the application document");
        this.faults = List.copyOf(faults);
    }

    public List<DocumentFault> faults() {
        return faults;
    }

    @Override
    public Kind kind() {
        return Kind.MALFORMED;
    }

    @Override
    public String messageKey() {
        return "check.malformed.detail";
    }

    @Override
    public Object[] messageArguments(Wording wording) {
        return new Object[] {faults.size()};
    }

    @Override
    public String titleKey() {
        return "check.malformed.title";
    }

    @Override
    public String problemType() {
        return "urn:sadarbe:problem:malformed-application-document";
    }

    /** Every fault with its JSON Pointer, in the reader's language. */
    @Override
    public Map<String, Object> problemProperties(Wording wording) {
        return Map.of("errors", faults.stream().map(fault -> Map.of("pointer", fault.pointer(), "detail",
                wording.text("document.fault." + fault.kind().name(), fault.arguments().toArray()))).toList());
    }
}

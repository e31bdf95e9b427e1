package eu.sadarbe.applications;

import java.util.List;

/** The document is not well formed: every fault found, each with its JSON Pointer (shared API document §2). */
public class MalformedDocument extends RuntimeException {

    private final List<DocumentFault> faults;

    public MalformedDocument(List<DocumentFault> faults) {
        super(faults.size() + " fault(s) in the application document");
        this.faults = List.copyOf(faults);
    }

    public List<DocumentFault> faults() {
        return faults;
    }
}

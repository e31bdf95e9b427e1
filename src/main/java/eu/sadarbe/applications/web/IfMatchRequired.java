package eu.sadarbe.applications.web;

import eu.sadarbe.shared.Refusal;

/** A draft is replaced only with If-Match of the version read: without it, a stale copy could overwrite. */
class IfMatchRequired extends RuntimeException implements Refusal {

    IfMatchRequired() {
        super("If-Match required");
    }

    @Override
    public Kind kind() {
        return Kind.PRECONDITION_REQUIRED;
    }

    @Override
    public String messageKey() {
        return "applications.ifMatchRequired.detail";
    }

    @Override
    public String problemType() {
        return "urn:sadarbe:problem:if-match-required";
    }

    @Override
    public String titleKey() {
        return "applications.ifMatchRequired.title";
    }
}

package eu.sadarbe.applications.web;

/** A draft is replaced only with If-Match of the version read: without it, a stale copy could overwrite. */
class IfMatchRequired extends RuntimeException {

    IfMatchRequired() {
        super("If-Match required");
    }
}

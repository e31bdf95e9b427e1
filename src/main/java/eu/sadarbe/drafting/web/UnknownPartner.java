package eu.sadarbe.drafting.web;

/** The Organisation ID typed to add a partner is not in the register. */
class UnknownPartner extends RuntimeException {

    private final String oid;

    UnknownPartner(String oid) {
        super("No organisation " + oid);
        this.oid = oid;
    }

    String oid() {
        return oid;
    }
}

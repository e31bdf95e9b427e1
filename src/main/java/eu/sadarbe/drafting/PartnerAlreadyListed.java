package eu.sadarbe.drafting;

/** The Organisation ID typed to add a partner is already in the application: as the applicant, or as a partner. */
class PartnerAlreadyListed extends RuntimeException {

    private final String oid;
    private final String legalName;
    private final boolean applicant;

    PartnerAlreadyListed(String oid, String legalName, boolean applicant) {
        super(oid + " is already listed");
        this.oid = oid;
        this.legalName = legalName;
        this.applicant = applicant;
    }

    String messageKey() {
        return applicant ? "drafting.organisations.isApplicant" : "drafting.organisations.alreadyListed";
    }

    String oid() {
        return oid;
    }

    String legalName() {
        return legalName;
    }
}

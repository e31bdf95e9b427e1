package eu.sadarbe.applications;

/** The Organisation ID typed to add a partner is already in the application: as the applicant, or as a partner. */
public class PartnerAlreadyListed extends RuntimeException {

    private final String oid;
    private final String legalName;
    private final boolean applicant;

    public PartnerAlreadyListed(String oid, String legalName, boolean applicant) {
        super(oid + " is already listed");
        this.oid = oid;
        this.legalName = legalName;
        this.applicant = applicant;
    }

    public String messageKey() {
        return applicant ? "drafting.organisations.isApplicant" : "drafting.organisations.alreadyListed";
    }

    public String oid() {
        return oid;
    }

    public String legalName() {
        return legalName;
    }
}

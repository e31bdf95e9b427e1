package eu.sadarbe.assessment.inbox;

/** Only an officer of a National Agency sees that agency's back office; anyone else is refused (403). */
public class NotAnOfficerOfAgency extends RuntimeException {

    public NotAnOfficerOfAgency(String agency) {
        super("Only an officer of " + agency + " may open its back office");
    }
}

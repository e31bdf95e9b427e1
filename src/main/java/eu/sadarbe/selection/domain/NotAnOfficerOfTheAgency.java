package eu.sadarbe.selection.domain;

/** Only an officer of the National Agency may see, rank and decide its applications. */
public class NotAnOfficerOfTheAgency extends RuntimeException {

    public NotAnOfficerOfTheAgency(String nationalAgencyCode) {
        super("Not an officer of " + nationalAgencyCode);
    }
}

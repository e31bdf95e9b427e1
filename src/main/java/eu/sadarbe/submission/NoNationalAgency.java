package eu.sadarbe.submission;

/** R-ELIG-09: no National Agency receives this action type from the applicant's country in that call year. */
public class NoNationalAgency extends RuntimeException {

    public NoNationalAgency(String applicantCountry, String actionType, int callYear) {
        super("No National Agency for " + actionType + " from " + applicantCountry + " in " + callYear);
    }
}

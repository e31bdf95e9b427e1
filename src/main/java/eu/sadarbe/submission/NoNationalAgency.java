package eu.sadarbe.submission;

import eu.sadarbe.shared.Refusal;

/** R-ELIG-09: no National Agency receives this action type from the applicant's country in that call year. */
public class NoNationalAgency extends RuntimeException implements Refusal {

    public NoNationalAgency(String applicantCountry, String actionType, int callYear) {
        super("No National Agency for " + actionType + " from " + applicantCountry + " in " + callYear);
    }

    @Override
    public Kind kind() {
        return Kind.UNPROCESSABLE;
    }

    @Override
    public String messageKey() {
        return "submission.problem.noAgency";
    }
}

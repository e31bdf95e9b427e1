package eu.sadarbe.grants.domain;

import eu.sadarbe.shared.Refusal;

/**
 * The agreement does not exist, or the caller is neither of the project's organisations nor an officer of its
 * agency: both answer alike (404), so that nobody learns which agreements exist.
 */
public class NotYourAgreement extends RuntimeException implements Refusal {

    public NotYourAgreement() {
        super("No such agreement for this user");
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }

    @Override
    public String messageKey() {
        return "grants.problem.notFound";
    }
}

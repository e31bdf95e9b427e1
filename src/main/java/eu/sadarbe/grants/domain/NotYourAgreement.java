package eu.sadarbe.grants.domain;

/**
 * The agreement does not exist, or the caller is neither of the project's organisations nor an officer of its
 * agency: both answer alike (404), so that nobody learns which agreements exist.
 */
public class NotYourAgreement extends RuntimeException {

    public NotYourAgreement() {
        super("No such agreement for this user");
    }
}

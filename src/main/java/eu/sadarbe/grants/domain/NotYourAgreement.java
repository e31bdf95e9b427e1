package eu.sadarbe.grants.domain;

/**
 * The agreement does not exist, or the caller is neither of the project's organisations nor an officer of its
 * agency: both answer alike (404), so that nobody learns which agreements exist.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class NotYourAgreement extends RuntimeException {

    public NotYourAgreement() {
        super("No such agreement for this user");
    }
}

package eu.sadarbe.submission;

/** Only someone who acts for the application's organisations may submit it, or see its submissions. */
public class NotAllowedToSubmit extends RuntimeException {

    public NotAllowedToSubmit(String message) {
        super(message);
    }
}

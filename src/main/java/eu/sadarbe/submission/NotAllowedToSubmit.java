package eu.sadarbe.submission;

import eu.sadarbe.shared.Refusal;

/** Only someone who acts for the application's organisations may submit it, or see its submissions. */
public class NotAllowedToSubmit extends RuntimeException implements Refusal {

    public NotAllowedToSubmit(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }

    @Override
    public String messageKey() {
        return "submission.problem.forbidden";
    }
}

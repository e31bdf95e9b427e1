package eu.sadarbe.accounts.selfservice;

import java.io.Serial;
import java.util.List;

/** What was typed cannot be used: each problem names its field and its message key (in both languages). */
public class Refused extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    Refused(List<Problem> problems) {
        super("Refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    static Refused because(String field, String messageKey) {
        return new Refused(List.of(new Problem(field, messageKey)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One problem of one field; the field is the form input's id. */
    public record Problem(String field, String messageKey) {
    }
}

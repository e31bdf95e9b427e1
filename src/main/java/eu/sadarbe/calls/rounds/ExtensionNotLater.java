package eu.sadarbe.calls.rounds;

import java.time.LocalDateTime;

/** R-SUB-03: an extension moves the deadline later, never earlier. */
public class ExtensionNotLater extends RuntimeException {

    public ExtensionNotLater(LocalDateTime deadline, LocalDateTime proposed) {
        super("An extension must be later than the deadline " + deadline + ": " + proposed);
    }
}

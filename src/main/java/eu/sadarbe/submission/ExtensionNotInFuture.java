package eu.sadarbe.submission;

import java.time.LocalDateTime;

/** R-SUB-02: an individual extension must end after the present moment. */
public class ExtensionNotInFuture extends RuntimeException {

    public ExtensionNotInFuture(LocalDateTime deadlineBrussels) {
        super("The extended deadline " + deadlineBrussels + " (Brussels) is not in the future");
    }
}

package eu.sadarbe.reporting.participants;

/**
 * The file as a whole cannot be imported (not a spreadsheet, empty, too big, a column missing): nothing is saved and
 * the coordinator is told why, in their language, by the message {@code messageKey}.
 */
public class FileRefused extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    FileRefused(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}

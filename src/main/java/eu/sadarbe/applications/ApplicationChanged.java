package eu.sadarbe.applications;

import java.util.Map;

import eu.sadarbe.shared.Refusal;

/** The draft moved on since the version the caller saw: nothing is overwritten (If-Match, freeze). */
public class ApplicationChanged extends RuntimeException implements Refusal {

    private final long expectedVersion;
    private final long currentVersion;

    public ApplicationChanged(ApplicationId id, long expectedVersion, long currentVersion) {
        super("Application " + id + " is at version " + currentVersion + ", not " + expectedVersion);
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }

    @Override
    public Kind kind() {
        return Kind.PRECONDITION_FAILED;
    }

    @Override
    public String messageKey() {
        return "applications.changed.detail";
    }

    @Override
    public String problemType() {
        return "urn:sadarbe:problem:application-changed";
    }

    @Override
    public String titleKey() {
        return "applications.changed.title";
    }

    @Override
    public Object[] messageArguments(Wording wording) {
        return new Object[] {expectedVersion, currentVersion};
    }

    @Override
    public Map<String, Object> problemProperties(Wording wording) {
        return Map.of("currentVersion", currentVersion);
    }
}

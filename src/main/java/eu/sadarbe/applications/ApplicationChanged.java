package eu.sadarbe.applications;

/** The draft moved on since the version the caller saw: nothing is overwritten (If-Match, freeze). */
public class ApplicationChanged extends RuntimeException {

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
}

package eu.sadarbe.accounts.twofactor;

/** What a sign-in still needs after the right password, in this order, before the person gets their roles. */
public enum SignInStep {
    /** The code from the authenticator app (or a recovery code). */
    SECOND_FACTOR("/sign-in/two-factor"),
    /** A new password, because an administrator required one or gave a first password. */
    NEW_PASSWORD("/sign-in/new-password"),
    /** Setting up an authenticator app, required for the person's role. */
    ENROL_SECOND_FACTOR("/sign-in/two-factor/enrolment");

    private final String path;

    SignInStep(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}

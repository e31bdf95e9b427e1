package eu.sadarbe.accounts.domain;

/** Why a new password was refused; each has a message {@code password.<NAME>} in both languages. */
public enum PasswordProblem {
    TOO_SHORT, TOO_LONG, PERSONAL, GUESSABLE;

    public String messageKey() {
        return "password." + name();
    }
}

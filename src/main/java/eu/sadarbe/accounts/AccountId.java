package eu.sadarbe.accounts;

import java.io.Serializable;
import java.util.UUID;

/** Identifies an account; other modules keep this, never the account itself. */
public record AccountId(UUID value) implements Serializable {

    public static AccountId of(String value) {
        return new AccountId(UUID.fromString(value));
    }

    public static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

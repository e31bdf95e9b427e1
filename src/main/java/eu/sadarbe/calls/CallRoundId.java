package eu.sadarbe.calls;

import java.util.UUID;

/** Identifies a call round; other modules keep this id. */
public record CallRoundId(UUID value) {

    public static CallRoundId of(String value) {
        return new CallRoundId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

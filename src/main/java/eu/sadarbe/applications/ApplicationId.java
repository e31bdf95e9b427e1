package eu.sadarbe.applications;

import java.util.UUID;

/** Identifies a draft application; other modules keep this id. */
public record ApplicationId(UUID value) {

    public static ApplicationId of(String value) {
        return new ApplicationId(UUID.fromString(value));
    }

    public static ApplicationId random() {
        return new ApplicationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

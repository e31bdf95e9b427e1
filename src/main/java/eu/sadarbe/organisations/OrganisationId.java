package eu.sadarbe.organisations;

import java.util.UUID;

/** Sadarbe's internal key of an organisation record; people and documents use the {@link Oid}. */
public record OrganisationId(UUID value) {

    public static OrganisationId of(String value) {
        return new OrganisationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

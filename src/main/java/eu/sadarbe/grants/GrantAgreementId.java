package eu.sadarbe.grants;

import java.util.UUID;

/** A grant agreement's identity; a KA229 project has one agreement per school (rules file section 6). */
public record GrantAgreementId(UUID value) {

    public static GrantAgreementId of(String value) {
        return new GrantAgreementId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

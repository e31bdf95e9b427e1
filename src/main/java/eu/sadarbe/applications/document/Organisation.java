package eu.sadarbe.applications.document;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.shared.CountryCode;
import eu.sadarbe.shared.OrganisationType;

/**
 * A participating organisation, identified by its OID (calls from 2020) or PIC (calls up to 2019) (R-ELIG-10).
 * {@code echeCode} matters for higher-education institutions (R-ELIG-07), {@code addedValue} for Partner-Country
 * organisations (R-ELIG-03).
 */
public record Organisation(@Nullable String oid, @Nullable String pic, @Nullable String legalName,
                           CountryCode country, @Nullable String city, OrganisationType organisationType,
                           OrganisationRole role, @Nullable String echeCode, @Nullable String addedValue) {

    /** The identifier other parts of the document refer to it by: the OID if given, else the PIC. */
    public String identifier() {
        return oid != null ? oid : pic == null ? "" : pic;
    }

    public boolean isIdentifiedBy(String reference) {
        return reference.equals(oid) || reference.equals(pic);
    }

    public boolean isApplicant() {
        return role == OrganisationRole.APPLICANT;
    }
}

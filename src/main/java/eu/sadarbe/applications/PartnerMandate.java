package eu.sadarbe.applications;

import java.util.Optional;

/** A partner organisation of the draft and the mandate it conferred on the coordinator, once uploaded. */
public record PartnerMandate(String organisation, String legalName, Optional<Annex> mandate) {

    public boolean uploaded() {
        return mandate.isPresent();
    }
}

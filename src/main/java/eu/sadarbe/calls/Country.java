package eu.sadarbe.calls;

import eu.sadarbe.shared.CountryCode;
import eu.sadarbe.shared.LocalisedText;

/**
 * A country as it stands in one call year: Programme or Partner Country, and its country group for the
 * intellectual-output day rates (rules file §4.3, flag U).
 */
public record Country(CountryCode code, LocalisedText name, int callYear, Participation participation,
                      String ioRateGroup) {

    public boolean isProgrammeCountry() {
        return participation == Participation.PROGRAMME;
    }
}

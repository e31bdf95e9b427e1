package eu.sadarbe.calls;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.shared.LocalisedText;

/**
 * Where else to get information on the programme (issue 20): a national Erasmus+ office of a Partner Country
 * ({@code NATIONAL_OFFICE}, with its country) or the European Commission ({@code COMMISSION}). An empty value is not
 * recorded; {@code confirmed} is false where the details are recorded from general knowledge (flag U).
 */
public record InformationContact(String code, String kind, @Nullable String countryCode, LocalisedText name,
                                 String address, String website, String email, String phone, boolean confirmed) {

    public boolean isCommission() {
        return "COMMISSION".equals(kind);
    }
}

package eu.sadarbe.calls;

import java.util.List;

import eu.sadarbe.shared.CountryCode;

/**
 * A National Agency: its code (e.g. {@code LV01}), official name, and the action types it receives
 * applications for. {@code confirmed} is false where the figure is recorded from general knowledge (flag U).
 */
public record NationalAgency(String code, CountryCode country, String name, String nameEn, boolean confirmed,
                             List<String> actionTypes) {

    public boolean handles(String actionType) {
        return actionTypes.contains(actionType);
    }
}

package eu.sadarbe.calls;

import eu.sadarbe.shared.LocalisedText;

/** A Key Action 2 action type (KA201…KA229), its field, and the call years it was open in. */
public record ActionType(String code, String field, LocalisedText name, int firstCallYear, int lastCallYear) {

    public boolean isOpenIn(int callYear) {
        return callYear >= firstCallYear && callYear <= lastCallYear;
    }
}

package eu.sadarbe.calls;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.shared.LocalisedText;

/** A horizontal priority (no field) or a field-specific priority of the call years it belongs to. */
public record Priority(String code, @Nullable String field, LocalisedText name, int firstCallYear,
                       int lastCallYear) {

    public boolean isHorizontal() {
        return field == null;
    }
}

package eu.sadarbe.statistics.domain;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import eu.sadarbe.calls.ReferenceData;

/** The field of each action type (KA201 → SCHOOL_EDUCATION), read once from the reference data. */
@Component
class ActionTypeFields {

    private final ReferenceData reference;
    private final Map<String, String> fields = new ConcurrentHashMap<>();

    ActionTypeFields(ReferenceData reference) {
        this.reference = reference;
    }

    @Nullable String of(String actionType) {
        if (fields.isEmpty()) {
            reference.actionTypes(null).forEach(type -> fields.put(type.code(), type.field()));
        }
        return fields.get(actionType);
    }
}

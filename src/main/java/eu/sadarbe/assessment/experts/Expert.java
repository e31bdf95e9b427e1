package eu.sadarbe.assessment.experts;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.accounts.AccountId;

/**
 * An expert in a National Agency's pool: the action types they assess (their fields), the languages they read, the
 * country they live in and, if any, the organisation they work for (its OID).
 */
public record Expert(AccountId accountId, String email, String displayName, String nationalAgencyCode,
                     List<String> fields, List<String> languages, String countryCode,
                     @Nullable String organisationOid) {

    public Expert {
        fields = List.copyOf(fields);
        languages = List.copyOf(languages);
    }

    public boolean assesses(String actionType) {
        return fields.contains(actionType);
    }

    public boolean reads(String language) {
        return languages.contains(language.toLowerCase(Locale.ROOT));
    }

    public static List<String> split(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }
}

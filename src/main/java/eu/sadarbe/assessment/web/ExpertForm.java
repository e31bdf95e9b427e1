package eu.sadarbe.assessment.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import eu.sadarbe.assessment.experts.Expert;

/** An officer's entry for an expert of the pool: the e-mail of their expert account and what they assess. */
public record ExpertForm(@NotBlank(message = "{experts.error.email}")
                         @Size(max = 320, message = "{experts.error.email}") String email,
                         // The columns hold 400 and 200 characters: a handful of action types and languages.
                         @NotEmpty(message = "{experts.error.fields}") @Size(max = 10, message = "{experts.error.fields}")
                         @Nullable List<@Pattern(regexp = "KA\\d{3}", message = "{experts.error.fields}") String> fields,
                         @NotBlank(message = "{experts.error.languages}")
                         @Size(max = 100, message = "{experts.error.languages}")
                         @Pattern(regexp = "\\s*[a-zA-Z]{2}(\\s*,\\s*[a-zA-Z]{2})*\\s*",
                                 message = "{experts.error.languages}") String languages,
                         @NotBlank(message = "{experts.error.country}")
                         @Pattern(regexp = "[A-Za-z]{2}", message = "{experts.error.country}") String country,
                         @Pattern(regexp = "|E\\d{8}", message = "{experts.error.oid}") @Nullable String organisationOid) {

    static ExpertForm empty() {
        return new ExpertForm("", List.of(), "lv,en", "LV", "");
    }

    static ExpertForm of(Expert expert) {
        return new ExpertForm(expert.email(), expert.fields(), String.join(",", expert.languages()),
                expert.countryCode(), expert.organisationOid() == null ? "" : expert.organisationOid());
    }

    List<String> languageCodes() {
        return Expert.split(languages.toLowerCase(java.util.Locale.ROOT));
    }
}

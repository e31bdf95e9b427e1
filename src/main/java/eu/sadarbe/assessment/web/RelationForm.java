package eu.sadarbe.assessment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A relation the officer records: the organisation's OID and what the relation was. */
public record RelationForm(@NotBlank(message = "{experts.error.oid}")
                           @Pattern(regexp = "E\\d{8}", message = "{experts.error.oid}") String organisationOid,
                           @NotBlank(message = "{experts.error.note}") @Size(max = 500) String note) {

    static RelationForm empty() {
        return new RelationForm("", "");
    }
}

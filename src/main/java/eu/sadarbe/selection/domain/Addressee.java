package eu.sadarbe.selection.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * To whom a decision letter is addressed: the applicant organisation's legal name and postal address and its legal
 * representative, from the organisations register, else as the submitted document names the applicant.
 */
public record Addressee(String legalName, List<String> addressLines, @Nullable String legalRepresentative) {

    public Addressee {
        addressLines = List.copyOf(addressLines);
    }
}

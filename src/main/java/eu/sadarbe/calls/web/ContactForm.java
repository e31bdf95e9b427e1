package eu.sadarbe.calls.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.calls.domain.ContactCorrections;

/** An administrator's correction of a contact in the directory (issue 20); empty means not recorded. */
record ContactForm(
        @Size(max = 500, message = "{contacts.address.long}") @Nullable String address,
        @Size(max = 300, message = "{contacts.website.long}")
        @Pattern(regexp = "^$|^https?://[^\\s]+$", message = "{contacts.website.invalid}") @Nullable String website,
        @Size(max = 254, message = "{contacts.email.long}")
        @Email(message = "{contacts.email.invalid}") @Nullable String email,
        @Size(max = 60, message = "{contacts.phone.long}")
        @Pattern(regexp = "^[0-9+() .\\-]*$", message = "{contacts.phone.invalid}") @Nullable String phone,
        @Nullable String confirmed) {

    /** The box as the page shows it; a text, so that no value sent can fail to bind and lose the typed fields. */
    ContactForm(@Nullable String address, @Nullable String website, @Nullable String email, @Nullable String phone,
                boolean confirmed) {
        this(address, website, email, phone, confirmed ? "true" : null);
    }

    ContactCorrections.ContactDetails details() {
        return new ContactCorrections.ContactDetails(strip(address), strip(website), strip(email), strip(phone),
                "true".equals(confirmed));
    }

    private static String strip(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}

package eu.sadarbe.accounts.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import eu.sadarbe.accounts.Role;

/** An administrator's entry for a new agency officer or expert of one National Agency. */
public record NewAccountForm(@NotBlank(message = "{users.error.email}") @Email(message = "{users.error.email}")
                             @Size(max = 254, message = "{users.error.email}") @Nullable String email,
                             @NotBlank(message = "{users.error.name}") @Size(max = 200, message = "{users.error.name}")
                             @Nullable String displayName,
                             @NotBlank(message = "{users.error.role}")
                             @Pattern(regexp = "NA_OFFICER|EXPERT", message = "{users.error.role}") @Nullable String role,
                             @NotBlank(message = "{users.error.agency}") @Nullable String agency) {

    static NewAccountForm empty() {
        return new NewAccountForm("", "", null, "");
    }

    Role chosenRole() {
        return Role.valueOf(role == null ? "" : role);
    }
}

package eu.sadarbe.organisations.web;

import org.jspecify.annotations.Nullable;

/** Whether a typed e-mail address is worth an invitation: one {@code @} with text either side, no spaces. */
final class InvitedAddress {

    private InvitedAddress() {
    }

    static boolean isPlausible(@Nullable String email) {
        if (email == null) {
            return false;
        }
        String address = email.strip();
        int at = address.indexOf('@');
        return address.length() <= 254 && at > 0 && at == address.lastIndexOf('@') && at < address.length() - 1
                && address.chars().noneMatch(Character::isWhitespace);
    }
}

package eu.sadarbe.accounts.twofactor;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;

/** What the enrolment page shows: the QR code, the secret to type by hand in groups of four, and the form. */
public record Enrolment(String qrCode, String secretInGroups, String action) {

    public static void show(Model model, TotpCodes codes, SignInPolicy policy, String account, String secret,
                            String action, @Nullable String problem) {
        String issuer = policy.twoFactor().issuer();
        model.addAttribute("enrolment", new Enrolment(codes.enrolmentQrCode(secret, account, issuer),
                secret.replaceAll("(.{4})(?!$)", "$1 "), action));
        model.addAttribute("problem", problem);
    }
}

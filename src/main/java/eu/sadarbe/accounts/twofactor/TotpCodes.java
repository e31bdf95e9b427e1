package eu.sadarbe.accounts.twofactor;

import java.time.Clock;
import java.util.OptionalLong;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

/**
 * Time-based one-time codes as authenticator apps make them (RFC 6238: HMAC-SHA1, six digits, 30-second steps).
 * A code is accepted for the step before, the current one and the one after (clocks drift, RFC 6238 §5.2), and
 * only for a step later than the last one accepted, so that no code works twice. Time comes from the clock.
 */
public class TotpCodes {

    static final int PERIOD_SECONDS = 30;
    static final int DIGITS = 6;

    private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
    private final Clock clock;

    public TotpCodes(Clock clock) {
        this.clock = clock;
    }

    /** A new random secret, 160 bits in Base32 as authenticator apps take it. */
    public String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** The step of a code typed now whose step is later than {@code lastStep}; empty if the code is wrong. */
    public OptionalLong acceptedStep(String secret, String typed, long lastStep) {
        String code = typed.replaceAll("\\s", "");
        if (!code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long now = currentStep();
        for (long step = now - 1; step <= now + 1; step++) {
            if (step > lastStep && java.security.MessageDigest.isEqual(code.getBytes(), codeAt(secret, step).getBytes())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    public long currentStep() {
        return Math.floorDiv(clock.instant().getEpochSecond(), PERIOD_SECONDS);
    }

    /** The code for one time step: what the person's authenticator app shows during those 30 seconds. */
    public String codeAt(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException broken) {
            throw new IllegalStateException("The code could not be computed", broken);
        }
    }

    /** The otpauth:// address that enrols the secret in an authenticator app. */
    public String enrolmentAddress(String secret, String account, String issuer) {
        return data(secret, account, issuer).getUri();
    }

    /** The enrolment address as a QR code, a PNG in a data: URI (the page's content policy allows those). */
    public String enrolmentQrCode(String secret, String account, String issuer) {
        try {
            ZxingPngQrGenerator png = new ZxingPngQrGenerator();
            png.setImageSize(240);
            return Utils.getDataUriForImage(png.generate(data(secret, account, issuer)), png.getImageMimeType());
        } catch (QrGenerationException broken) {
            throw new IllegalStateException("The QR code could not be drawn", broken);
        }
    }

    private static QrData data(String secret, String account, String issuer) {
        return new QrData.Builder().label(account).secret(secret).issuer(issuer)
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build();
    }
}

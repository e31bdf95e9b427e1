package eu.sadarbe.accounts.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/** RFC 6238 codes with the clock Sadarbe injects: the RFC's own test values, drift, replay and typing. */
class TotpCodesTests {

    /** The RFC 6238 appendix B secret, the ASCII "12345678901234567890", in Base32. */
    static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    static TotpCodes at(long epochSecond) {
        return new TotpCodes(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    @Test
    void makesTheCodesOfRfc6238AppendixB() {
        // The appendix lists eight digits; authenticator apps show the last six.
        assertThat(at(59).codeAt(RFC_SECRET, at(59).currentStep())).isEqualTo("287082");
        assertThat(at(1111111109).codeAt(RFC_SECRET, at(1111111109).currentStep())).isEqualTo("081804");
        assertThat(at(1234567890).codeAt(RFC_SECRET, at(1234567890).currentStep())).isEqualTo("005924");
        assertThat(at(2000000000).codeAt(RFC_SECRET, at(2000000000).currentStep())).isEqualTo("279037");
    }

    @Test
    void acceptsTheCodeOfNowAndOfTheNeighbouringStepsOnly() {
        TotpCodes now = at(1234567890);
        long step = now.currentStep();
        for (long drift = -1; drift <= 1; drift++) {
            assertThat(now.acceptedStep(RFC_SECRET, now.codeAt(RFC_SECRET, step + drift), Long.MIN_VALUE))
                    .as("drift of %d steps", drift).hasValue(step + drift);
        }
        assertThat(now.acceptedStep(RFC_SECRET, now.codeAt(RFC_SECRET, step - 2), Long.MIN_VALUE)).isEmpty();
        assertThat(now.acceptedStep(RFC_SECRET, now.codeAt(RFC_SECRET, step + 2), Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void refusesACodeOfAStepAlreadyUsed() {
        TotpCodes now = at(1234567890);
        String code = now.codeAt(RFC_SECRET, now.currentStep());
        OptionalLong first = now.acceptedStep(RFC_SECRET, code, Long.MIN_VALUE);
        assertThat(first).isPresent();
        assertThat(now.acceptedStep(RFC_SECRET, code, first.getAsLong())).as("the same code again").isEmpty();
    }

    @Test
    void expiresWhenTheClockMovesOn() {
        String code = at(1234567890).codeAt(RFC_SECRET, at(1234567890).currentStep());
        assertThat(at(1234567890 + 31).acceptedStep(RFC_SECRET, code, Long.MIN_VALUE)).as("one step later").isPresent();
        assertThat(at(1234567890 + 90).acceptedStep(RFC_SECRET, code, Long.MIN_VALUE)).as("three steps later").isEmpty();
    }

    @Test
    void takesSpacesButNothingButDigits() {
        TotpCodes now = at(1234567890);
        assertThat(now.acceptedStep(RFC_SECRET, "005 924", Long.MIN_VALUE)).isPresent();
        assertThat(now.acceptedStep(RFC_SECRET, "00592a", Long.MIN_VALUE)).isEmpty();
        assertThat(now.acceptedStep(RFC_SECRET, "", Long.MIN_VALUE)).isEmpty();
        assertThat(now.acceptedStep(RFC_SECRET, "0059245", Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void makesASecretAndAnEnrolmentQrCode() {
        TotpCodes codes = at(0);
        String secret = codes.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(codes.enrolmentAddress(secret, "admin@example.eu", "Sadarbe"))
                .startsWith("otpauth://totp/").contains("secret=" + secret).contains("issuer=Sadarbe");
        assertThat(codes.enrolmentQrCode(secret, "admin@example.eu", "Sadarbe")).startsWith("data:image/png;base64,");
    }
}

package eu.sadarbe.accounts.twofactor;

import java.time.Clock;

/**
 * The person's authenticator app, for tests that type a sign-in code into a page: the code {@code drift} steps from
 * now. The server accepts the step before, the current one and the next ({@link TotpCodes}); a code of the step
 * before, made in a step's last second, is two steps old by the time the browser has sent it (the enrolment in
 * UserAdministrationBrowserTests failed so in one CI run), so near a step's end this waits for the next step first.
 */
public final class AuthenticatorApp {

    private static final long STEP_MILLIS = TotpCodes.PERIOD_SECONDS * 1000L;
    private static final long MARGIN_MILLIS = 5_000;

    private AuthenticatorApp() {
    }

    public static String code(Clock clock, String secret, int drift) {
        long intoStep = Math.floorMod(clock.millis(), STEP_MILLIS);
        if (intoStep > STEP_MILLIS - MARGIN_MILLIS) {
            try {
                Thread.sleep(STEP_MILLIS - intoStep + 200);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        TotpCodes codes = new TotpCodes(clock);
        return codes.codeAt(secret, codes.currentStep() + drift);
    }
}

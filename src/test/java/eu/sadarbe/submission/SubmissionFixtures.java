package eu.sadarbe.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Set;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.calls.CallRounds;

/**
 * Rounds, drafts and people for submission tests: Anna Bērziņa acts for Rīgas Valsts tehnikums (E10000001, LV), so
 * her KA202 drafts go to the Latvian agency LV01 (officer Ilze Ozola); Jānis Liepa is an officer of LV02.
 */
public final class SubmissionFixtures {

    public static final String ANNA = "anna.berzina@demo.sadarbe.eu";
    public static final String PETERIS = "peteris.kalnins@demo.sadarbe.eu";
    public static final String ILZE = "ilze.ozola@demo.sadarbe.eu";
    public static final String JANIS = "janis.liepa@demo.sadarbe.eu";

    private final CallRounds rounds;
    private final DraftDesk drafting;
    private final AccountRegister accounts;
    private final SettableClock clock;

    SubmissionFixtures(CallRounds rounds, DraftDesk drafting, AccountRegister accounts, SettableClock clock) {
        this.rounds = rounds;
        this.drafting = drafting;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A 2020 KA202 round of its own for a test (round numbers 1 and 3 are the demo's), defined once per database. */
    CallRoundSummary round(int roundNumber, LocalDateTime deadlineBrussels) {
        String label = "Submission tests " + roundNumber;
        return rounds.all().stream().filter(round -> label.equals(round.label())).findFirst()
                .orElseGet(() -> rounds.define(2020, roundNumber, label, Set.of("KA202"), deadlineBrussels, "tests"));
    }

    /** Anna's eligible green-skills draft in the round, started while the clock shows {@code brusselsNow}. */
    ApplicationSummary draft(CallRoundSummary round, LocalDateTime brusselsNow, String title) {
        clock.setBrussels(brusselsNow);
        return drafting.start(person(ANNA).id(), greenSkills(title), round.id());
    }

    ApplicationSummary draft(CallRoundSummary round, LocalDateTime brusselsNow) {
        return draft(round, brusselsNow, "Green skills for apprentices");
    }

    SignedInUser person(String email) {
        return person(email, "en");
    }

    SignedInUser person(String email, String language) {
        AccountSummary account = accounts.byEmail(email).orElseThrow();
        return new SignedInUser(account.id(), account.email(), account.displayName(), account.roles(),
                account.nationalAgencyCode(), language, true, null);
    }

    /** Anna's green-skills document with the declaration of honour signed by her (she acts for the applicant). */
    public static String greenSkills(String title) {
        return undeclared(title).replaceFirst("\\{", "{\"declaration\": {\"accepted\": true, \"signedBy\": \"Anna Bērziņa\"}, ");
    }

    /** The same document without the declaration of honour: it cannot be submitted. */
    public static String undeclared(String title) {
        try (InputStream json = SubmissionFixtures.class.getResourceAsStream("/api-examples/green-skills.json")) {
            return new String(json.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"Green skills for apprentices\"", "\"" + title + "\"");
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}

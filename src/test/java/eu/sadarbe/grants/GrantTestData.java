package eu.sadarbe.grants;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.selection.RankingKey;
import eu.sadarbe.selection.SelectionTestData;
import eu.sadarbe.selection.domain.Outcome;
import eu.sadarbe.selection.domain.SelectionDesk;
import eu.sadarbe.submission.ApplicationNotEligible;
import eu.sadarbe.submission.SubmissionDesk;
import eu.sadarbe.submission.SubmissionSummary;

/**
 * A final selection to prepare agreements from: Anna's KA229 School Exchange Partnership of a Latvian school
 * (E10000002, Jelgavas Valsts ģimnāzija, registered by her) and an Estonian one (E10000012), submitted in the open demo round, assessed,
 * selected by LV01 with a reduced grant of 5 000 € and its letter issued. Each call makes a new application.
 */
final class GrantTestData {

    static final RankingKey KA229 = new RankingKey("LV01", 2020, 3, "KA229");

    private GrantTestData() {
    }

    static SubmissionSummary selectedSchoolExchange(SelectionTestData fixtures, DraftDesk drafting,
                                                    SubmissionDesk desk, SelectionDesk selection, SignedInUser ilze,
                                                    SignedInUser anna, String title) {
        String document = readingTogether()
                .replace("\"KA201\"", "\"KA229\"").replace("\"INNOVATION\"", "\"EXCHANGE_OF_GOOD_PRACTICES\"")
                .replace("\"Reading together\"", "\"" + title + "\"")
                .replace("E10000011", "E10000002")
                // KA229 has no transnational project meetings category (R-FIN-11).
                .replaceFirst("(?s)\"transnationalMeetings\": \\[.*?\\],\\s*\"intellectualOutputs\"",
                        "\"transnationalMeetings\": [], \"intellectualOutputs\"")
                .replaceFirst("\\{", "{\"declaration\": {\"accepted\": true, \"signedBy\": \"Anna Bērziņa\"}, ");
        ApplicationSummary draft = drafting.start(anna.id(), document, fixtures.openRound().id());
        SubmissionSummary submission;
        try {
            submission = desk.submit(draft.id(), OptionalLong.empty(), UUID.randomUUID().toString(), anna);
        } catch (ApplicationNotEligible refused) {
            throw new AssertionError("Not eligible: " + refused.report().findings(), refused);
        }
        fixtures.assessed(submission, 26, 16, 16, 24, "20000", null, List.of("Good"));
        fixtures.afterTheDeadline();
        selection.override(submission.applicationId(), Outcome.SELECTED, new BigDecimal("5000"), "Selected",
                "Test envelope", ilze);
        selection.issueLetters(KA229, ilze);
        return submission;
    }

    private static String readingTogether() {
        try (InputStream json = GrantTestData.class.getResourceAsStream("/api-examples/reading-together.json")) {
            return new String(json.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}

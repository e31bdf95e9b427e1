package eu.sadarbe.assessment.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.demo.DemoAssessmentRound;

/**
 * The demo's closed assessment round: at least 40 real submissions to VIAA (LV01) and a few to JSPA (LV02), made
 * before the deadline by the freezing and numbering code (digests match the canonical JSON), with varied grants,
 * and exactly three applications whose problem only the formal check finds.
 */
@SadarbeTest
class DemoAssessmentRoundTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CallRounds rounds;

    @Autowired
    Inbox inbox;

    @Autowired
    AccountRegister accounts;

    @Test
    void theClosedRoundHoldsAtLeastFortySubmissionsToLv01WithDigestsOfTheirCanonicalJson() throws Exception {
        CallRoundSummary round = rounds.all().stream().filter(r -> DemoAssessmentRound.LABEL.equals(r.label()))
                .findFirst().orElseThrow();
        assertThat(round.effectiveDeadline().toLocalDateTime()).isEqualTo(DemoAssessmentRound.DEADLINE);

        List<Map<String, Object>> submissions = jdbc.sql("""
                        SELECT national_agency_code, action_type, sha256, canonical_json, submitted_at
                        FROM submission WHERE call_year = 2020 AND round_number = 2""").query().listOfRows();
        assertThat(submissions.stream().filter(row -> "LV01".equals(row.get("national_agency_code"))))
                .hasSizeGreaterThanOrEqualTo(40)
                .extracting(row -> row.get("action_type")).contains("KA201", "KA202", "KA204");
        assertThat(submissions.stream().filter(row -> "LV02".equals(row.get("national_agency_code"))))
                .isNotEmpty().extracting(row -> row.get("action_type")).containsOnly("KA205");
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (Map<String, Object> row : submissions) {
            String json = (String) row.get("canonical_json");
            assertThat(row.get("sha256"))
                    .isEqualTo(HexFormat.of().formatHex(sha256.digest(json.getBytes(StandardCharsets.UTF_8))));
            Object submittedAt = row.get("submitted_at");
            assertThat(submittedAt instanceof java.sql.Timestamp timestamp ? timestamp.toInstant()
                    : ((java.time.OffsetDateTime) submittedAt).toInstant())
                    .isBefore(round.effectiveDeadline().toInstant());
        }
    }

    @Test
    void theOfficerSeesVariedGrantsAndThreeApplicationsWithErrorsForTheFormalCheck() {
        InboxView view = inbox.of(BackOfficeUsers.person(accounts, BackOfficeUsers.ILZE, "en"),
                InboxFilter.of("2020-2", null, null, "grant", "asc", 1));
        List<InboxEntry> entries = view.page().entries();
        assertThat(entries).hasSize(40);
        assertThat(entries.get(0).requestedGrant()).isBetween(new BigDecimal("20000"), new BigDecimal("60000"));
        assertThat(entries.get(entries.size() - 1).requestedGrant())
                .isBetween(new BigDecimal("200000"), new BigDecimal("320000"));
        assertThat(entries).filteredOn(entry -> entry.errorFindings() > 0).hasSize(3);
        assertThat(entries.stream().map(InboxEntry::applicantName).distinct()).hasSizeGreaterThanOrEqualTo(25);
    }
}

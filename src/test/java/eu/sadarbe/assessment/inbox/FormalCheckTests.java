package eu.sadarbe.assessment.inbox;

import static eu.sadarbe.assessment.inbox.BackOfficeUsers.ILZE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.assessment.AuditEntry;
import eu.sadarbe.assessment.AuditTrail;
import eu.sadarbe.assessment.BackOfficeStatus;
import eu.sadarbe.assessment.BackOfficeStatuses;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.demo.PastSubmissions;

/**
 * The formal check: the findings on the frozen submission (the register check catches what the rules engine
 * cannot), eligible or ineligible with a reason and rule ids, a changed check, the bulk confirmation; each audited.
 * On a copy of the demo round ({@link BackOfficeRound}): the demo round itself is for {@code DemoRoundJourneyTests}.
 */
@SadarbeTest
class FormalCheckTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRegister accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    @Autowired
    InboxEntries entries;

    @Autowired
    BackOfficeStatuses statuses;

    @Autowired
    CallRounds rounds;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    PastSubmissions past;

    @Autowired
    Inbox inbox;

    @Autowired
    eu.sadarbe.submission.SubmittedApplications submitted;

    /**
     * Issue 21: the inbox reads the agency's submissions only when their count moved since it last caught up. The copy
     * round's submissions may not have reached the inbox through their events yet, so it finds them by catching up;
     * afterwards it has seen the agency's count, and when that count is ahead of what it saw it compares again and
     * holds the latest submission of every application.
     */
    @Test
    void theInboxComparesTheAgencysSubmissionsOnlyWhenTheirCountMoved() {
        copy(5);   // the copy round, submitted in the past
        inbox.catchUp("LV01");
        long routed = submitted.countRoutedTo("LV01");
        assertThat(entries.submissionsSeen("LV01")).isEqualTo(routed);
        assertThat(entries.submissionsOf("LV01")).containsAllEntriesOf(latestOf("LV01"));

        // Seen fewer than there are (a submission arrived without its event): the next opening compares again
        jdbc.sql("UPDATE assessment_inbox_watermark SET submissions_seen = submissions_seen - 1"
                + " WHERE national_agency_code = 'LV01'").update();
        inbox.catchUp("LV01");
        assertThat(entries.submissionsSeen("LV01")).isGreaterThanOrEqualTo(routed);
        assertThat(entries.submissionsOf("LV01")).containsAllEntriesOf(latestOf("LV01"));

        // Two officers catching up: what the inbox has seen never moves back
        entries.sawSubmissions("LV01", 1);
        assertThat(entries.submissionsSeen("LV01")).isGreaterThanOrEqualTo(routed);
        assertThat(entries.submissionsSeen("ZZ98")).isEqualTo(-1);
    }

    @Autowired
    eu.sadarbe.statistics.domain.SubmissionRegistration statisticsCatchUp;

    /**
     * Issue 21: the statistics' scheduled catch-up reads an agency's submissions only when their count moved since it
     * last caught up with that agency. An imported submission (the copy round's: no event) moves the count and is
     * registered; with the count where it was, the catch-up reads nothing — not even a row it would register (its
     * country cleared below), until the next submission moves the count again.
     */
    @Test
    void theStatisticsCatchUpComparesTheAgencysSubmissionsOnlyWhenTheirCountMoved() {
        ApplicationId imported = copy(6);
        statisticsCatchUp.catchUp();
        assertThat(countryOf(imported)).isNotNull();

        jdbc.sql("UPDATE statistics_application SET applicant_country = NULL WHERE application_id = ?")
                .param(imported.value()).update();
        statisticsCatchUp.catchUp();
        assertThat(countryOf(imported)).as("the count did not move: nothing compared").isNull();

        // A resubmission of it arrives without its event: the agency's count moves, the catch-up compares again
        jdbc.sql("""
                        INSERT INTO submission (id, application_id, idempotency_key, application_number,
                            national_agency_code, call_year, round_number, action_type, application_version, title,
                            sha256, canonical_json, submitted_at, submitted_by, submitter_email, submitter_language,
                            rule_revision)
                        SELECT ?, application_id, ?, application_number, national_agency_code, call_year,
                            round_number, action_type, application_version, title, sha256, canonical_json,
                            submitted_at + INTERVAL '1' SECOND, submitted_by, submitter_email, submitter_language,
                            rule_revision
                        FROM submission WHERE application_id = ? ORDER BY submitted_at DESC LIMIT 1""")
                .params(java.util.UUID.randomUUID(), "statistics-catch-up-" + java.util.UUID.randomUUID(),
                        imported.value()).update();
        assertThat(statisticsCatchUp.catchUp()).isGreaterThanOrEqualTo(1);
        assertThat(countryOf(imported)).isNotNull();
    }

    private String countryOf(ApplicationId application) {
        return jdbc.sql("SELECT applicant_country FROM statistics_application WHERE application_id = ?")
                .param(application.value()).query(String.class).optional().orElse(null);
    }

    private java.util.Map<ApplicationId, java.util.UUID> latestOf(String agency) {
        java.util.Map<ApplicationId, java.util.UUID> latest = new java.util.HashMap<>();
        submitted.routedTo(agency).forEach(summary -> latest.put(summary.applicationId(), summary.id()));
        return latest;
    }

    @Test
    void showsTheFrozenDocumentItsFindingsAndTheRuleIdsOfTheErrorsTicked() throws Exception {
        ApplicationId unregisteredPartner = copy(5);
        mvc.perform(get("/agency/applications/{id}", unregisteredPartner).with(user(officer("en"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("R-ELIG-10: the organisation E19999905 is not in the"
                        + " Organisation Registration System.")))
                .andExpect(content().string(containsString("Šiaulių profesinio rengimo centras")))
                .andExpect(content().string(containsString("Needs")))
                .andExpect(content().string(containsString("/submissions/")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*value=\"R-ELIG-10\"\\s+checked=\"checked\".*")));
        // Viewing only: the demo round's KA202 application 19 (the copy has no KA202).
        mvc.perform(get("/agency/applications/{id}", BackOfficeUsers.demoApplication(jdbc, 19))
                        .header("Accept-Language", "lv")
                        .with(user(officer("lv"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("R-ELIG-02: organizācija E10000202 pieteikumā norādīta"
                        + " valstī EE, bet reģistrēta valstī LT.")));
    }

    @Test
    void confirmsEligibleAndAuditsWhoWhenBeforeAndAfter() throws Exception {
        ApplicationId id = copy(29);
        mvc.perform(post("/agency/applications/{id}/formal-check", id).with(csrf()).with(user(officer("en")))
                        .param("outcome", "ELIGIBLE"))
                .andExpect(redirectedUrl("/agency/applications/" + id));

        assertThat(statuses.of(id)).contains(BackOfficeStatus.ELIGIBLE);
        AuditEntry entry = audit.of(id).get(audit.of(id).size() - 1);
        assertThat(entry.action()).isEqualTo("formalCheck");
        assertThat(entry.actorEmail()).isEqualTo(ILZE);
        assertThat(entry.before()).isEqualTo("SUBMITTED");
        assertThat(entry.after()).isEqualTo("ELIGIBLE");
        mvc.perform(get("/agency/applications/{id}", id).with(user(officer("en"))))
                .andExpect(content().string(containsString("Formal check")))
                .andExpect(content().string(containsString("Submitted</span> →")));
    }

    @Test
    void rejectsAsIneligibleOnlyWithAReasonAndRuleIdsThenAllowsAChangedDecision() throws Exception {
        ApplicationId id = copy(33);
        mvc.perform(post("/agency/applications/{id}/formal-check", id).with(csrf()).with(user(officer("en")))
                        .param("outcome", "INELIGIBLE").param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the reason why the application is ineligible.")))
                .andExpect(content().string(containsString("Tick at least one rule the application breaks.")));
        assertThat(statuses.of(id)).contains(BackOfficeStatus.SUBMITTED);

        mvc.perform(post("/agency/applications/{id}/formal-check", id).with(csrf()).with(user(officer("en")))
                        .param("outcome", "INELIGIBLE").param("reason", "Partneris nav reģistrēts.")
                        .param("ruleIds", "R-ELIG-10", "R-ELIG-02"))
                .andExpect(redirectedUrl("/agency/applications/" + id));
        InboxEntry ineligible = entries.find(id).orElseThrow();
        assertThat(ineligible.status()).isEqualTo(BackOfficeStatus.INELIGIBLE);
        assertThat(ineligible.formalCheckReason()).isEqualTo("Partneris nav reģistrēts.");
        assertThat(ineligible.formalCheckRuleIds()).containsExactly("R-ELIG-10", "R-ELIG-02");

        mvc.perform(post("/api/v1/agency/LV01/applications/{id}/formal-check", id).with(httpBasic(ILZE, "sadarbe-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"eligible\": true, \"reason\": \"Partner registered since; OID corrected.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.application.status").value("ELIGIBLE"))
                .andExpect(jsonPath("$.audit.length()").value(2))
                .andExpect(jsonPath("$.audit[0].after").value("INELIGIBLE"))
                .andExpect(jsonPath("$.audit[0].subject").value("R-ELIG-10, R-ELIG-02: Partneris nav reģistrēts."))
                .andExpect(jsonPath("$.audit[1].before").value("INELIGIBLE"))
                .andExpect(jsonPath("$.audit[1].after").value("ELIGIBLE"))
                .andExpect(jsonPath("$.findings[0].rule").value("R-ELIG-10"));
    }

    @Test
    void theRestApiRefusesAnIneligibleCheckWithoutReasonOrWithAnUnknownRule() throws Exception {
        ApplicationId id = copy(30);
        String listed = mvc.perform(get("/api/v1/agency/LV01/applications").with(httpBasic(ILZE, "sadarbe-demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // Issue 21: the inbox page shows 50 applications; its API still 100 a page, as its documentation says
        int total = com.jayway.jsonpath.JsonPath.read(listed, "$.total");
        assertThat((java.util.List<?>) com.jayway.jsonpath.JsonPath.read(listed, "$.applications"))
                .hasSize(Math.min(total, InboxFilter.API_PAGE_SIZE));
        mvc.perform(post("/api/v1/agency/LV01/applications/{id}/formal-check", id).with(httpBasic(ILZE, "sadarbe-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"eligible\": false, \"ruleIds\": [\"R-ELIG-02\"]}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/agency/LV01/applications/{id}/formal-check", id).with(httpBasic(ILZE, "sadarbe-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"eligible\": false, \"reason\": \"x\", \"ruleIds\": [\"DROP TABLE\"]}"))
                .andExpect(status().isUnprocessableContent());
        assertThat(statuses.of(id)).contains(BackOfficeStatus.SUBMITTED);
    }

    @Test
    void confirmsInBulkOnlyTheChosenApplicationsWithoutErrorsEachAudited() throws Exception {
        ApplicationId clean = copy(7);
        ApplicationId alsoClean = copy(8);
        ApplicationId withError = copy(5);
        mvc.perform(get("/agency/applications").with(user(officer("en")))).andExpect(status().isOk());

        mvc.perform(post("/agency/applications/eligible").with(csrf()).with(user(officer("en")))
                        .param("application", clean.toString(), alsoClean.toString(), withError.toString()))
                .andExpect(redirectedUrl("/agency/applications"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("bulk", new FormalChecks.BulkConfirmation(2, 1)));

        for (ApplicationId id : List.of(clean, alsoClean)) {
            assertThat(statuses.of(id)).contains(BackOfficeStatus.ELIGIBLE);
            assertThat(audit.of(id)).extracting(AuditEntry::after).containsExactly("ELIGIBLE");
        }
        assertThat(statuses.of(withError)).contains(BackOfficeStatus.SUBMITTED);
        assertThat(audit.of(withError)).isEmpty();
    }

    @Test
    void laterStepsMoveTheStatusOnAndCloseTheFormalCheck() throws Exception {
        ApplicationId id = copy(31);
        mvc.perform(get("/agency/applications/{id}", id).with(user(officer("en")))).andExpect(status().isOk());
        statuses.assessmentStarted(id);
        mvc.perform(post("/api/v1/agency/LV01/applications/{id}/formal-check", id).with(httpBasic(ILZE, "sadarbe-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"eligible\": true}"))
                .andExpect(status().isConflict());
        statuses.decisionRecorded(id, BackOfficeStatus.RESERVE);
        assertThat(statuses.of(id)).contains(BackOfficeStatus.RESERVE);
        assertThat(statuses.applications("LV01", 2020, BackOfficeRound.ROUND_NUMBER, "KA204")).hasSize(13)
                .filteredOn(application -> application.applicationId().equals(id)).singleElement()
                .satisfies(application -> {
                    assertThat(application.status()).isEqualTo(BackOfficeStatus.RESERVE);
                    assertThat(application.requestedGrant()).isPositive();
                });
        mvc.perform(get("/agency/applications").with(user(officer("lv"))).header("Accept-Language", "lv")
                        .param("status", "RESERVE"))
                .andExpect(content().string(containsString("Rezerves sarakstā")));
    }

    private ApplicationId copy(int index) {
        return new BackOfficeRound(rounds, accounts, past, jdbc, transaction).application(index);
    }

    private SignedInUser officer(String language) {
        return BackOfficeUsers.person(accounts, ILZE, language);
    }
}

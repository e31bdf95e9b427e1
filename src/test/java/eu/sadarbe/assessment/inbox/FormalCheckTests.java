package eu.sadarbe.assessment.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.OwnPeople;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.applications.OwnApplicant;
import eu.sadarbe.assessment.AuditEntry;
import eu.sadarbe.assessment.AuditTrail;
import eu.sadarbe.assessment.BackOfficeStatus;
import eu.sadarbe.assessment.BackOfficeStatuses;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionSummary;
import eu.sadarbe.submission.SubmittedApplications;

/**
 * The formal check: the findings on the frozen submission (the register check catches what the rules engine
 * cannot), eligible or ineligible with a reason and rule ids, a changed check, the bulk confirmation; each audited.
 * A module test of assessment with its pages, on submissions of its own to LV01 whose partners it chooses: registered
 * in the countries the document gives them (no finding), never registered (R-ELIG-10) or registered elsewhere
 * (R-ELIG-02).
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
@Import(SettableClock.AsTheClock.class)
class FormalCheckTests {

    @Autowired MockMvc mvc;
    @Autowired BeanFactory beans;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail audit;
    @Autowired InboxEntries entries;
    @Autowired BackOfficeStatuses statuses;
    @Autowired Inbox inbox;
    @Autowired SubmittedApplications submitted;

    ModuleTestData data;
    SignedInUser officer;

    @BeforeEach
    void anOfficerOfLv01() {
        data = new ModuleTestData("assessment", beans);
        officer = data.person("Ilze Ozola", Role.NA_OFFICER, "LV01");
    }

    /**
     * Issue 21: the inbox reads the agency's submissions only when their count moved since it last caught up. A new
     * submission may not have reached the inbox through its event yet, so it finds it by catching up; afterwards it
     * has seen the agency's count, and when that count is ahead of what it saw it compares again and holds the latest
     * submission of every application.
     */
    @Test
    void theInboxComparesTheAgencysSubmissionsOnlyWhenTheirCountMoved() {
        data.submitted("Caught up");
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

    private Map<ApplicationId, UUID> latestOf(String agency) {
        Map<ApplicationId, UUID> latest = new HashMap<>();
        submitted.routedTo(agency).forEach(summary -> latest.put(summary.applicationId(), summary.id()));
        return latest;
    }

    @Test
    void showsTheFrozenDocumentItsFindingsAndTheRuleIdsOfTheErrorsTicked() throws Exception {
        String unregistered = OwnApplicant.outsideTheDemoRange().value();
        String german = german();
        ApplicationId unregisteredPartner = inTheInbox(data.draft("Unregistered partner", document -> document
                .replace("E10000002", unregistered).replace("E10000003", german)
                .replaceFirst("\\{", "{\"description\": {\"needs\": \"Welders lack green skills.\"}, ")));
        mvc.perform(get("/agency/applications/{id}", unregisteredPartner).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("R-ELIG-10: the organisation " + unregistered
                        + " is not in the Organisation Registration System.")))
                .andExpect(content().string(containsString("Tallinna Tööstushariduskeskus")))
                .andExpect(content().string(containsString("Needs")))
                .andExpect(content().string(containsString("/submissions/")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*value=\"R-ELIG-10\"\\s+checked=\"checked\".*")));
        String lithuanian = data.organisation("LT", "Šiauliai", "LT-76001");
        ApplicationId registeredElsewhere = inTheInbox(data.draftWithPartners("Partner registered elsewhere",
                lithuanian, german()));
        mvc.perform(get("/agency/applications/{id}", registeredElsewhere)
                        .header("Accept-Language", "lv")
                        .with(user(inLatvian())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("R-ELIG-02: organizācija " + lithuanian
                        + " pieteikumā norādīta valstī EE, bet reģistrēta valstī LT.")));
    }

    @Test
    void confirmsEligibleAndAuditsWhoWhenBeforeAndAfter() throws Exception {
        ApplicationId id = clean("Confirmed eligible");
        mvc.perform(post("/agency/applications/{id}/formal-check", id).with(csrf()).with(user(officer))
                        .param("outcome", "ELIGIBLE"))
                .andExpect(redirectedUrl("/agency/applications/" + id));

        assertThat(statuses.of(id)).contains(BackOfficeStatus.ELIGIBLE);
        AuditEntry entry = audit.of(id).get(audit.of(id).size() - 1);
        assertThat(entry.action()).isEqualTo("formalCheck");
        assertThat(entry.actorEmail()).isEqualTo(officer.email());
        assertThat(entry.before()).isEqualTo("SUBMITTED");
        assertThat(entry.after()).isEqualTo("ELIGIBLE");
        mvc.perform(get("/agency/applications/{id}", id).with(user(officer)))
                .andExpect(content().string(containsString("Formal check")))
                .andExpect(content().string(containsString("Submitted</span> →")));
    }

    @Test
    void rejectsAsIneligibleOnlyWithAReasonAndRuleIdsThenAllowsAChangedDecision() throws Exception {
        ApplicationId id = withAnUnregisteredPartner("Rejected, then accepted");
        mvc.perform(post("/agency/applications/{id}/formal-check", id).with(csrf()).with(user(officer))
                        .param("outcome", "INELIGIBLE").param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the reason why the application is ineligible.")))
                .andExpect(content().string(containsString("Tick at least one rule the application breaks.")));
        assertThat(statuses.of(id)).contains(BackOfficeStatus.SUBMITTED);

        mvc.perform(post("/agency/applications/{id}/formal-check", id).with(csrf()).with(user(officer))
                        .param("outcome", "INELIGIBLE").param("reason", "Partneris nav reģistrēts.")
                        .param("ruleIds", "R-ELIG-10", "R-ELIG-02"))
                .andExpect(redirectedUrl("/agency/applications/" + id));
        InboxEntry ineligible = entries.find(id).orElseThrow();
        assertThat(ineligible.status()).isEqualTo(BackOfficeStatus.INELIGIBLE);
        assertThat(ineligible.formalCheckReason()).isEqualTo("Partneris nav reģistrēts.");
        assertThat(ineligible.formalCheckRuleIds()).containsExactly("R-ELIG-10", "R-ELIG-02");

        mvc.perform(post("/api/v1/agency/LV01/applications/{id}/formal-check", id).with(user(officer))
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
        ApplicationId id = clean("Refused by the API");
        String listed = mvc.perform(get("/api/v1/agency/LV01/applications").with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // Issue 21: the inbox page shows 50 applications; its API still 100 a page, as its documentation says
        int total = com.jayway.jsonpath.JsonPath.read(listed, "$.total");
        assertThat((List<?>) com.jayway.jsonpath.JsonPath.read(listed, "$.applications"))
                .hasSize(Math.min(total, InboxFilter.API_PAGE_SIZE));
        mvc.perform(post("/api/v1/agency/LV01/applications/{id}/formal-check", id).with(user(officer))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"eligible\": false, \"ruleIds\": [\"R-ELIG-02\"]}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/agency/LV01/applications/{id}/formal-check", id).with(user(officer))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"eligible\": false, \"reason\": \"x\", \"ruleIds\": [\"DROP TABLE\"]}"))
                .andExpect(status().isUnprocessableContent());
        assertThat(statuses.of(id)).contains(BackOfficeStatus.SUBMITTED);
    }

    @Test
    void confirmsInBulkOnlyTheChosenApplicationsWithoutErrorsEachAudited() throws Exception {
        ApplicationId clean = clean("Clean");
        ApplicationId alsoClean = clean("Also clean");
        ApplicationId withError = withAnUnregisteredPartner("With an error");
        mvc.perform(get("/agency/applications").with(user(officer))).andExpect(status().isOk());

        mvc.perform(post("/agency/applications/eligible").with(csrf()).with(user(officer))
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
        ApplicationId id = clean("Later steps");
        mvc.perform(get("/agency/applications/{id}", id).with(user(officer))).andExpect(status().isOk());
        statuses.assessmentStarted(id);
        mvc.perform(post("/api/v1/agency/LV01/applications/{id}/formal-check", id).with(user(officer))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"eligible\": true}"))
                .andExpect(status().isConflict());
        statuses.decisionRecorded(id, BackOfficeStatus.RESERVE);
        assertThat(statuses.of(id)).contains(BackOfficeStatus.RESERVE);
        int roundNumber = data.round().roundNumber();
        long inTheRound = submitted.routedTo("LV01").stream()
                .filter(submission -> submission.callYear() == ModuleTestData.CALL_YEAR
                        && submission.roundNumber() == roundNumber && submission.actionType().equals("KA202"))
                .map(SubmissionSummary::applicationId).distinct().count();
        assertThat(statuses.applications("LV01", ModuleTestData.CALL_YEAR, roundNumber, "KA202"))
                .hasSize((int) inTheRound)
                .filteredOn(application -> application.applicationId().equals(id)).singleElement()
                .satisfies(application -> {
                    assertThat(application.status()).isEqualTo(BackOfficeStatus.RESERVE);
                    assertThat(application.requestedGrant()).isPositive();
                });
        mvc.perform(get("/agency/applications").with(user(inLatvian())).header("Accept-Language", "lv")
                        .param("status", "RESERVE"))
                .andExpect(content().string(containsString("Rezerves sarakstā")));
    }

    /** A submission whose partners are registered where the document says: the register check finds nothing. */
    private ApplicationId clean(String title) {
        return inTheInbox(data.draftWithPartners(title, data.organisation("EE", "Tartu", "50090"), german()));
    }

    private ApplicationId withAnUnregisteredPartner(String title) {
        return inTheInbox(data.draftWithPartners(title, OwnApplicant.outsideTheDemoRange().value(), german()));
    }

    private String german() {
        return data.organisation("DE", "Lübeck", "23552");
    }

    private ApplicationId inTheInbox(ModuleTestData.Draft draft) {
        data.submit(draft);
        await().atMost(Duration.ofSeconds(30)).until(() -> entries.find(draft.id()).isPresent());
        return draft.id();
    }

    private SignedInUser inLatvian() {
        return OwnPeople.signedIn(officer, "lv");
    }
}

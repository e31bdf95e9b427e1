package eu.sadarbe.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.AssessmentCompleted;
import eu.sadarbe.assessment.CriterionScore;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.grants.domain.BeneficiaryDetails;
import eu.sadarbe.grants.domain.GrantDesk;
import eu.sadarbe.selection.domain.Outcome;
import eu.sadarbe.selection.domain.SelectionDesk;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionSummary;

/**
 * Issue 21: the officer's portfolio of agreements comes 50 at a time, the status filter kept in the page links,
 * and the count the page shows is of all the agency's agreements. 70 copies of an agreement at an agency of their
 * own (60 in force, 10 awaiting the agency), removed afterwards. The API's list pages the same way. A module test of
 * grants with its pages behind the real security chain; the agreement copied is one of its own, prepared once from
 * an application of its own ({@link ModuleTestData}) selected by an LV01 officer.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(SettableClock.AsTheClock.class)
@AutoConfigureMockMvc
class PortfolioPagingTests {

    private static final String AGENCY = "LI01";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired BeanFactory beans;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher events;
    @Autowired SelectionDesk selection;
    @Autowired GrantDesk grants;

    private UUID original;

    private final SignedInUser officer = new SignedInUser(new AccountId(UUID.randomUUID()), "officer@li01.test",
            "LI officer", Set.of(Role.NA_OFFICER), AGENCY, "en", true, null);

    @Test
    void thePortfolioIsPagedByFiftyWithTheStatusKeptInItsLinks() throws Exception {
        seventyAgreements();
        try {
            String first = page("");
            assertThat(first).contains("70 agreements", "Page 1 of 2", "LI01-PAGED-001<")
                    .doesNotContain("LI01-PAGED-051<");
            assertThat(numbers(first)).isEqualTo(50);
            String second = page("?page=1");
            assertThat(second).contains("Page 2 of 2", "LI01-PAGED-051<", "LI01-PAGED-070<", "rel=\"prev\"")
                    .doesNotContain("LI01-PAGED-001<", "rel=\"next\"");
            assertThat(numbers(second)).isEqualTo(20);

            String inForce = page("?status=IN_FORCE");
            assertThat(inForce).contains("60 agreements", "Page 1 of 2");
            String next = link(inForce, "next");
            assertThat(next).contains("status=IN_FORCE", "page=1");
            String inForceSecond = mvc.perform(get(next).with(user(officer))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(inForceSecond).contains("Page 2 of 2", "LI01-PAGED-051<", "LI01-PAGED-060<")
                    .doesNotContain("LI01-PAGED-061<", "Awaiting the agency’s signature</strong>");
            assertThat(numbers(inForceSecond)).isEqualTo(10);
            assertThat(link(inForceSecond, "prev")).contains("status=IN_FORCE", "page=0");

            String awaiting = page("?status=AWAITING_AGENCY");
            assertThat(awaiting).contains("10 agreements", "LI01-PAGED-061<").doesNotContain("govuk-pagination");
            assertThat(page("?status=nonsense")).as("an unknown status: all").contains("70 agreements");
            String latvian = mvc.perform(get("/agency/grants?page=1").header("Accept-Language", "lv")
                    .with(user(officer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(latvian).contains("2. lapa no 2", "Līgumi: 70");
        } finally {
            removeTheCopies();
        }
    }

    @Test
    void theApiPagesThePortfolioWithSummariesAndTheirCount() throws Exception {
        seventyAgreements();
        try {
            mvc.perform(get("/api/v1/agency/LI01/grants").with(user(officer)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(70))
                    .andExpect(jsonPath("$.page").value(0))
                    .andExpect(jsonPath("$.size").value(25))
                    .andExpect(jsonPath("$.pages").value(3))
                    .andExpect(jsonPath("$.agreements", hasSize(25)))
                    .andExpect(jsonPath("$.agreements[0].number").value("LI01-PAGED-001"))
                    .andExpect(jsonPath("$.agreements[0].status").value("IN_FORCE"))
                    .andExpect(jsonPath("$.agreements[0].awardedTotal").isNumber())
                    .andExpect(jsonPath("$.agreements[0].audit").doesNotExist());
            mvc.perform(get("/api/v1/agency/LI01/grants").param("status", "AWAITING_AGENCY").param("size", "4")
                            .param("page", "2").with(user(officer)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(10))
                    .andExpect(jsonPath("$.pages").value(3))
                    .andExpect(jsonPath("$.agreements", hasSize(2)))
                    .andExpect(jsonPath("$.agreements[0].number").value("LI01-PAGED-069"));
            mvc.perform(get("/api/v1/agency/LI01/grants").param("size", "500").param("page", "9").with(user(officer)))
                    .andExpect(jsonPath("$.size").value(100))
                    .andExpect(jsonPath("$.page").value(0))
                    .andExpect(jsonPath("$.agreements", hasSize(70)));
            mvc.perform(get("/api/v1/agency/LI01/grants").param("status", "nonsense").with(user(officer)))
                    .andExpect(status().isBadRequest());
            // another agency's officer: as if it had no agreements at all
            mvc.perform(get("/api/v1/agency/LV01/grants").with(user(officer))).andExpect(status().isNotFound());
        } finally {
            removeTheCopies();
        }
    }

    /** 70 copies of the test's agreement at the agency: 60 in force, 10 awaiting the agency. */
    private void seventyAgreements() {
        if (original == null) {
            original = anAgreementOfItsOwn();
        }
        for (int index = 1; index <= 70; index++) {
            copy(original, index, index <= 60 ? "IN_FORCE" : "AWAITING_AGENCY");
        }
    }

    /**
     * An application of the test's own, consolidated, selected and its letter issued by an LV01 officer, and the
     * agreement prepared from that final selection.
     */
    private UUID anAgreementOfItsOwn() {
        ModuleTestData data = new ModuleTestData("grants", beans);
        SignedInUser lv01 = data.person("Ilze Ozola", Role.NA_OFFICER, "LV01");
        ModuleTestData.Draft draft = data.draft("Copied for the portfolio");
        SubmissionSummary submission = data.submit(draft);
        AssessmentCompleted consolidated = new AssessmentCompleted(submission.applicationId(), submission.id(),
                submission.applicationNumber(), submission.nationalAgencyCode(), submission.callYear(),
                submission.roundNumber(), submission.actionType(),
                List.of(new CriterionScore("relevance", 26, 30, List.of()),
                        new CriterionScore("design", 16, 20, List.of()),
                        new CriterionScore("team", 16, 20, List.of()),
                        new CriterionScore("impact", 24, 30, List.of())),
                82, true, new BigDecimal("30000.00"), null, lv01.id().value(), Instant.now(), null);
        transaction.executeWithoutResult(status -> events.publishEvent(consolidated));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "SELECT COUNT(*) FROM selection_candidate WHERE application_id = ?")
                .param(submission.applicationId().value()).query(Integer.class).single() == 1);
        selection.override(submission.applicationId(), Outcome.SELECTED, null, "Selected",
                "The module test's envelope", lv01);
        selection.issueLetter(submission.applicationId(), lv01);
        return grants.prepare(submission.applicationId(), PaymentScheme.ONE_PREFINANCING, "en",
                List.of(new BeneficiaryDetails(draft.applicantOid().value(), "LV80 BANK 0000 4351 9500 1",
                        "HABALV22", "Anna Direktore")), lv01).get(0).id().value();
    }

    private void removeTheCopies() {
        jdbc.sql("DELETE FROM grant_agreement WHERE national_agency_code = ? AND agreement_number LIKE ?")
                .params(AGENCY, "LI01-PAGED-%").update();
    }

    private void copy(UUID original, int index, String status) {
        String number = "LI01-PAGED-%03d".formatted(index);
        jdbc.sql("""
                        INSERT INTO grant_agreement (id, agreement_number, application_id, application_number,
                            national_agency_code, call_year, round_number, action_type, beneficiary_id, status,
                            awarded_total, pdf_sha256, entered_into_force_on, prepared_by, prepared_at,
                            preparation_json, versions_json, amendments_json, signatures_json, row_version)
                        SELECT ?, ?, ?, application_number, ?, call_year, round_number, action_type, beneficiary_id,
                            ?, awarded_total, pdf_sha256, entered_into_force_on, prepared_by, prepared_at,
                            REPLACE(preparation_json, agreement_number, ?), versions_json, amendments_json,
                            signatures_json, 0
                        FROM grant_agreement WHERE id = ?""")
                .params(UUID.randomUUID(), number, UUID.randomUUID(), AGENCY, status, number, original).update();
    }

    private String page(String query) throws Exception {
        return mvc.perform(get("/agency/grants" + query).with(user(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static long numbers(String page) {
        return Pattern.compile("LI01-PAGED-\\d{3}<").matcher(page).results().count();
    }

    private static String link(String page, String rel) {
        Matcher href = Pattern.compile("rel=\"" + rel + "\" href=\"([^\"]+)\"").matcher(page);
        assertThat(href.find()).as(rel + " link").isTrue();
        return HtmlUtils.htmlUnescape(href.group(1));
    }
}

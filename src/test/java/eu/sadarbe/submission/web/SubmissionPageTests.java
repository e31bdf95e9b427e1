package eu.sadarbe.submission.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.applications.OwnApplicant;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.organisations.domain.OrganisationRegistration;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionTest;

/**
 * The "check your answers" page where an application is submitted, the receipt page (with a mail server: it promises
 * the e-mail) and the officer's extension page, in English and Latvian.
 * <p>
 * A module test of submission with its pages and the security chain of accounts, and the drafting module (with
 * places) for the task list: the context of {@code DeclarationOfHonourTests}. The applicant is an
 * {@link OwnApplicant} of the test's own, the officer an LV01 officer of its own; the round is the submission tests'
 * round 4.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"drafting", "places"})
@Import(SubmissionTest.Configuration.class)
@AutoConfigureMockMvc
class SubmissionPageTests {

    static final LocalDateTime DEADLINE = LocalDateTime.of(2020, 12, 1, 12, 0);

    @Autowired
    MockMvc mvc;

    @Autowired
    SettableClock clock;

    @Autowired
    CallRounds rounds;

    @Autowired
    DraftDesk drafting;

    @Autowired
    AccountRegister accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationRegistration registration;

    OwnApplicant applicant;

    SignedInUser officer;

    @BeforeEach
    void applicantAndOfficer() {
        applicant = OwnApplicant.register(accounts, registration);
        officer = ModuleTestData.signedIn(accounts.open("officer-" + UUID.randomUUID() + "@example.lv", "Ilze Referente",
                "dzeltena laiva kalnā zied", Set.of(Role.NA_OFFICER), "LV01"));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void showsTheDeadlineCountdownFindingsAndASubmitButtonWithAFreshIdempotencyKey() throws Exception {
        ApplicationSummary draft = draft(LocalDateTime.of(2020, 11, 28, 9, 30));

        mvc.perform(get("/applications/{id}/submit", draft.id()).with(user(applicant.signedIn())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 December 2020 12:00:00 Brussels time")))
                .andExpect(content().string(containsString("3 days, 2 hours and 30 minutes left")))
                .andExpect(content().string(matchesPattern("(?s).*name=\"idempotencyKey\" value=\"[0-9a-f-]{36}\".*")));
        mvc.perform(get("/applications/{id}/submit", draft.id()).header("Accept-Language", "lv")
                        .with(user(applicant.signedIn())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("01.12.2020 12:00:00 pēc Briseles laika")))
                .andExpect(content().string(containsString("Iesniegt pieteikumu")));
    }

    @Test
    void submitsFromThePageOnceForADoubleClickAndShowsTheReceipt() throws Exception {
        ApplicationSummary draft = draft(LocalDateTime.of(2020, 11, 28, 9, 30));
        var anna = user(applicant.signedIn());

        String receipt = mvc.perform(post("/applications/{id}/submissions", draft.id()).with(csrf()).with(anna)
                        .param("idempotencyKey", "double-click").param("version", String.valueOf(draft.version())))
                .andExpect(redirectedUrlPattern("/applications/*/submissions/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post("/applications/{id}/submissions", draft.id()).with(csrf()).with(anna)
                        .param("idempotencyKey", "double-click").param("version", String.valueOf(draft.version())))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(receipt));

        mvc.perform(get(receipt).header("Accept-Language", "lv").with(anna))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pieteikums iesniegts")))
                .andExpect(content().string(matchesPattern("(?s).*2020-4-LV01-KA202-\\d{6}.*")))
                .andExpect(content().string(containsString("28.11.2020 09:30:00 pēc Briseles laika")))
                .andExpect(content().string(containsString("/pdf")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE application_id = ?").param(draft.id().value())
                .query(Integer.class).single()).isOne();
    }

    @Test
    void showsTheDeadlineAndTheServerTimeWhenTheButtonIsPressedTooLate() throws Exception {
        ApplicationSummary draft = draft(LocalDateTime.of(2020, 11, 28, 9, 30));
        clock.setBrussels(DEADLINE.plusSeconds(1));

        mvc.perform(post("/applications/{id}/submissions", draft.id()).with(csrf())
                        .with(user(applicant.signedIn()))
                        .param("idempotencyKey", "late").param("version", String.valueOf(draft.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "The deadline was 01.12.2020 12:00:00 Brussels time; the server time is 01.12.2020 12:00:01 Brussels time.")));
    }

    @Test
    void letsTheAgencysOfficerGrantAnExtensionThatIsShownOnTheApplication() throws Exception {
        ApplicationSummary draft = draft(LocalDateTime.of(2020, 11, 28, 9, 30));
        clock.setBrussels(DEADLINE.plusHours(1));

        mvc.perform(post("/applications/{id}/extension", draft.id()).with(csrf())
                        .with(user(officer)).header("Accept-Language", "lv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ievadiet pagarinājuma pamatojumu.")));
        mvc.perform(post("/applications/{id}/extension", draft.id()).with(csrf())
                        .with(user(officer))
                        .param("deadlineDate", "2020-12-04").param("deadlineTime", "12:00")
                        .param("reason", "Plūdi skolā"))
                .andExpect(redirectedUrlPattern("/applications/*/extension?granted"));
        mvc.perform(get("/applications/{id}/extension?granted", draft.id())
                        .with(user(officer)))
                .andExpect(content().string(containsString("the application may now be submitted until")));

        mvc.perform(get("/applications/{id}/submit", draft.id()).with(user(applicant.signedIn())))
                .andExpect(content().string(containsString("Individual extension to 4 December 2020 12:00:00")))
                .andExpect(content().string(containsString("Reason: Plūdi skolā")))
                .andExpect(content().string(containsString("name=\"idempotencyKey\"")));
    }

    @Test
    void theCheckYourAnswersPageShowsTheWholeApplicationAsSubmittedWithChangeLinks() throws Exception {
        ApplicationSummary draft = draft(LocalDateTime.of(2020, 11, 28, 9, 30));
        var anna = user(applicant.signedIn());
        String sections = "/applications/" + draft.id() + "/sections/";

        mvc.perform(get("/applications/{id}/submit", draft.id()).with(anna))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Check your answers before submitting your application"),
                        containsString("Tallinna Tööstushariduskeskus"), containsString("Open course on green welding"),
                        containsString("Project management and implementation"), containsString("€24,000.00"),
                        containsString("href=\"" + sections + "context\""),
                        containsString("href=\"" + sections + "organisations\""),
                        containsString("href=\"" + sections + "meetings\""),
                        containsString("href=\"" + sections + "declaration\""),
                        containsString("Change: Transnational project meetings"),
                        containsString("The declaration of honour is signed by Ilga Pieteicēja"),
                        containsString("Not written yet."), containsString("href=\"" + sections + "needs\""),
                        containsString("id=\"submit-form\""), not(containsString("??")))));
        mvc.perform(get("/applications/{id}/submit", draft.id()).header("Accept-Language", "lv").with(anna))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Pārbaudiet atbildes pirms pieteikuma iesniegšanas"),
                        containsString("Mainīt: Starptautiskās projekta sanāksmes"),
                        containsString("Projekta vadība un īstenošana"), containsString("24\u00a0000,00\u00a0€"),
                        containsString("id=\"submit-form\""), not(containsString("??")))));
    }

    @Test
    void showsBlockingFindingsAtTheTopLinkedToTheirSectionsAndNoButton() throws Exception {
        String label = "Submission tests 4";
        CallRoundSummary round = rounds.all().stream().filter(r -> label.equals(r.label())).findFirst()
                .orElseGet(() -> rounds.define(2020, 4, label, Set.of("KA202"), DEADLINE, "tests"));
        clock.setBrussels(LocalDateTime.of(2020, 11, 28, 9, 30));
        ApplicationSummary draft = drafting.start(applicant.account().id(),
                applicant.document("Too long").replace("\"durationMonths\": 24", "\"durationMonths\": 48"),
                round.id());

        mvc.perform(get("/applications/{id}/submit", draft.id()).with(user(applicant.signedIn())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Fix these before you submit"),
                        matchesPattern("(?s).*<a href=\"/applications/" + draft.id() + "/sections/context\">R-ELIG-06: .*"),
                        not(containsString("id=\"submit-form\"")))));
    }

    @Test
    void theTaskListLeadsToTheCheckPageWhichSubmitsAndTheTaskListThenShowsTheNumberAndReceipt() throws Exception {
        ApplicationSummary draft = draft(LocalDateTime.of(2020, 11, 28, 9, 30));
        var anna = user(applicant.signedIn());

        String tasks = mvc.perform(get("/applications/{id}", draft.id()).with(anna))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tasks).contains("id=\"check-answers\"", "href=\"/applications/" + draft.id() + "/submit\"")
                .doesNotContain("/submissions\" method=\"post\"");
        String check = mvc.perform(get("/applications/" + draft.id() + "/submit").with(anna))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(submissions(draft)).as("following the task list's button only shows the answers").isZero();

        var key = java.util.regex.Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"").matcher(check);
        var version = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(check);
        assertThat(key.find() && version.find()).isTrue();
        String receipt = mvc.perform(post("/applications/{id}/submissions", draft.id()).with(csrf()).with(anna)
                        .param("idempotencyKey", key.group(1)).param("version", version.group(1)))
                .andExpect(redirectedUrlPattern("/applications/*/submissions/*"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(submissions(draft)).isOne();

        mvc.perform(get("/applications/{id}", draft.id()).with(anna))
                .andExpect(content().string(allOf(matchesPattern("(?s).*Submitted as 2020-4-LV01-KA202-\\d{6} on 28 November 2020 09:30:00.*"),
                        containsString("href=\"" + receipt + "\""))));
        mvc.perform(get(receipt).with(anna))
                .andExpect(content().string(allOf(containsString("id=\"receipt-mail\""),
                        containsString("is being sent to you by e-mail"), not(containsString("id=\"receipt-keep\"")))));
    }

    int submissions(ApplicationSummary draft) {
        return jdbc.sql("SELECT COUNT(*) FROM submission WHERE application_id = ?").param(draft.id().value())
                .query(Integer.class).single();
    }

    ApplicationSummary draft(LocalDateTime brusselsNow) {
        String label = "Submission tests 4";
        CallRoundSummary round = rounds.all().stream().filter(r -> label.equals(r.label())).findFirst()
                .orElseGet(() -> rounds.define(2020, 4, label, Set.of("KA202"), DEADLINE, "tests"));
        clock.setBrussels(brusselsNow);
        return drafting.start(applicant.account().id(), applicant.document("Page test"), round.id());
    }
}

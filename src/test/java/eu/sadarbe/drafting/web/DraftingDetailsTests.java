package eu.sadarbe.drafting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.OwnPeople;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.DraftSection;
import eu.sadarbe.applications.OwnApplicant;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.organisations.Oid;
import eu.sadarbe.organisations.OrganisationRegister;
import eu.sadarbe.organisations.domain.OrganisationRegistration;
import eu.sadarbe.submission.SubmissionDesk;
import eu.sadarbe.submission.SubmissionSummary;
import eu.sadarbe.web.LanguageChoice;

/**
 * What applicants noticed on the drafting pages (issue 13): "Save and continue" goes on to the next section, the task
 * list counts the sections done (with Latvian plural forms), fields explain the programme's codes, activity forms
 * total as you type, and the list of applications shows round, deadline, number and the applicant's name. The
 * drafting module with its pages, an applicant and drafts of the test's own.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
class DraftingDetailsTests {

    static final Pattern TOTAL = Pattern.compile("id=\"budget-total\">([^<]+)<");

    @Autowired MockMvc mvc;
    @Autowired AccountRegister accounts;
    @Autowired OrganisationRegistration registration;
    @Autowired OrganisationRegister organisations;
    @Autowired CallRounds rounds;
    @Autowired DraftDesk drafting;
    @Autowired SubmissionDesk desk;

    OwnApplicant applicant;

    @BeforeEach
    void registerTheApplicant() {
        applicant = OwnApplicant.register(accounts, registration);
    }

    RequestPostProcessor as(String language) {
        SignedInUser signedIn = applicant.signedIn();
        return user(OwnPeople.signedIn(signedIn, language));
    }

    ApplicationSummary ownDraft(String title) {
        return applicant.draft(drafting, rounds, title);
    }

    long version(ApplicationSummary draft, DraftSection section) {
        var state = drafting.sections(applicant.account().id(), draft.id()).get(section);
        return state == null ? 0 : state.version();
    }

    @Test
    void saveAndContinueGoesOnToTheNextSectionAndAfterTheLastToTheTaskList() throws Exception {
        ApplicationSummary draft = ownDraft("Turpināt");
        String at = "/applications/" + draft.id();
        mvc.perform(post(at + "/sections/needs").with(as("lv")).with(csrf())
                        .param("baseVersion", String.valueOf(version(draft, DraftSection.NEEDS)))
                        .param("text", "Vajadzības"))
                .andExpect(redirectedUrl(at + "/sections/objectives?saved=needs"));
        mvc.perform(post(at + "/sections/dissemination").with(as("en")).with(csrf())
                        .param("baseVersion", String.valueOf(version(draft, DraftSection.DISSEMINATION)))
                        .param("text", "Sharing"))
                .andExpect(redirectedUrl(at + "/sections/meetings?saved=dissemination"));
        // saving the organisations without adding or removing a partner goes on too
        mvc.perform(post(at + "/sections/organisations").with(as("en")).with(csrf())
                        .param("baseVersion", String.valueOf(version(draft, DraftSection.ORGANISATIONS))))
                .andExpect(redirectedUrl(at + "/sections/priorities?saved=organisations"));
        mvc.perform(get(at + "/sections/objectives").param("saved", "needs").with(as("lv")))
                .andExpect(content().string(allOf(containsString("id=\"saved-banner\""), not(containsString("??")))));
        // the activity sections and the annexes, which save line by line, have a "Continue" to the next section
        mvc.perform(get(at + "/sections/special-costs").with(as("lv")))
                .andExpect(content().string(allOf(containsString("href=\"" + at + "/sections/annexes\""),
                        containsString(">Turpināt<"))));
        mvc.perform(get(at + "/sections/annexes").with(as("en")))
                .andExpect(content().string(containsString("href=\"" + at + "/sections/declaration\"")));
        assertThat(DraftPageController.TaskGroups.after(DraftSection.DECLARATION)).isEmpty();
        assertThat(DraftPageController.TaskGroups.continueFrom(draft.id(), DraftSection.DECLARATION))
                .isEqualTo(at + "?saved=declaration");
    }

    @Test
    void theTaskListSaysHowManySectionsAreCompleteInWordsOfBothLanguages() throws Exception {
        ApplicationSummary draft = ownDraft("Progress");
        String at = "/applications/" + draft.id();
        String english = mvc.perform(get(at).with(as("en")).cookie(new Cookie(LanguageChoice.COOKIE, "en")))
                .andReturn().getResponse().getContentAsString();
        Matcher done = Pattern.compile("id=\"progress\">(\\d+) of 17 sections complete<").matcher(english);
        assertThat(done.find()).as(english.substring(0, Math.min(english.length(), 200))).isTrue();
        int complete = Integer.parseInt(done.group(1));
        String latvian = mvc.perform(get(at).with(as("lv")).cookie(new Cookie(LanguageChoice.COOKIE, "lv")))
                .andReturn().getResponse().getContentAsString();
        // Latvian: "1 no 17 sadaļām pabeigta", "21 …pabeigta" but "11 …pabeigtas", "12 …pabeigtas"
        String ending = complete % 10 == 1 && complete % 100 != 11 ? "pabeigta" : "pabeigtas";
        assertThat(latvian).contains("id=\"progress\">" + complete + " no 17 sadaļām " + ending + "<");
        assertThat(latvian).doesNotContain("??");
    }

    @Test
    void latvianPluralFormsFollowTheNumber() {
        var plurals = new eu.sadarbe.web.Plurals(new org.springframework.context.support.StaticMessageSource() {
            {
                addMessage("drafting.progress", java.util.Locale.forLanguageTag("lv"),
                        "{0, plural, zero {# no {1} sadaļām pabeigtas} one {# no {1} sadaļām pabeigta} "
                                + "other {# no {1} sadaļām pabeigtas}}");
            }
        });
        var lv = java.util.Locale.forLanguageTag("lv");
        assertThat(plurals.in(lv, "drafting.progress", 1, 17)).isEqualTo("1 no 17 sadaļām pabeigta");
        assertThat(plurals.in(lv, "drafting.progress", 11, 17)).isEqualTo("11 no 17 sadaļām pabeigtas");
        assertThat(plurals.in(lv, "drafting.progress", 12, 17)).isEqualTo("12 no 17 sadaļām pabeigtas");
        assertThat(plurals.in(lv, "drafting.progress", 0, 17)).isEqualTo("0 no 17 sadaļām pabeigtas");
    }

    @Test
    void theContextAndPrioritiesExplainTheProgrammesCodes() throws Exception {
        ApplicationSummary draft = ownDraft("Kodi");
        String at = "/applications/" + draft.id();
        mvc.perform(get(at + "/sections/context").with(as("lv")).cookie(new Cookie(LanguageChoice.COOKIE, "lv")))
                .andExpect(content().string(allOf(containsString("Ko nozīmē kodi"),
                        containsString("id=\"ctx-actionType-hint\""), containsString("KA229"),
                        containsString("aria-describedby=\"ctx-duration-hint\""), containsString("R-ELIG-06"),
                        not(containsString("??")))));
        mvc.perform(get(at + "/sections/context").with(as("en")).cookie(new Cookie(LanguageChoice.COOKIE, "en")))
                .andExpect(content().string(allOf(containsString("What the codes mean"),
                        containsString("Strategic Partnerships for vocational education and training"),
                        containsString("intellectual outputs and multiplier events may be funded"),
                        not(containsString("??")))));
        mvc.perform(get(at + "/sections/priorities").with(as("en")).cookie(new Cookie(LanguageChoice.COOKIE, "en")))
                .andExpect(content().string(allOf(containsString("Code HZ-SOCIAL-INCLUSION"),
                        containsString("aria-describedby=\"priority-HZ-SOCIAL-INCLUSION-hint\""),
                        containsString("R-ELIG-08"), not(containsString("??")))));
    }

    @Test
    void theBudgetBesideAnActivityFormCountsTheLineBeingTyped() throws Exception {
        ApplicationSummary draft = ownDraft("Kopā rakstot");
        String at = "/applications/" + draft.id();
        String page = mvc.perform(get(at + "/sections/meetings").with(as("en")))
                .andExpect(content().string(containsString("/activities/transnational-meetings/preview")))
                .andReturn().getResponse().getContentAsString();
        String saved = total(page);
        String typing = mvc.perform(post(at + "/activities/transnational-meetings/preview").with(as("en"))
                        .with(csrf()).header("HX-Request", "true")
                        .param("baseVersion", String.valueOf(version(draft, DraftSection.MEETINGS)))
                        .param("id", "M9").param("host", "E10000003")
                        .param("r0.from", applicant.oid()).param("r0.participants", "4").param("r0.distance", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Including the line you are typing")))
                .andReturn().getResponse().getContentAsString();
        assertThat(total(typing)).isNotEqualTo(saved);
        // nothing was saved
        assertThat(total(mvc.perform(get(at + "/sections/meetings").with(as("en")))
                .andReturn().getResponse().getContentAsString())).isEqualTo(saved);
        // half a line: the saved budget, without the note
        mvc.perform(post(at + "/activities/transnational-meetings/preview").with(as("lv")).with(csrf())
                        .header("HX-Request", "true").param("id", "M9"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"budget-total\""), not(containsString("??")))))
                .andReturn();
    }

    @Test
    void theListOfApplicationsShowsRoundDeadlineNumberAndTheApplicantsName() throws Exception {
        ApplicationSummary draft = ownDraft("Numurēts saraksts");
        ownDraft("Vēl melnraksts");
        SubmissionSummary submitted = desk.submit(draft.id(), OptionalLong.empty(), UUID.randomUUID().toString(),
                applicant.signedIn());
        String applicantName = organisations.byOid(Oid.of(applicant.oid())).orElseThrow().legalName();
        mvc.perform(get("/applications").with(as("lv")).cookie(new Cookie(LanguageChoice.COOKIE, "lv")))
                .andExpect(content().string(allOf(containsString("Numurēts saraksts"),
                        containsString(submitted.applicationNumber()), containsString(applicantName),
                        containsString(OwnApplicant.OPEN_ROUND), containsString("2020. gada konkurss, 9. kārta"),
                        containsString("Termiņš (Briseles laiks)"), containsString("Vēl nav iesniegts"),
                        not(containsString("??")))));
        mvc.perform(get("/applications").with(as("en")).cookie(new Cookie(LanguageChoice.COOKIE, "en")))
                .andExpect(content().string(allOf(containsString(OwnApplicant.OPEN_ROUND),
                        containsString("2020 call, round 9"), containsString("Deadline (Brussels time)"),
                        not(containsString("2,020")))));
    }

    static String total(String html) {
        Matcher total = TOTAL.matcher(html);
        assertThat(total.find()).as("a budget total on the page").isTrue();
        return total.group(1);
    }
}

package eu.sadarbe.drafting;

import static eu.sadarbe.applications.DraftDocuments.annasDocument;
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

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.OwnPeople;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.Access;
import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.applications.DraftSection;
import eu.sadarbe.applications.OwnApplicant;
import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.document.DocumentJson;
import eu.sadarbe.budget.BudgetCategory;
import eu.sadarbe.budget.Budgeting;
import eu.sadarbe.calls.DistanceBand;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.calls.DistancePurpose;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.calls.RuleParameters;
import eu.sadarbe.organisations.domain.OrganisationRegistration;
import eu.sadarbe.places.Distances;
import eu.sadarbe.places.PlaceReference;
import eu.sadarbe.web.Formats;

/**
 * The activity sections as forms: add, change, remove, mistakes kept as typed, conflicts, the calculator. The
 * drafting module with its pages; a coordinator of the test's own whose organisation applies with Tallinn
 * (E10000003) and Köln (E10000004) as the document lists them, and a partner's person of its own.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
class ActivityFormsPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountRegister accounts;
    @Autowired
    OrganisationRegistration registration;
    @Autowired
    CallRounds rounds;
    @Autowired
    DraftDesk drafting;
    @Autowired
    ApplicationRegister register;
    @Autowired
    Budgeting budgeting;
    @Autowired
    RuleBook ruleBook;
    @Autowired
    Distances distances;

    OwnApplicant coordinator;
    String applicantEmail;
    String applicantOid;
    String partnerEmail;

    @BeforeEach
    void registerTheCoordinatorAndAPartnersPerson() {
        coordinator = OwnApplicant.register(accounts, registration);
        applicantEmail = coordinator.account().email();
        applicantOid = coordinator.oid();
        partnerEmail = accounts.open("partner-" + UUID.randomUUID() + "@example.ee", "Pēteris Kalniņš",
                "dzeltena laiva kalnā zied", Set.of(Role.APPLICANT), null).email();
    }

    RequestPostProcessor as(String email) {
        AccountSummary account = accounts.byEmail(email).orElseThrow();
        return user(OwnPeople.signedIn(account, account.language()));
    }

    ApplicationSummary ownDraft() {
        return drafting.start(coordinator.account().id(),
                annasDocument("Aktivitātes").replace("\"E10000001\"", "\"" + applicantOid + "\""),
                OwnApplicant.openRound(rounds).id());
    }

    JsonNode section(ApplicationSummary draft, DraftSection section) {
        return DocumentJson.object(drafting.sections(coordinator.account().id(), draft.id())
                .get(section).content());
    }

    long version(ApplicationSummary draft, DraftSection section) {
        return drafting.sections(coordinator.account().id(), draft.id()).get(section).version();
    }

    String path(ApplicationSummary draft, String rest) {
        return "/applications/" + draft.id() + rest;
    }

    @Test
    void meetingsAreListedWithTheirBandAndAddedChangedAndRemoved() throws Exception {
        ApplicationSummary draft = ownDraft();
        mvc.perform(get(path(draft, "/sections/meetings")).with(as(applicantEmail)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Tallinna Tööstushariduskeskus"),
                        containsString("100–1999 km"), containsString("Add a meeting"),
                        containsString("id=\"transnational-meetings-host\""), containsString("value=\"M2\""))));

        long base = version(draft, DraftSection.MEETINGS);
        mvc.perform(post(path(draft, "/activities/transnational-meetings")).with(as(applicantEmail)).with(csrf())
                        .param("baseVersion", String.valueOf(base)).param("id", "M2").param("host", "E10000003")
                        .param("r0.from", applicantOid).param("r0.participants", "2").param("r0.distance", "")
                        .param("r1.from", "E10000004").param("r1.participants", "1").param("r1.distance", "km:2000")
                        .param("r2.from", "E10000003").param("r2.participants", ""))
                .andExpect(redirectedUrl(path(draft, "/sections/meetings?saved")));
        JsonNode meetings = section(draft, DraftSection.MEETINGS).get("transnationalMeetings");
        assertThat(meetings).hasSize(2);
        JsonNode added = meetings.get(1);
        assertThat(added.path("host").asString()).isEqualTo("E10000003");
        assertThat(added.path("travellers")).hasSize(2);
        assertThat(added.path("travellers").get(0).path("distanceKm").asInt()).isBetween(250, 320);
        assertThat(added.path("travellers").get(1).path("distanceKm").asInt()).isEqualTo(2000);

        mvc.perform(get(path(draft, "/activities/transnational-meetings/1")).with(as(applicantEmail)))
                .andExpect(content().string(allOf(containsString("Change meeting M2"),
                        containsString("value=\"km:2000\" selected"))));
        mvc.perform(post(path(draft, "/activities/transnational-meetings/1")).with(as(applicantEmail)).with(csrf())
                        .param("baseVersion", String.valueOf(version(draft, DraftSection.MEETINGS)))
                        .param("id", "M2").param("host", "E10000003")
                        .param("r0.from", applicantOid).param("r0.participants", "3").param("r0.distance", ""))
                .andExpect(redirectedUrl(path(draft, "/sections/meetings?saved")));
        assertThat(section(draft, DraftSection.MEETINGS).get("transnationalMeetings").get(1).path("travellers"))
                .hasSize(1);

        mvc.perform(post(path(draft, "/activities/transnational-meetings/0/removal")).with(as(applicantEmail)).with(csrf())
                        .param("baseVersion", String.valueOf(version(draft, DraftSection.MEETINGS))))
                .andExpect(redirectedUrl(path(draft, "/sections/meetings?saved")));
        meetings = section(draft, DraftSection.MEETINGS).get("transnationalMeetings");
        assertThat(meetings).hasSize(1);
        assertThat(meetings.get(0).path("id").asString()).isEqualTo("M2");
        mvc.perform(get(path(draft, "/activities/transnational-meetings/5")).with(as(applicantEmail)))
                .andExpect(status().isNotFound());
    }

    @Test
    void mistakesAreShownBesideTheirFieldsAndWhatWasTypedIsKeptInBothLanguages() throws Exception {
        ApplicationSummary draft = ownDraft();
        long base = version(draft, DraftSection.MEETINGS);
        mvc.perform(post(path(draft, "/activities/transnational-meetings")).with(as(applicantEmail)).with(csrf())
                        .param("baseVersion", String.valueOf(base)).param("id", "M1").param("host", "")
                        .param("r0.from", "E10000003").param("r0.participants", "divi"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("govuk-error-summary"),
                        containsString("Choose the host organisation."),
                        containsString("Another line already has the reference M1."),
                        containsString("Participants must be a whole number, 1 or more."),
                        containsString("href=\"#transnational-meetings-r0-participants\""),
                        containsString("value=\"divi\""))));
        mvc.perform(post(path(draft, "/activities/learning-activities")).with(as(applicantEmail)).with(csrf())
                        .param("lang", "lv").param("baseVersion", "1").param("host", "E10000004")
                        .param("r0.from", applicantOid).param("r0.participants", "3").param("r0.days", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Izvēlieties aktivitātes veidu."),
                        containsString("Izvēlieties, kas ir dalībnieki."), containsString("Ierakstiet dienu skaitu."),
                        not(containsString("Choose the type")))));
        mvc.perform(post(path(draft, "/activities/exceptional-costs")).with(as(applicantEmail)).with(csrf())
                        .param("baseVersion", "1").param("organisation", "E99999999").param("eligibleCost", "-5"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Choose the organisation."),
                        containsString("Describe what is bought or subcontracted."),
                        containsString("Enter an amount in euros"), containsString("value=\"-5\""))));
        assertThat(version(draft, DraftSection.MEETINGS)).isEqualTo(base);
    }

    @Test
    void aChangeOnAStaleVersionLeadsToTheConflictPage() throws Exception {
        ApplicationSummary draft = ownDraft();
        drafting.invite(coordinator.account().id(), draft.id(), partnerEmail, Access.EDIT);
        long base = version(draft, DraftSection.SPECIAL_COSTS);
        mvc.perform(post(path(draft, "/activities/special-needs-support")).with(as(partnerEmail)).with(csrf())
                        .param("baseVersion", String.valueOf(base)).param("organisation", "E10000003")
                        .param("amount", "1200"))
                .andExpect(redirectedUrl(path(draft, "/sections/special-costs?saved")));
        mvc.perform(post(path(draft, "/activities/exceptional-costs/0/removal")).with(as(applicantEmail)).with(csrf())
                        .param("baseVersion", String.valueOf(base)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Someone else saved this section"),
                        containsString("Pēteris Kalniņš"), containsString("Removed: Exceptional cost 1"))));
        assertThat(section(draft, DraftSection.SPECIAL_COSTS).get("exceptionalCosts")).hasSize(1);
        assertThat(section(draft, DraftSection.SPECIAL_COSTS).get("specialNeedsSupport")).hasSize(1);
    }

    @Test
    void outputsEventsLearningActivitiesAndCostsAreAddedThroughTheirForms() throws Exception {
        ApplicationSummary draft = ownDraft();
        mvc.perform(post(path(draft, "/activities/intellectual-outputs")).with(as(applicantEmail)).with(csrf())
                        .param("baseVersion", String.valueOf(version(draft, DraftSection.OUTPUTS))).param("id", "").param("title", "Atvērtais kurss")
                        .param("lead", applicantOid)
                        .param("r0.organisation", applicantOid).param("r0.category", "TECHNICIAN").param("r0.days", "10")
                        .param("r1.organisation", "").param("r1.category", "").param("r1.days", ""))
                .andExpect(redirectedUrl(path(draft, "/sections/outputs?saved")));
        JsonNode output = section(draft, DraftSection.OUTPUTS).get("intellectualOutputs").get(0);
        assertThat(output.path("id").asString()).isEqualTo("O1");
        assertThat(output.path("staff").get(0).path("days").asInt()).isEqualTo(10);

        mvc.perform(post(path(draft, "/activities/multiplier-events")).with(as(applicantEmail)).with(csrf())
                        .param("baseVersion", String.valueOf(version(draft, DraftSection.MULTIPLIER_EVENTS))).param("id", "E1").param("host", "E10000004")
                        .param("outputs", "O1").param("localParticipants", "40").param("internationalParticipants", "5"))
                .andExpect(redirectedUrl(path(draft, "/sections/multiplier-events?saved")));
        assertThat(section(draft, DraftSection.MULTIPLIER_EVENTS).get("multiplierEvents").get(0).path("outputs")
                .get(0).asString()).isEqualTo("O1");
        mvc.perform(get(path(draft, "/sections/multiplier-events")).with(as(applicantEmail)))
                .andExpect(content().string(allOf(containsString("Berufskolleg Nord"), containsString("€5,000.00"))));

        mvc.perform(post(path(draft, "/activities/learning-activities")).with(as(applicantEmail)).with(csrf())
                        .param("baseVersion", String.valueOf(version(draft, DraftSection.LEARNING_ACTIVITIES))).param("id", "C1").param("activityType", "SHORT_TERM_JOINT_STAFF_TRAINING")
                        .param("host", "E10000004").param("r0.from", applicantOid).param("r0.participantKind", "STAFF")
                        .param("r0.participants", "3").param("r0.days", "5").param("r0.distance", ""))
                .andExpect(redirectedUrl(path(draft, "/sections/learning-activities?saved")));
        JsonNode traveller = section(draft, DraftSection.LEARNING_ACTIVITIES).get("learningActivities").get(0)
                .path("travellers").get(0);
        assertThat(traveller.path("distanceKm").asInt()).isBetween(1200, 1400);
        assertThat(traveller.path("days").asInt()).isEqualTo(5);

        mvc.perform(post(path(draft, "/activities/exceptional-costs/0")).with(as(applicantEmail)).with(csrf())
                        .param("baseVersion", String.valueOf(version(draft, DraftSection.SPECIAL_COSTS)))
                        .param("organisation", applicantOid).param("description", "Subtitri")
                        .param("eligibleCost", "4500,50"))
                .andExpect(redirectedUrl(path(draft, "/sections/special-costs?saved")));
        JsonNode cost = section(draft, DraftSection.SPECIAL_COSTS).get("exceptionalCosts").get(0);
        assertThat(cost.path("eligibleCost").decimalValue()).isEqualByComparingTo("4500.50");
        assertThat(cost.path("description").asString()).isEqualTo("Subtitri");
    }

    @Test
    void theBandBesideATravelLineIsTheOneBudgetingCounts() throws Exception {
        ApplicationSummary draft = ownDraft();
        int kilometres = distances.measure(PlaceReference.parse("Tallinn, EE"), PlaceReference.parse("Rīga, LV"),
                2020).distance().kilometres();
        RuleParameters parameters = ruleBook.parametersFor(2020, "KA202");
        DistanceBand band = parameters.band(DistancePurpose.MEETING, kilometres).orElseThrow();
        mvc.perform(post(path(draft, "/activities/transnational-meetings/0")).with(as(applicantEmail)).with(csrf())
                        .param("baseVersion", String.valueOf(version(draft, DraftSection.MEETINGS)))
                        .param("id", "M1").param("host", applicantOid)
                        .param("r0.from", "E10000003").param("r0.participants", "1").param("r0.distance", ""))
                .andExpect(redirectedUrl(path(draft, "/sections/meetings?saved")));
        ApplicationDocument document = register.document(draft.id());
        assertThat(document.transnationalMeetings().get(0).travellers().get(0).distanceKm()).isEqualTo(kilometres);
        BigDecimal counted = budgeting.budgetOf(document, parameters).amount(BudgetCategory.TRANSNATIONAL_MEETINGS)
                .amount();
        assertThat(counted).isEqualByComparingTo(band.amount());
        String unit = Formats.class.getName().isEmpty() ? "" : "€" + String.format("%,.2f", band.amount());
        mvc.perform(get(path(draft, "/sections/meetings")).with(as(applicantEmail)))
                .andExpect(content().string(allOf(containsString(kilometres + " km"),
                        containsString("band " + band.label() + ", " + unit + " per participant"))));
        mvc.perform(post(path(draft, "/activities/transnational-meetings/distances")).with(as(applicantEmail)).with(csrf())
                        .header("HX-Request", "true").param("host", applicantOid).param("r0.from", "E10000003"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("hx-swap-oob=\"true\""),
                        containsString(kilometres + " km"), containsString(band.label()))));
    }

    @Test
    void aViewerSeesTheLinesButMayNotChangeThemAndOthersFindNothing() throws Exception {
        ApplicationSummary draft = ownDraft();
        mvc.perform(get(path(draft, "/sections/meetings")).with(as(partnerEmail))).andExpect(status().isNotFound());
        drafting.invite(coordinator.account().id(), draft.id(), partnerEmail, Access.VIEW);
        mvc.perform(get(path(draft, "/sections/meetings")).with(as(partnerEmail)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Tallinna"), not(containsString("Add a meeting")))));
        mvc.perform(post(path(draft, "/activities/transnational-meetings/0/removal")).with(as(partnerEmail)).with(csrf())
                        .param("baseVersion", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(get(path(draft, "/sections/meetings")).param("json", "").with(as(applicantEmail)))
                .andExpect(content().string(containsString("id=\"json\"")));
    }
}

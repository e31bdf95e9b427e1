package eu.sadarbe.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.applications.document.ActivityType;
import eu.sadarbe.applications.document.MeetingTraveller;
import eu.sadarbe.applications.document.ParticipantKind;
import eu.sadarbe.assessment.ExpertConflicts;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.assessment.experts.Expert;
import eu.sadarbe.assessment.experts.ExpertPool;
import eu.sadarbe.assessment.experts.ExpertRelation;
import eu.sadarbe.grants.AgreementInForce;
import eu.sadarbe.grants.Agreements;
import eu.sadarbe.grants.ModuleTestAgreements;
import eu.sadarbe.reporting.ReportFixtures;
import eu.sadarbe.reporting.ReportKind;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.web.MailServer;

/**
 * Issue 19 item 4: an expert of the agency's pool scores a submitted final report. The officer's choice is refused
 * for each conflict of interest the applications' checks find (organisation in the consortium, membership of one of
 * its organisations, a recorded relation); the expert declares no conflict, reads the report without participants'
 * names and scores 45; the officer takes it and R-RED-01 reduces the final grant by 25 %; nobody else reads or
 * scores, and the pages answer 403/404 or a message, never 500. A module test of reporting with its pages and the
 * real security chain (issue #14, item 8), without the demo data: each test's report is on a copy of an agreement in
 * force of the class's own ({@link ModuleTestAgreements}), written and submitted by its applicant; the officers of
 * LV01 and LV02 and the experts of their pools are accounts of the test's own.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import({SettableClock.AsTheClock.class, MailServer.class})
@AutoConfigureMockMvc
class ReportExpertReviewTests {

    private static AgreementInForce source;
    private static SignedInUser ilze;
    private static SignedInUser janis;
    private static SignedInUser coordinators;

    @Autowired ReportExpertReviews reviews;
    @Autowired ReportSettlement settlement;
    @Autowired ReportRepository reports;
    @Autowired ReportOpening opening;
    @Autowired ReportDesk desk;
    @Autowired ExpertPool pool;
    @Autowired Agreements agreements;
    @Autowired ApplicationRegister applications;
    @Autowired AccountRegister accounts;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;

    ModuleTestData data;
    ReportFixtures fixtures;

    @BeforeEach
    void fixtures() {
        data = new ModuleTestData("reporting", context);
        if (source == null) {
            ilze = data.person("Ilze Ozola", Role.NA_OFFICER, "LV01");
            janis = data.person("Jānis Liepa", Role.NA_OFFICER, "LV02");
            ModuleTestData.Draft project = data.draft("Reviewed " + UUID.randomUUID());
            source = agreements.inForce(new ModuleTestAgreements(data, context).inForce(project, "30000.00", ilze)
                    .id()).orElseThrow();
            coordinators = project.applicant();
        }
        fixtures = new ReportFixtures(agreements, applications, accounts, jdbc);
    }

    /** An expert of the class's own in the pool of the officer's agency. */
    SignedInUser expert(String name, SignedInUser officer) {
        SignedInUser expert = data.person(name, Role.EXPERT, null);
        pool.keep(officer, expert.email(), List.of("KA202"), List.of("lv", "en"), "LV", null);
        return expert;
    }

    /**
     * A submitted final report of the test's own: a copy of the class's agreement that ended a year or so after it
     * started (and months ago), its final report opened, written by the applicant with a meeting, a learning activity
     * with a participant and the summary, and submitted.
     */
    Report submitted() {
        int days = Math.floorMod(UUID.randomUUID().hashCode(), 300);
        LocalDate end = source.projectStart().plusMonths(12).plusDays(days);
        LocalDate latest = LocalDate.now().minusDays(120L + days % 30);
        if (end.isAfter(latest)) {
            end = latest;
        }
        AgreementInForce copy = fixtures.copy(source, end, source.scheme());
        opening.open(copy.id());
        Report opened = reports.find(copy.id(), ReportKind.FINAL).orElseThrow();
        LocalDate day = copy.projectStart().plusDays(10);
        ReportContent content = new ReportContent(new Narrative("Mēs tikāmies Tartu.", "", "", ""),
                new ResultsSummary("Teachers learnt to teach green skills together.",
                        "Skolotāji iemācījās kopā mācīt zaļās prasmes.", copy.language()),
                List.of(new ReportedMeeting("M-1", copy.beneficiaryOrganisationId(), day,
                        List.of(new MeetingTraveller("E10000002", 2, 280)))),
                List.of(), List.of(),
                List.of(new ReportedLearningActivity("A-1", ActivityType.SHORT_TERM_JOINT_STAFF_TRAINING,
                        copy.beneficiaryOrganisationId(), "Tartu, EE", day, day.plusDays(4),
                        List.of(new Participant("P-1", "Demo participant 1", "E10000002", "EE",
                                ParticipantKind.STAFF, day, day.plusDays(4), 5, "Tartu, EE", 230, false)))),
                List.of(), List.of());
        for (ReportSection section : List.of(ReportSection.NARRATIVE, ReportSection.SUMMARY, ReportSection.MEETINGS,
                ReportSection.LEARNING_ACTIVITIES)) {
            desk.save(opened.id(), section, content, opened.version(section).version(), coordinators);
        }
        return desk.submit(opened.id(), coordinators);
    }

    /** An organisation of the report's consortium the register knows (memberships need one). */
    String registeredOrganisationOf(Report report) {
        Set<String> consortium = reviews.consortium(report);
        return consortium.stream().filter(oid -> jdbc.sql("SELECT COUNT(*) FROM organisation WHERE oid = ?")
                .param(oid).query(Integer.class).single() > 0).findFirst().orElseThrow();
    }

    ExpertConflicts.Conflict refusal(Report report, SignedInUser expert) {
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
                () -> reviews.assign(report.id(), expert.id(), ilze));
        assertThat(refused).isInstanceOf(ExpertInConflict.class);
        assertThat(((ExpertInConflict) refused).messageKey()).isEqualTo("reportExperts.refused.conflict");
        assertThat(reviews.of(report.id(), ilze)).as("nobody assigned").isEmpty();
        return ((ExpertInConflict) refused).conflicts().get(0);
    }

    @Test
    void theExpertsOrganisationInTheConsortiumIsAConflictAndThePageSaysSoInBothLanguages() throws Exception {
        Report report = submitted();
        String oid = report.project().beneficiaryOrganisationId();
        SignedInUser dace = expert("Dace Lāce", ilze);
        Expert before = pool.byAccount(dace.id()).orElseThrow();
        pool.keep(ilze, dace.email(), before.fields(), before.languages(), before.countryCode(), oid);
        try {
            ExpertConflicts.Conflict conflict = refusal(report, dace);
            assertThat(conflict.messageKey()).isEqualTo("experts.conflict.organisationInConsortium");
            assertThat(conflict.organisationOid()).isEqualTo(oid);
            assertThat(reviews.candidates(report.id(), ilze)).filteredOn(expert -> expert.email().equals(dace.email()))
                    .singleElement().satisfies(expert -> assertThat(expert.free()).isFalse());

            for (String language : List.of("en", "lv")) {
                // the refusal is kept for the page after the redirect, in the session the nodes share (its cookie)
                Cookie lang = new Cookie("sadarbe-lang", language);
                MvcResult posted = mvc.perform(post("/agency/reports/" + report.id() + "/expert")
                        .cookie(lang).param("expert", dace.id().value().toString()).with(csrf()).with(user(ilze)))
                        .andReturn();
                assertThat(posted.getResponse().getStatus()).isEqualTo(302);
                assertThat(posted.getFlashMap().get("problem")).isEqualTo("reportExperts.refused.conflict");
                java.util.List<Cookie> cookies = new java.util.ArrayList<>(List.of(posted.getResponse().getCookies()));
                cookies.add(lang);
                String page = mvc.perform(get("/agency/reports/" + report.id())
                        .cookie(cookies.toArray(Cookie[]::new)).with(user(ilze)))
                        .andReturn().getResponse().getContentAsString();
                assertThat(page).contains("expert-conflicts", oid, "lv".equals(language)
                        ? "Ekspertam ir interešu konflikts" : "The expert has a conflict of interest");
            }
        } finally {
            pool.keep(ilze, dace.email(), before.fields(), before.languages(), before.countryCode(),
                    before.organisationOid());
        }
        assertThat(reviews.candidates(report.id(), ilze)).filteredOn(expert -> expert.email().equals(dace.email()))
                .singleElement().satisfies(expert -> assertThat(expert.free()).isTrue());
    }

    @Test
    void membershipOfAConsortiumOrganisationIsAConflict() {
        Report report = submitted();
        String oid = registeredOrganisationOf(report);
        SignedInUser aija = expert("Aija Liepiņa", ilze);
        jdbc.sql("""
                        INSERT INTO organisation_membership (organisation_id, account_id, member_from, member_until)
                        SELECT id, ?, ?, ? FROM organisation WHERE oid = ?""")
                .params(aija.id().value(), Timestamp.from(Instant.now().minusSeconds(86_400 * 400L)),
                        Timestamp.from(Instant.now().minusSeconds(86_400 * 30L)), oid)
                .update();
        try {
            ExpertConflicts.Conflict conflict = refusal(report, aija);
            assertThat(conflict.messageKey()).isEqualTo("experts.conflict.memberOfOrganisation");
            assertThat(conflict.organisationOid()).isEqualTo(oid);
        } finally {
            jdbc.sql("DELETE FROM organisation_membership WHERE account_id = ?").param(aija.id().value()).update();
        }
    }

    @Test
    void aRecordedRelationWithAConsortiumOrganisationIsAConflictAndOneRecordedLaterStopsTheExpert() {
        Report report = submitted();
        String oid = report.project().beneficiaryOrganisationId();
        SignedInUser valdis = expert("Valdis Krūmiņš", ilze);
        ExpertRelation relation = pool.recordRelation(ilze, valdis.id(), oid, "Advised the school in 2019");
        try {
            ExpertConflicts.Conflict conflict = refusal(report, valdis);
            assertThat(conflict.messageKey()).isEqualTo("experts.conflict.recordedRelation");
            assertThat(conflict.note()).contains("Advised the school");
        } finally {
            pool.forgetRelation(ilze, valdis.id(), relation.id());
        }

        // assigned while free, then a relation recorded: the expert can no longer declare or score
        reviews.assign(report.id(), valdis.id(), ilze);
        ExpertRelation later = pool.recordRelation(ilze, valdis.id(), oid, "Found later");
        try {
            assertThatThrownBy(() -> reviews.declare(report.id(), valdis, false, null))
                    .isInstanceOf(ReportRefused.class).hasMessageContaining("reportExperts.refused.conflictFoundLater");
        } finally {
            pool.forgetRelation(ilze, valdis.id(), later.id());
        }
    }

    @Test
    void aDeclaredExpertScores45AndTheOfficerTakesItForATwentyFivePercentReduction() throws Exception {
        Report report = submitted();
        SignedInUser liga = expert("Līga Vītola", ilze);
        reviews.assign(report.id(), liga.id(), ilze);
        assertThat(reviews.mine(liga)).extracting(assigned -> assigned.report().id()).contains(report.id());

        // before the declaration: nothing to read, nothing to score
        assertThatThrownBy(() -> reviews.read(report.id(), liga)).isInstanceOf(ReportRefused.class)
                .hasMessageContaining("reportExperts.refused.declareFirst");
        assertThatThrownBy(() -> reviews.score(report.id(), liga, 45, "x")).isInstanceOf(ReportRefused.class)
                .hasMessageContaining("reportExperts.refused.declareFirst");
        String declaration = mvc.perform(get("/assessments/reports/" + report.id()).with(user(liga)))
                .andReturn().getResponse().getContentAsString();
        assertThat(declaration).contains("declaration-form").doesNotContain("Demo participant");

        MvcResult declared = mvc.perform(post("/assessments/reports/" + report.id() + "/declaration")
                .param("conflict", "no").with(csrf()).with(user(liga))).andReturn();
        assertThat(declared.getFlashMap().get("done")).isEqualTo("reportExperts.done.declared");
        assertThat(reviews.of(report.id(), ilze).orElseThrow().status())
                .isEqualTo(ReportExpertReview.Status.ACCEPTED);

        ReportExpertReviews.Reading reading = reviews.read(report.id(), liga);
        assertThat(reading.lines()).isNotEmpty().noneMatch(line -> line.kind().equals("participant"));
        assertThat(reading.figures().awardedTotal()).isEqualByComparingTo(report.project().awardedTotal());
        for (String language : List.of("en", "lv")) {
            String page = mvc.perform(get("/assessments/reports/" + report.id())
                            .cookie(new Cookie("sadarbe-lang", language)).with(user(liga)))
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("expert-score-form", "R-RED-01", report.project().agreementNumber())
                    .doesNotContain("Demo participant");
        }

        // bad input gets a message
        for (String score : List.of("abc", "101", "-1")) {
            MvcResult refused = mvc.perform(post("/assessments/reports/" + report.id() + "/score")
                    .param("score", score).param("comments", "x").with(csrf()).with(user(liga))).andReturn();
            assertThat(refused.getResponse().getStatus()).isEqualTo(302);
            assertThat(refused.getFlashMap().get("problem")).as(score).asString()
                    .startsWith("settlement.refused.score");
        }
        MvcResult scored = mvc.perform(post("/assessments/reports/" + report.id() + "/score").param("score", "45")
                .param("comments", "Outputs late and of modest quality.").with(csrf()).with(user(liga))).andReturn();
        assertThat(scored.getFlashMap().get("done")).isEqualTo("reportExperts.done.scored");
        assertThatThrownBy(() -> reviews.score(report.id(), liga, 90, "Again")).isInstanceOf(ReportRefused.class)
                .hasMessageContaining("reportExperts.refused.scoredAlready");
        assertThat(settlement.read(report.id(), ilze).assessment().score()).as("advice until taken").isNull();

        String officerPage = mvc.perform(get("/agency/reports/" + report.id()).with(user(ilze)))
                .andReturn().getResponse().getContentAsString();
        assertThat(officerPage).contains("expert-score", "Outputs late and of modest quality.", "take-expert-score");

        MvcResult taken = mvc.perform(post("/agency/reports/" + report.id() + "/expert-score").with(csrf())
                .with(user(ilze))).andReturn();
        assertThat(taken.getFlashMap().get("done")).isEqualTo("reportExperts.done.taken");
        ReportSettlement.Assessed assessed = settlement.read(report.id(), ilze);
        assertThat(assessed.assessment().score()).isEqualTo(45);
        assertThat(assessed.assessment().comments()).isEqualTo("Outputs late and of modest quality.");
        assertThat(assessed.figures().reduction().share()).as("R-RED-01 for 45").isEqualByComparingTo("0.25");
        assertThat(reports.find(report.id()).orElseThrow().audit()).extracting(ReportAuditEntry::action)
                .contains("expertAssigned", "expertNoConflictDeclared", "expertScored", "scored",
                        "expertScoreTaken");

        // the officer may still score the report themselves, and the expert's score stays advice
        settlement.score(report.id(), 75, "Better than the expert thought.", ilze);
        assertThat(settlement.read(report.id(), ilze).figures().reduction().share()).isEqualByComparingTo("0");
    }

    @Test
    void anExpertWhoDeclaresAConflictIsReleasedAndAnotherIsAssigned() throws Exception {
        Report report = submitted();
        SignedInUser andris = expert("Andris Kalējs", ilze);
        reviews.assign(report.id(), andris.id(), ilze);
        MvcResult noReason = mvc.perform(post("/assessments/reports/" + report.id() + "/declaration")
                .param("conflict", "yes").with(csrf()).with(user(andris))).andReturn();
        assertThat(noReason.getFlashMap().get("problem")).isEqualTo("reportExperts.refused.conflictReasonMissing");
        MvcResult nothing = mvc.perform(post("/assessments/reports/" + report.id() + "/declaration")
                .with(csrf()).with(user(andris))).andReturn();
        assertThat(nothing.getFlashMap().get("problem")).isEqualTo("reportExperts.refused.chooseDeclaration");

        reviews.declare(report.id(), andris, true, "My sister teaches at the coordinating school");
        assertThat(reviews.mine(andris)).noneMatch(assigned -> assigned.report().id().equals(report.id()));
        assertThatThrownBy(() -> reviews.read(report.id(), andris)).isInstanceOf(ReportOutOfReach.class);

        SignedInUser gatis = expert("Gatis Ozols", ilze);
        reviews.assign(report.id(), gatis.id(), ilze);
        assertThat(reviews.of(report.id(), ilze).orElseThrow().expertEmail()).isEqualTo(gatis.email());
        assertThat(reports.find(report.id()).orElseThrow().audit()).extracting(ReportAuditEntry::action)
                .contains("expertConflictDeclared").filteredOn("expertAssigned"::equals).hasSize(2);
    }

    @Test
    void onlyTheAssignedExpertReadsAndScoresAndOnlyTheAgencysOfficerAssigns() throws Exception {
        Report report = submitted();
        SignedInUser liga = expert("Līga Vītola", ilze);
        SignedInUser gatis = expert("Gatis Ozols", ilze);

        for (SignedInUser outsider : List.of(janis, coordinators, liga)) {
            assertThatThrownBy(() -> reviews.assign(report.id(), gatis.id(), outsider))
                    .isInstanceOf(ReportOutOfReach.class);
        }
        reviews.assign(report.id(), gatis.id(), ilze);
        assertThatThrownBy(() -> reviews.assign(report.id(), gatis.id(), ilze)).isInstanceOf(ReportRefused.class)
                .hasMessageContaining("reportExperts.refused.assignedAlready");
        assertThatThrownBy(() -> reviews.assign(report.id(), expert("Edgars Siliņš", janis).id(),
                ilze)).isInstanceOf(ReportRefused.class).hasMessageContaining("reportExperts.refused.notInPool");
        reviews.declare(report.id(), gatis, false, null);

        for (SignedInUser other : List.of(liga, janis, coordinators, ilze)) {
            assertThatThrownBy(() -> reviews.read(report.id(), other)).isInstanceOf(ReportOutOfReach.class);
            assertThatThrownBy(() -> reviews.score(report.id(), other, 80, "x"))
                    .isInstanceOf(ReportOutOfReach.class);
        }
        assertThatThrownBy(() -> reviews.takeScore(report.id(), gatis)).isInstanceOf(ReportOutOfReach.class);
        assertThatThrownBy(() -> reviews.takeScore(report.id(), ilze)).isInstanceOf(ReportRefused.class)
                .hasMessageContaining("reportExperts.refused.notScored");
        assertThatThrownBy(() -> reviews.mine(coordinators)).isInstanceOf(ReportOutOfReach.class);

        assertThat(status(get("/assessments/reports/" + report.id()), liga)).isEqualTo(404);
        assertThat(status(get("/assessments/reports/not-a-report"), gatis)).isEqualTo(404);
        assertThat(status(post("/assessments/reports/" + report.id() + "/score").param("score", "80").with(csrf()),
                liga)).isEqualTo(404);
        assertThat(status(get("/assessments/reports/" + report.id()), coordinators)).isEqualTo(403);
        assertThat(status(get("/assessments/reports"), coordinators)).isEqualTo(403);
        assertThat(status(post("/agency/reports/" + report.id() + "/expert")
                .param("expert", gatis.id().value().toString()).with(csrf()), janis)).isEqualTo(404);
        assertThat(status(post("/agency/reports/" + report.id() + "/expert-score").with(csrf()), gatis))
                .isEqualTo(403);
        MvcResult malformed = mvc.perform(post("/agency/reports/" + report.id() + "/expert").param("expert", "nope")
                .with(csrf()).with(user(ilze))).andReturn();
        assertThat(malformed.getFlashMap().get("problem")).isEqualTo("reportExperts.refused.notInPool");
        for (String language : List.of("en", "lv")) {
            String list = mvc.perform(get("/assessments/reports").cookie(new Cookie("sadarbe-lang", language))
                    .with(user(gatis))).andReturn().getResponse().getContentAsString();
            assertThat(list).contains(report.project().agreementNumber(),
                    "lv".equals(language) ? "Vērtējamie noslēguma ziņojumi" : "Final reports to assess");
        }
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request, SignedInUser who)
            throws Exception {
        return mvc.perform(((org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder) request)
                .with(user(who))).andReturn().getResponse().getStatus();
    }
}

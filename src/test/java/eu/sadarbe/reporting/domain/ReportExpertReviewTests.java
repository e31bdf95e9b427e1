package eu.sadarbe.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.assessment.ExpertConflicts;
import eu.sadarbe.assessment.experts.Expert;
import eu.sadarbe.assessment.experts.ExpertPool;
import eu.sadarbe.assessment.experts.ExpertRelation;
import eu.sadarbe.grants.Agreements;
import eu.sadarbe.reporting.ReportFixtures;

/**
 * Issue 19 item 4: an expert of the agency's pool scores a submitted final report. The officer's choice is refused
 * for each conflict of interest the applications' checks find (organisation in the consortium, membership of one of
 * its organisations, a recorded relation); the expert declares no conflict, reads the report without participants'
 * names and scores 45; the officer takes it and R-RED-01 reduces the final grant by 25 %; nobody else reads or
 * scores, and the pages answer 403/404 or a message, never 500.
 */
@SadarbeTest
class ReportExpertReviewTests {

    static final String ILZE = "ilze.ozola@demo.sadarbe.eu";
    static final String JANIS = "janis.liepa@demo.sadarbe.eu";
    static final String LIGA = "liga.vitola@demo.sadarbe.eu";
    static final String ANDRIS = "andris.kalejs@demo.sadarbe.eu";
    static final String GATIS = "gatis.ozols@demo.sadarbe.eu";
    static final String DACE = "dace.lace@demo.sadarbe.eu";
    static final String AIJA = "aija.liepina@demo.sadarbe.eu";
    static final String VALDIS = "valdis.krumins@demo.sadarbe.eu";

    @Autowired ReportExpertReviews reviews;
    @Autowired ReportSettlement settlement;
    @Autowired ReportRepository reports;
    @Autowired ExpertPool pool;
    @Autowired Agreements agreements;
    @Autowired ApplicationRegister applications;
    @Autowired AccountRegister accounts;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;

    ReportFixtures fixtures;
    SignedInUser ilze;

    @BeforeEach
    void fixtures() {
        fixtures = new ReportFixtures(agreements, applications, accounts, jdbc);
        ilze = fixtures.person(ILZE);
    }

    Report submitted() {
        return new SettlementFixtures(context).submittedCopy(fixtures);
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
        SignedInUser dace = fixtures.person(DACE);
        Expert before = pool.byAccount(dace.id()).orElseThrow();
        pool.keep(ilze, DACE, before.fields(), before.languages(), before.countryCode(), oid);
        try {
            ExpertConflicts.Conflict conflict = refusal(report, dace);
            assertThat(conflict.messageKey()).isEqualTo("experts.conflict.organisationInConsortium");
            assertThat(conflict.organisationOid()).isEqualTo(oid);
            assertThat(reviews.candidates(report.id(), ilze)).filteredOn(expert -> expert.email().equals(DACE))
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
            pool.keep(ilze, DACE, before.fields(), before.languages(), before.countryCode(),
                    before.organisationOid());
        }
        assertThat(reviews.candidates(report.id(), ilze)).filteredOn(expert -> expert.email().equals(DACE))
                .singleElement().satisfies(expert -> assertThat(expert.free()).isTrue());
    }

    @Test
    void membershipOfAConsortiumOrganisationIsAConflict() {
        Report report = submitted();
        String oid = registeredOrganisationOf(report);
        SignedInUser aija = fixtures.person(AIJA);
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
        SignedInUser valdis = fixtures.person(VALDIS);
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
        SignedInUser liga = fixtures.person(LIGA);
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
        SignedInUser andris = fixtures.person(ANDRIS);
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

        SignedInUser gatis = fixtures.person(GATIS);
        reviews.assign(report.id(), gatis.id(), ilze);
        assertThat(reviews.of(report.id(), ilze).orElseThrow().expertEmail()).isEqualTo(GATIS);
        assertThat(reports.find(report.id()).orElseThrow().audit()).extracting(ReportAuditEntry::action)
                .contains("expertConflictDeclared").filteredOn("expertAssigned"::equals).hasSize(2);
    }

    @Test
    void onlyTheAssignedExpertReadsAndScoresAndOnlyTheAgencysOfficerAssigns() throws Exception {
        Report report = submitted();
        SignedInUser liga = fixtures.person(LIGA);
        SignedInUser gatis = fixtures.person(GATIS);
        SignedInUser janis = fixtures.person(JANIS);
        SignedInUser coordinators = fixtures.person(ReportFixtures.COORDINATORS);

        for (SignedInUser outsider : List.of(janis, coordinators, liga)) {
            assertThatThrownBy(() -> reviews.assign(report.id(), gatis.id(), outsider))
                    .isInstanceOf(ReportOutOfReach.class);
        }
        reviews.assign(report.id(), gatis.id(), ilze);
        assertThatThrownBy(() -> reviews.assign(report.id(), gatis.id(), ilze)).isInstanceOf(ReportRefused.class)
                .hasMessageContaining("reportExperts.refused.assignedAlready");
        assertThatThrownBy(() -> reviews.assign(report.id(), fixtures.person("edgars.silins@demo.sadarbe.eu").id(),
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

package eu.sadarbe.assessment.experts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.NotAnOfficerOfAgency;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.AuditEntry;
import eu.sadarbe.assessment.AuditTrail;
import eu.sadarbe.assessment.ModuleTestData;
import eu.sadarbe.assessment.OwnExperts;
import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.organisations.domain.Actor;
import eu.sadarbe.organisations.domain.MembershipInvitations;
import eu.sadarbe.submission.SettableClock;

/**
 * Conflicts of interest and the two experts suggested per eligible application (Guide for Experts, §3). A module
 * test of assessment, on applications for EE01 and experts of its own ({@link OwnExperts}); configured as
 * assessment's page tests are, so that it shares their context.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
@Import(SettableClock.AsTheClock.class)
class ExpertAssignmentTests {

    @Autowired Assignments assignments;
    @Autowired ExpertPool pool;
    @Autowired AuditTrail audit;
    @Autowired SettableClock clock;
    @Autowired MembershipInvitations invitations;
    @Autowired JdbcClient jdbc;
    @Autowired BeanFactory beans;

    ModuleTestData data;
    OwnExperts experts;
    SignedInUser officer;
    SignedInUser marta;

    @BeforeEach
    void fourExpertsOfEe01() {
        data = new ModuleTestData("assessment", beans);
        experts = new OwnExperts(data, pool);
        officer = experts.officer();
        marta = experts.expert("Marta Jansone", null);
        for (String name : List.of("Andris Kalējs", "Dace Lāce", "Gatis Ozols")) {
            experts.expert(name, null);
        }
    }

    /**
     * The round's applications left with fewer than two experts get this test's, before they stop assessing KA202:
     * a later test's suggestion would otherwise give its experts to them first.
     */
    @AfterEach
    void fillTheRoundAndRetireThem() {
        CallRoundSummary round = data.round();
        assignments.suggest(officer, round.callYear(), round.roundNumber(), "KA202");
        experts.retire();
    }

    @Test
    void learnsEligibleApplicationsWithTheirConsortiumLanguageAndRequestedGrant() {
        ModuleTestData.Draft draft = data.draftForEe01("Learnt from the formal check");
        Assessable application = data.eligible(data.submit(draft), officer);

        assertThat(application.eligible()).isTrue();
        assertThat(application.nationalAgencyCode()).isEqualTo("EE01");
        assertThat(application.applicantOid()).isEqualTo(draft.applicantOid().value());
        assertThat(application.consortiumOids())
                .containsExactly(draft.applicantOid().value(), "E10000002", "E10000003");
        assertThat(application.language()).isEqualTo("en");
        assertThat(application.requestedGrant()).isPositive();
    }

    @Test
    void suggestsTwoSuitableExpertsAndLeavesOutTheOneWhoseOrganisationIsInTheConsortium() {
        ModuleTestData.Draft draft = data.draftForEe01("Two suggested experts");
        Assessable application = data.eligible(data.submit(draft), officer);
        SignedInUser inese = experts.expert("Inese Krūze", draft.applicantOid().value());

        assignments.suggest(officer, application.callYear(), application.roundNumber(), "KA202");

        List<Assignment> made = assignments.of(application.applicationId());
        assertThat(made).hasSize(2);
        assertThat(made).extracting(Assignment::expertEmail)
                .allMatch(email -> experts.all().stream().anyMatch(expert -> expert.email().equals(email)))
                .doesNotContain(inese.email()).doesNotHaveDuplicates();
        assertThat(made).allMatch(Assignment::isSuggestion)
                .allSatisfy(assignment -> assertThat(assignment.suggestionGrounds()).startsWith("KA202", "en"));
        Candidate candidate = candidate(application, inese);
        assertThat(candidate.suitable()).isFalse();
        assertThat(candidate.conflicts()).extracting(ConflictOfInterest::reason, ConflictOfInterest::organisationOid)
                .contains(org.assertj.core.groups.Tuple.tuple("organisationInConsortium",
                        draft.applicantOid().value()));
        assertThatThrownBy(() -> assignments.assign(officer, application.applicationId(),
                candidate.expert().accountId(), false)).isInstanceOf(ConflictFound.class);
        assertThat(audit.of(application.applicationId())).extracting(AuditEntry::action)
                .containsExactly("formalCheck", "expertSuggested", "expertSuggested");
    }

    @Test
    void aRecordedRelationWithAConsortiumOrganisationIsAConflict() {
        ModuleTestData.Draft draft = data.draftForEe01("Recorded relation");
        Assessable application = data.eligible(data.submit(draft), officer);
        ExpertRelation relation = pool.recordRelation(officer, marta.id(), draft.applicantOid().value(),
                "Trained the staff of Tallinna Tööstushariduskeskus in 2018");
        try {
            Candidate candidate = candidate(application, marta);
            assertThat(candidate.conflicts()).extracting(ConflictOfInterest::reason)
                    .containsExactly("recordedRelation");
            assertThat(candidate.conflicts().get(0).note()).contains("Tallinna");
            assertThatThrownBy(() -> assignments.assign(officer, application.applicationId(), marta.id(),
                    false)).isInstanceOf(ConflictFound.class);
        } finally {
            pool.forgetRelation(officer, marta.id(), relation.id());
        }
        assertThat(candidate(application, marta).conflicts()).isEmpty();
    }

    @Test
    void membershipOfAConsortiumOrganisationCountsOnlyOnceAcceptedAndWithinTheLookBackPeriod() {
        ModuleTestData.Draft draft = data.draftForEe01("Member of a partner");
        Assessable application = data.eligible(data.submit(draft), officer);
        invitations.invite(draft.applicantOid(), marta.email(), Actor.of(draft.applicant()));
        assertThat(candidate(application, marta).conflicts()).as("not a member before accepting").isEmpty();

        UUID invitation = invitations.pendingFor(marta.email()).stream()
                .filter(pending -> pending.oid().equals(draft.applicantOid())).findFirst().orElseThrow().id();
        invitations.accept(invitation, marta.id(), marta.email());
        Candidate member = candidate(application, marta);
        assertThat(member.conflicts()).extracting(ConflictOfInterest::reason, ConflictOfInterest::organisationOid)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("memberOfOrganisation",
                        draft.applicantOid().value()));
        assertThatThrownBy(() -> assignments.assign(officer, application.applicationId(), marta.id(), false))
                .isInstanceOf(ConflictFound.class);

        leftAt(marta, clock.instant().minus(Duration.ofDays(2 * 365)));
        assertThat(candidate(application, marta).conflicts()).as("left two years ago")
                .extracting(ConflictOfInterest::reason).containsExactly("memberOfOrganisation");
        leftAt(marta, clock.instant().minus(Duration.ofDays(4 * 365)));
        assertThat(candidate(application, marta).conflicts()).as("left four years ago").isEmpty();
    }

    /** As if the expert had stopped acting for the organisation then (the register keeps the period). */
    private void leftAt(SignedInUser expert, Instant until) {
        jdbc.sql("DELETE FROM organisation_user WHERE account_id = ?").param(expert.id().value()).update();
        jdbc.sql("UPDATE organisation_membership SET member_from = ?, member_until = ? WHERE account_id = ?")
                .params(Timestamp.from(until.minus(Duration.ofDays(365))), Timestamp.from(until),
                        expert.id().value())
                .update();
    }

    @Test
    void anExpertWhoAssessesTheApplicantInTheRoundAlreadyHasAConflict() {
        ModuleTestData.Draft firstDraft = data.draftForEe01("Same applicant, first");
        Assessable first = data.eligible(data.submit(firstDraft), officer);
        Assessable second = data.eligible(data.submit(data.anotherForEe01(firstDraft, "Same applicant, second")),
                officer);

        assignments.assign(officer, first.applicationId(), marta.id(), false);

        assertThat(candidate(second, marta).conflicts()).extracting(ConflictOfInterest::reason)
                .containsExactly("assessedApplicant");
    }

    @Test
    void theOfficerReplacesAnExpertAndTheExpertMayDeclareAConflict() {
        Assessable application = data.eligible(data.submit(data.draftForEe01("Replaced and declared")), officer);
        assignments.suggest(officer, application.callYear(), application.roundNumber(), "KA202");
        Assignment first = assignments.of(application.applicationId()).get(0);
        Candidate other = assignments.candidates(application).stream().filter(Candidate::suitable).findFirst()
                .orElseThrow();

        Assignment replacement = assignments.replace(officer, first.id(), other.expert().accountId());
        Assignment declared = assignments.declare(experts.byEmail(replacement.expertEmail()), replacement.id(), true,
                "My sister teaches at Rīgas Valsts tehnikums");

        assertThat(declared.status()).isEqualTo(AssignmentStatus.CONFLICT_DECLARED);
        assertThat(assignments.of(application.applicationId())).extracting(Assignment::status)
                .containsExactlyInAnyOrder(AssignmentStatus.REPLACED, AssignmentStatus.OFFERED,
                        AssignmentStatus.CONFLICT_DECLARED);
        assertThat(audit.of(application.applicationId())).extracting(AuditEntry::action)
                .containsSubsequence("expertReplaced", "conflictDeclared");
    }

    @Test
    void anExpertOpensOnlyTheirOwnAssignmentsAndOfficersOnlyTheirAgencysApplications() {
        Assessable application = data.eligible(data.submit(data.draftForEe01("Only my own")), officer);
        assignments.suggest(officer, application.callYear(), application.roundNumber(), "KA202");
        Assignment assignment = assignments.of(application.applicationId()).get(0);
        SignedInUser someoneElse = experts.all().stream()
                .filter(expert -> !expert.email().equals(assignment.expertEmail())).findFirst().orElseThrow();
        SignedInUser otherAgencysOfficer = data.person("Jānis Liepa", Role.NA_OFFICER, "LV02");

        assertThat(assignments.ofExpert(experts.byEmail(assignment.expertEmail()), assignment.id()))
                .isEqualTo(assignment);
        assertThatThrownBy(() -> assignments.ofExpert(someoneElse, assignment.id()))
                .isInstanceOf(AssignmentNotFound.class);
        assertThatThrownBy(() -> assignments.ofExpert(officer, assignment.id()))
                .isInstanceOf(AssignmentNotFound.class);
        assertThatThrownBy(() -> assignments.application(otherAgencysOfficer, application.applicationId()))
                .isInstanceOf(NotAnOfficerOfAgency.class);
        assertThatThrownBy(() -> assignments.suggest(marta, application.callYear(), application.roundNumber(),
                "KA202")).isInstanceOf(NotAnOfficerOfAgency.class);
    }

    private Candidate candidate(Assessable application, SignedInUser expert) {
        return assignments.candidates(application).stream()
                .filter(candidate -> candidate.expert().email().equals(expert.email())).findFirst().orElseThrow();
    }
}

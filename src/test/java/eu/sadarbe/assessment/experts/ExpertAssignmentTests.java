package eu.sadarbe.assessment.experts;

import static eu.sadarbe.assessment.AssessmentFixtures.ILZE;
import static eu.sadarbe.assessment.AssessmentFixtures.INESE;
import static eu.sadarbe.assessment.AssessmentFixtures.JANIS;
import static eu.sadarbe.assessment.AssessmentFixtures.KA202_EXPERTS_LV01;
import static eu.sadarbe.assessment.AssessmentFixtures.MARTA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.NotAnOfficerOfAgency;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.DraftDesk;
import eu.sadarbe.assessment.AssessmentFixtures;
import eu.sadarbe.assessment.BackOfficeStatuses;
import eu.sadarbe.assessment.AuditEntry;
import eu.sadarbe.assessment.AuditTrail;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.organisations.Oid;
import eu.sadarbe.organisations.domain.Actor;
import eu.sadarbe.organisations.domain.MembershipInvitations;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.submission.SubmissionDesk;
import eu.sadarbe.submission.SubmissionTest;

/** Conflicts of interest and the two experts suggested per eligible application (Guide for Experts, §3). */
@SubmissionTest
class ExpertAssignmentTests {

    @Autowired Assignments assignments;
    @Autowired ExpertPool pool;
    @Autowired AuditTrail audit;
    @Autowired CallRounds rounds;
    @Autowired DraftDesk drafting;
    @Autowired SubmissionDesk desk;
    @Autowired AccountRegister accounts;
    @Autowired SettableClock clock;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher events;
    @Autowired AssessableApplications assessable;
    @Autowired BackOfficeStatuses backOffice;
    @Autowired MembershipInvitations invitations;
    @Autowired JdbcClient jdbc;

    AssessmentFixtures fixtures;
    SignedInUser ilze;

    @BeforeEach
    void fixtures() {
        fixtures = new AssessmentFixtures(rounds, drafting, desk, accounts, clock, transaction, events, assessable, backOffice);
        ilze = fixtures.person(ILZE);
    }

    @Test
    void learnsEligibleApplicationsWithTheirConsortiumLanguageAndRequestedGrant() {
        Assessable application = fixtures.eligibleApplication(1, "Learnt from the formal check");

        assertThat(application.eligible()).isTrue();
        assertThat(application.nationalAgencyCode()).isEqualTo("LV01");
        assertThat(application.applicantOid()).isEqualTo("E10000001");
        assertThat(application.consortiumOids()).containsExactly("E10000001", "E10000002", "E10000003");
        assertThat(application.language()).isEqualTo("en");
        assertThat(application.requestedGrant()).isPositive();
    }

    @Test
    void suggestsTwoSuitableExpertsAndLeavesOutTheOneWhoseOrganisationIsInTheConsortium() {
        Assessable application = fixtures.eligibleApplication(1, "Two suggested experts");

        assignments.suggest(ilze, 2019, 1, "KA202");

        List<Assignment> made = assignments.of(application.applicationId());
        assertThat(made).hasSize(2);
        assertThat(made).extracting(Assignment::expertEmail).allMatch(KA202_EXPERTS_LV01::contains)
                .doesNotContain(INESE).doesNotHaveDuplicates();
        assertThat(made).allMatch(Assignment::isSuggestion)
                .allSatisfy(assignment -> assertThat(assignment.suggestionGrounds()).startsWith("KA202", "en"));
        Candidate inese = candidate(application, INESE);
        assertThat(inese.suitable()).isFalse();
        assertThat(inese.conflicts()).extracting(ConflictOfInterest::reason, ConflictOfInterest::organisationOid)
                .contains(org.assertj.core.groups.Tuple.tuple("organisationInConsortium", "E10000002"));
        assertThatThrownBy(() -> assignments.assign(ilze, application.applicationId(), inese.expert().accountId(),
                false)).isInstanceOf(ConflictFound.class);
        assertThat(audit.of(application.applicationId())).extracting(AuditEntry::action)
                .containsExactly("expertSuggested", "expertSuggested");
    }

    @Test
    void aRecordedRelationWithAConsortiumOrganisationIsAConflict() {
        Assessable application = fixtures.eligibleApplication(2, "Recorded relation");
        Expert marta = pool.byAccount(fixtures.person(MARTA).id()).orElseThrow();
        ExpertRelation relation = pool.recordRelation(ilze, marta.accountId(), "E10000003",
                "Trained the staff of Tallinna Tööstushariduskeskus in 2018");
        try {
            Candidate candidate = candidate(application, MARTA);
            assertThat(candidate.conflicts()).extracting(ConflictOfInterest::reason)
                    .containsExactly("recordedRelation");
            assertThat(candidate.conflicts().get(0).note()).contains("Tallinna");
            assertThatThrownBy(() -> assignments.assign(ilze, application.applicationId(), marta.accountId(),
                    false)).isInstanceOf(ConflictFound.class);
        } finally {
            pool.forgetRelation(ilze, marta.accountId(), relation.id());
        }
        assertThat(candidate(application, MARTA).conflicts()).isEmpty();
    }

    @Test
    void membershipOfAConsortiumOrganisationCountsOnlyOnceAcceptedAndWithinTheLookBackPeriod() {
        Assessable application = fixtures.eligibleApplication(5, "Member of a partner");
        SignedInUser marta = fixtures.person(MARTA);
        SignedInUser peteris = fixtures.person("peteris.kalnins@demo.sadarbe.eu");
        try {
            invitations.invite(Oid.of("E10000003"), MARTA, Actor.of(peteris));
            assertThat(candidate(application, MARTA).conflicts()).as("not a member before accepting").isEmpty();

            UUID invitation = invitations.pendingFor(MARTA).stream()
                    .filter(pending -> pending.oid().value().equals("E10000003")).findFirst().orElseThrow().id();
            invitations.accept(invitation, marta.id(), MARTA);
            Candidate member = candidate(application, MARTA);
            assertThat(member.conflicts()).extracting(ConflictOfInterest::reason, ConflictOfInterest::organisationOid)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("memberOfOrganisation", "E10000003"));
            assertThatThrownBy(() -> assignments.assign(ilze, application.applicationId(), marta.id(), false))
                    .isInstanceOf(ConflictFound.class);

            leftAt(marta, clock.instant().minus(Duration.ofDays(2 * 365)));
            assertThat(candidate(application, MARTA).conflicts()).as("left two years ago")
                    .extracting(ConflictOfInterest::reason).containsExactly("memberOfOrganisation");
            leftAt(marta, clock.instant().minus(Duration.ofDays(4 * 365)));
            assertThat(candidate(application, MARTA).conflicts()).as("left four years ago").isEmpty();
        } finally {
            jdbc.sql("DELETE FROM organisation_user WHERE account_id = ?").param(marta.id().value()).update();
            jdbc.sql("DELETE FROM organisation_membership WHERE account_id = ?").param(marta.id().value()).update();
            jdbc.sql("DELETE FROM organisation_invitation WHERE email = ?").param(MARTA).update();
        }
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
        Assessable first = fixtures.eligibleApplication(3, "Same applicant, first");
        Assessable second = fixtures.eligibleApplication(3, "Same applicant, second");
        Expert marta = pool.byAccount(fixtures.person(MARTA).id()).orElseThrow();

        assignments.assign(ilze, first.applicationId(), marta.accountId(), false);

        assertThat(candidate(second, MARTA).conflicts()).extracting(ConflictOfInterest::reason)
                .containsExactly("assessedApplicant");
    }

    @Test
    void theOfficerReplacesAnExpertAndTheExpertMayDeclareAConflict() {
        Assessable application = fixtures.eligibleApplication(4, "Replaced and declared");
        assignments.suggest(ilze, 2019, 4, "KA202");
        Assignment first = assignments.of(application.applicationId()).get(0);
        Candidate other = assignments.candidates(application).stream().filter(Candidate::suitable).findFirst()
                .orElseThrow();

        Assignment replacement = assignments.replace(ilze, first.id(), other.expert().accountId());
        Assignment declared = assignments.declare(fixtures.person(replacement.expertEmail()), replacement.id(), true,
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
        Assessable application = fixtures.eligibleApplication(4, "Only my own");
        assignments.suggest(ilze, 2019, 4, "KA202");
        Assignment assignment = assignments.of(application.applicationId()).get(0);
        String someoneElse = KA202_EXPERTS_LV01.stream().filter(email -> !email.equals(assignment.expertEmail()))
                .findFirst().orElseThrow();

        assertThat(assignments.ofExpert(fixtures.person(assignment.expertEmail()), assignment.id()))
                .isEqualTo(assignment);
        assertThatThrownBy(() -> assignments.ofExpert(fixtures.person(someoneElse), assignment.id()))
                .isInstanceOf(AssignmentNotFound.class);
        assertThatThrownBy(() -> assignments.ofExpert(fixtures.person(ILZE), assignment.id()))
                .isInstanceOf(AssignmentNotFound.class);
        assertThatThrownBy(() -> assignments.application(fixtures.person(JANIS), application.applicationId()))
                .isInstanceOf(NotAnOfficerOfAgency.class);
        assertThatThrownBy(() -> assignments.suggest(fixtures.person(MARTA), 2019, 4, "KA202"))
                .isInstanceOf(NotAnOfficerOfAgency.class);
    }

    private Candidate candidate(Assessable application, String email) {
        return assignments.candidates(application).stream()
                .filter(candidate -> candidate.expert().email().equals(email)).findFirst().orElseThrow();
    }
}

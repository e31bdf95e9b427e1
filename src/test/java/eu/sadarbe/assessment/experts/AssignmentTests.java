package eu.sadarbe.assessment.experts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.assessment.scoring.AssessmentLocked;
import eu.sadarbe.assessment.scoring.ScoreSheet;

/** The assignment's verbs and the transitions they allow and refuse (Guide for Experts, §3), without Spring. */
class AssignmentTests {

    static final Instant MONDAY = Instant.parse("2020-05-04T08:00:00Z");
    static final Instant TUESDAY = Instant.parse("2020-05-05T08:00:00Z");
    static final Expert MARTA = new Expert(new AccountId(UUID.randomUUID()), "marta@demo.sadarbe.eu", "Marta Kalniņa",
            "LV01", List.of("KA202"), List.of("lv", "en"), "LV", null);
    static final ConflictOfInterest RELATION = new ConflictOfInterest("recordedRelation", "E10000001", "Board member");

    final Assessable application = new Assessable(ApplicationId.random(), UUID.randomUUID(),
            "2020-1-LV01-KA202-000001", "LV01", 2020, 1, "KA202", "Title", "lv", "E10000002", List.of("E10000002"),
            new BigDecimal("60000"), true);
    final Candidate suitable = new Candidate(MARTA, true, true, 3, List.of());
    final Candidate otherField = new Candidate(MARTA, false, true, 3, List.of());
    final Candidate related = new Candidate(MARTA, true, true, 3, List.of(RELATION));

    Assignment offered() {
        Assignment assignment = Assignment.suggest(application, suitable, false, MONDAY);
        assignment.takeEvents();
        return assignment;
    }

    Assignment accepted() {
        Assignment assignment = offered();
        assignment.declare(false, null, MONDAY);
        assignment.takeEvents();
        return assignment;
    }

    @Nested
    @DisplayName("Suggesting and assigning an expert")
    class Offering {

        @Test
        void aSuggestionIsOfferedWithItsGroundsAndCounts() {
            Assignment assignment = Assignment.suggest(application, suitable, true, MONDAY);

            assertThat(assignment.status()).isEqualTo(AssignmentStatus.OFFERED);
            assertThat(assignment.status().counts()).isTrue();
            assertThat(assignment.applicationId()).isEqualTo(application.applicationId());
            assertThat(assignment.expertEmail()).isEqualTo(MARTA.email());
            assertThat(assignment.thirdExpert()).isTrue();
            assertThat(assignment.suggestionGrounds()).containsExactly("KA202", "lv", "3");
            assertThat(assignment.sheet().complete()).isFalse();
            assertThat(assignment.takeEvents()).singleElement().isInstanceOf(Assignment.Offered.class);
        }

        @Test
        void onlyASuitableExpertIsSuggested() {
            assertThatThrownBy(() -> Assignment.suggest(application, otherField, false, MONDAY))
                    .isInstanceOfSatisfying(AssignmentRefused.class,
                            refused -> assertThat(refused.reason()).isEqualTo("noSuitableExpert"));
        }

        @Test
        void theOfficerMayChooseAnExpertOutsideTheirFieldButNeverOneWithAConflict() {
            Assignment chosen = Assignment.assign(application, otherField, false, MONDAY);
            assertThat(chosen.status()).isEqualTo(AssignmentStatus.OFFERED);
            assertThat(chosen.isSuggestion()).isFalse();

            assertThatThrownBy(() -> Assignment.assign(application, related, false, MONDAY))
                    .isInstanceOfSatisfying(ConflictFound.class,
                            found -> assertThat(found.conflicts()).containsExactly(RELATION));
        }
    }

    @Nested
    @DisplayName("Declaring a conflict of interest")
    class Declaring {

        @Test
        void noConflictAcceptsTheAssignment() {
            Assignment assignment = offered();
            assignment.declare(false, "ignored", TUESDAY);

            assertThat(assignment.status()).isEqualTo(AssignmentStatus.ACCEPTED);
            assertThat(assignment.declaredAt()).isEqualTo(TUESDAY);
            assertThat(assignment.isSuggestion()).as("the suggestion's grounds stay").isTrue();
            assertThat(assignment.takeEvents()).singleElement().isInstanceOfSatisfying(Assignment.Declared.class,
                    declared -> assertThat(declared.conflict()).isFalse());
        }

        @Test
        void aConflictReleasesTheAssignmentWithTheExpertsWords() {
            Assignment assignment = offered();
            assignment.declare(true, "My sister works there", TUESDAY);

            assertThat(assignment.status()).isEqualTo(AssignmentStatus.CONFLICT_DECLARED);
            assertThat(assignment.status().counts()).isFalse();
            assertThat(assignment.reason()).isEqualTo("My sister works there");
        }

        @Test
        void isDeclaredOnce() {
            Assignment assignment = accepted();
            assertThatThrownBy(() -> assignment.declare(true, "Changed my mind", TUESDAY))
                    .isInstanceOfSatisfying(AssignmentRefused.class,
                            refused -> assertThat(refused.reason()).isEqualTo("declaredAlready"));
            assertThat(assignment.status()).isEqualTo(AssignmentStatus.ACCEPTED);
        }
    }

    @Nested
    @DisplayName("R-AWD-01 scoring")
    class Scoring {

        final ScoreSheet draft = new ScoreSheet(UUID.randomUUID(), 25, 15, null, 20, "Relevant", "", "", "",
                new BigDecimal("50000"), "Fewer meetings", null, null);

        @Test
        void onlyAfterDeclaringNoConflict() {
            Assignment assignment = offered();
            assertThatThrownBy(() -> assignment.saveDraft(draft, TUESDAY))
                    .isInstanceOfSatisfying(AssignmentRefused.class,
                            refused -> assertThat(refused.reason()).isEqualTo("declareFirst"));
            assertThatThrownBy(() -> assignment.submit(TUESDAY)).isInstanceOf(AssignmentRefused.class);
        }

        @Test
        void keepsTheDraftAsItIsUnderTheAssignmentsOwnId() {
            Assignment assignment = accepted();
            assignment.saveDraft(draft, TUESDAY);

            assertThat(assignment.sheet().assignmentId()).isEqualTo(assignment.id());
            assertThat(assignment.sheet().relevance()).isEqualTo(25);
            assertThat(assignment.sheet().team()).isNull();
            assertThat(assignment.sheet().recommendedGrant()).isEqualByComparingTo("50000");
            assertThat(assignment.sheet().savedAt()).isEqualTo(TUESDAY);
            assertThat(assignment.sheet().submitted()).isFalse();
            assertThat(assignment.takeEvents()).isEmpty();
        }

        @Test
        void aSubmissionLocksTheAssessmentForGood() {
            Assignment assignment = accepted();
            assignment.saveDraft(draft, MONDAY);
            assignment.submit(TUESDAY);

            assertThat(assignment.status()).isEqualTo(AssignmentStatus.SUBMITTED);
            assertThat(assignment.sheet().submittedAt()).isEqualTo(TUESDAY);
            assertThat(assignment.sheet().relevance()).isEqualTo(25);
            assertThat(assignment.takeEvents()).singleElement().isInstanceOf(Assignment.Submitted.class);
            assertThatThrownBy(() -> assignment.saveDraft(draft, TUESDAY)).isInstanceOf(AssessmentLocked.class);
            assertThatThrownBy(() -> assignment.submit(TUESDAY)).isInstanceOf(AssessmentLocked.class);
        }
    }

    @Nested
    @DisplayName("Replacing the expert")
    class Replacing {

        @Test
        void anExpertWhoHasNotSubmittedOrDeclaredAConflictIsReplaced() {
            for (Assignment assignment : List.of(offered(), accepted(), declaredConflict())) {
                assignment.replace(TUESDAY);
                assertThat(assignment.status()).isEqualTo(AssignmentStatus.REPLACED);
                assertThat(assignment.takeEvents()).singleElement().isInstanceOf(Assignment.Replaced.class);
            }
        }

        @Test
        void notOnceSubmittedNorTwice() {
            Assignment submitted = accepted();
            submitted.submit(TUESDAY);
            assertThatThrownBy(() -> submitted.replace(TUESDAY)).isInstanceOfSatisfying(AssignmentRefused.class,
                    refused -> assertThat(refused.reason()).isEqualTo("notReplaceable"));

            Assignment replaced = offered();
            replaced.replace(TUESDAY);
            assertThatThrownBy(() -> replaced.replace(TUESDAY)).isInstanceOf(AssignmentRefused.class);
        }

        Assignment declaredConflict() {
            Assignment assignment = offered();
            assignment.declare(true, "Conflict", MONDAY);
            assignment.takeEvents();
            return assignment;
        }
    }

    @Nested
    @DisplayName("A conflict found late")
    class LateConflict {

        @Test
        void suspendsAnOpenAssignmentAndStopsTheScoring() {
            Assignment assignment = accepted();

            assertThat(assignment.suspend(RELATION, TUESDAY)).isTrue();

            assertThat(assignment.status()).isEqualTo(AssignmentStatus.SUSPENDED);
            assertThat(assignment.reason()).isEqualTo("conflict|recordedRelation|E10000001");
            assertThat(assignment.takeEvents()).singleElement().isInstanceOf(Assignment.Suspended.class);
            assertThatThrownBy(() -> assignment.saveDraft(ScoreSheet.empty(assignment.id()), TUESDAY))
                    .isInstanceOfSatisfying(AssignmentRefused.class,
                            refused -> assertThat(refused.reason()).isEqualTo("suspendedConflict"));
            assertThat(assignment.suspend(RELATION, TUESDAY)).as("suspended once").isFalse();
        }

        @Test
        void leavesASubmittedAssessmentAlone() {
            Assignment assignment = accepted();
            assignment.submit(MONDAY);
            assignment.takeEvents();

            assertThat(assignment.suspend(RELATION, TUESDAY)).isFalse();

            assertThat(assignment.status()).isEqualTo(AssignmentStatus.SUBMITTED);
            assertThat(assignment.takeEvents()).isEmpty();
        }
    }
}

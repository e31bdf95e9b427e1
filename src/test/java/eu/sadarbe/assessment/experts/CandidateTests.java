package eu.sadarbe.assessment.experts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import eu.sadarbe.accounts.AccountId;

/** The order of suggestions: field and language matched, no conflict, lightest workload first, repeatable. */
class CandidateTests {

    @Test
    void ranksSuitableExpertsByWorkloadThenEmail() {
        Candidate busy = candidate("a@x.eu", true, true, 3, List.of());
        Candidate free = candidate("z@x.eu", true, true, 0, List.of());
        Candidate alsoFree = candidate("b@x.eu", true, true, 0, List.of());

        assertThat(Candidate.ranked(List.of(busy, free, alsoFree))).containsExactly(alsoFree, free, busy);
    }

    @Test
    void leavesOutExpertsOfAnotherFieldOrLanguageOrWithAConflict() {
        Candidate otherField = candidate("a@x.eu", false, true, 0, List.of());
        Candidate otherLanguage = candidate("b@x.eu", true, false, 0, List.of());
        Candidate conflicted = candidate("c@x.eu", true, true, 0,
                List.of(new ConflictOfInterest("organisationInConsortium", "E10000002", "")));
        Candidate suitable = candidate("d@x.eu", true, true, 9, List.of());

        assertThat(Candidate.ranked(List.of(otherField, otherLanguage, conflicted, suitable)))
                .containsExactly(suitable);
    }

    @Test
    void matchesFieldAndLanguageFromThePool() {
        Expert expert = new Expert(AccountId.random(), "e@x.eu", "E", "LV01", List.of("KA202", "KA204"),
                List.of("lv", "en"), "LV", null);

        assertThat(expert.assesses("KA202")).isTrue();
        assertThat(expert.assesses("KA201")).isFalse();
        assertThat(expert.reads("EN")).isTrue();
        assertThat(expert.reads("de")).isFalse();
    }

    private static Candidate candidate(String email, boolean field, boolean language, int workload,
                                       List<ConflictOfInterest> conflicts) {
        return new Candidate(new Expert(AccountId.random(), email, email, "LV01", List.of("KA202"),
                List.of("en"), "LV", null), field, language, workload, conflicts);
    }
}

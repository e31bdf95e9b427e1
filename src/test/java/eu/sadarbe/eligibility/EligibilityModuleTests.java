package eu.sadarbe.eligibility;

import static eu.sadarbe.applications.ApplicationFixtures.aKA202Application;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.applications.ApplicationFixtures;
import eu.sadarbe.calls.Finding;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.calls.RuleFigure;
import eu.sadarbe.calls.RuleParameters;

/**
 * The eligibility module with all it depends on (budget, calls, shared, web, and the applications module of the
 * application document with its own dependencies: organisations, accounts, places), no demo data: it neither
 * publishes nor listens to events, so its module test shows that it starts on its own dependencies and that its
 * check applies the rule figures the database holds for the call year, and finds the National Agency of the
 * applicant's country there. A module test (issue #14, item 8).
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class EligibilityModuleTests {

    private static final List<String> PARTNER_COUNTRIES = List.of("EE", "DE", "FI", "SE", "PL", "LT", "NL", "AT");

    @Autowired EligibilityCheck check;
    @Autowired RuleBook rules;

    @Test
    void aConsortiumOneShortOfTheCallYearsMinimumIsIneligible_R_ELIG_02() {
        RuleParameters figures = rules.parametersFor(2020, "KA202");
        int minimum = Math.max(figures.whole(RuleFigure.MINIMUM_ORGANISATIONS),
                figures.whole(RuleFigure.MINIMUM_PROGRAMME_COUNTRIES));

        CheckReport enough = check.check(consortium(minimum).build());
        CheckReport tooFew = check.check(consortium(minimum - 1).build());

        assertThat(enough.eligible()).as("%d organisations from as many countries", minimum).isTrue();
        assertThat(enough.nationalAgency()).hasValueSatisfying(agency -> assertThat(agency.code()).isEqualTo("LV01"));
        assertThat(tooFew.eligible()).isFalse();
        assertThat(tooFew.findings()).filteredOn(Finding::isError).extracting(Finding::rule)
                .containsExactly("R-ELIG-02");
    }

    /** A Latvian applicant with partners from as many other Programme Countries as make {@code organisations}. */
    private static ApplicationFixtures consortium(int organisations) {
        return aKA202Application().withApplicantFrom("LV")
                .withPartnersFrom(PARTNER_COUNTRIES.subList(0, organisations - 1).toArray(String[]::new));
    }
}

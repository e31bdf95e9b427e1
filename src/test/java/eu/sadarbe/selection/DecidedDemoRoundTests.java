package eu.sadarbe.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.BackOfficeApplication;
import eu.sadarbe.assessment.BackOfficeStatus;
import eu.sadarbe.assessment.BackOfficeStatuses;
import eu.sadarbe.grants.domain.AgreementStatus;
import eu.sadarbe.grants.domain.GrantDesk;
import eu.sadarbe.grants.domain.PortfolioEntry;
import eu.sadarbe.selection.domain.Decision;
import eu.sadarbe.selection.domain.DecisionLetters;
import eu.sadarbe.selection.domain.DecisionRepository;
import eu.sadarbe.selection.domain.Outcome;

/**
 * Issues #18 and #20, "Demo": the demo starts with a decided round (LV01, 2020 round 1) that went through the formal
 * check, two experts, consolidation with a comment, ranking, decisions and letters in Latvian, so that the demo grant
 * agreements exist in their four states. Reads the demo data only; changes nothing.
 */
@SadarbeTest
class DecidedDemoRoundTests {

    static final List<String> ACTION_TYPES = List.of("KA201", "KA202", "KA204", "KA229");

    @Autowired
    BackOfficeStatuses statuses;

    @Autowired
    DecisionRepository decisions;

    @Autowired
    DecisionLetters letters;

    @Autowired
    GrantDesk grants;

    @Autowired
    AccountRegister accounts;

    @Test
    void theDecidedDemoRoundHasSelectedReserveAndRejectedApplicationsWithLatvianLetters() {
        List<BackOfficeApplication> round = new ArrayList<>();
        for (String actionType : ACTION_TYPES) {
            round.addAll(statuses.applications("LV01", 2020, 1, actionType));
        }
        assertThat(round).hasSize(14);
        Map<BackOfficeStatus, Integer> counts = new EnumMap<>(BackOfficeStatus.class);
        round.forEach(application -> counts.merge(application.status(), 1, Integer::sum));
        assertThat(counts).containsOnlyKeys(BackOfficeStatus.SELECTED, BackOfficeStatus.RESERVE,
                BackOfficeStatus.REJECTED);
        assertThat(counts.get(BackOfficeStatus.SELECTED)).isGreaterThanOrEqualTo(4);
        assertThat(counts.get(BackOfficeStatus.RESERVE)).isGreaterThanOrEqualTo(1);
        assertThat(counts.get(BackOfficeStatus.REJECTED)).isGreaterThanOrEqualTo(2);

        for (BackOfficeApplication application : round) {
            Decision decision = decisions.find(application.applicationId()).orElseThrow();
            assertThat(decision.letterIssuedAt()).as(application.applicationNumber()).isNotNull();
            assertThat(letters.language(application.applicationId())).as(application.applicationNumber())
                    .isEqualTo("lv");
            if (decision.outcome() != Outcome.REJECTED) {
                assertThat(letters.assessmentComment(application.applicationId()))
                        .as("the consolidated comment the letter quotes").contains("Partnerība ir līdzsvarota");
                assertThat(decision.reason()).isNull();
            }
        }
        assertThat(round).filteredOn(application -> decisions.find(application.applicationId()).orElseThrow()
                        .reason() != null)
                .extracting(application -> decisions.find(application.applicationId()).orElseThrow().reason())
                .as("a formal rejection and rejections below the pass marks").contains("R-AWD-02")
                .anyMatch(reason -> reason.contains("nav reģistrēta"));
    }

    @Test
    void demoGrantsMadeAgreementsInTheirFourStatesFromTheDecidedRound() {
        AccountSummary account = accounts.byEmail("ilze.ozola@demo.sadarbe.eu").orElseThrow();
        SignedInUser ilze = new SignedInUser(account.id(), account.email(), account.displayName(), account.roles(),
                account.nationalAgencyCode(), "en", true, null);
        List<PortfolioEntry> decidedRound = grants.portfolio(ilze, "LV01", null, 0, 100).agreements().stream()
                .filter(agreement -> agreement.preparation().callYear() == 2020
                        && agreement.preparation().roundNumber() == 1)
                .toList();
        assertThat(decidedRound).extracting(PortfolioEntry::status).contains(AgreementStatus.AWAITING_BENEFICIARY,
                AgreementStatus.AWAITING_AGENCY, AgreementStatus.IN_FORCE);
        assertThat(decidedRound).as("in force with an approved amendment")
                .anyMatch(agreement -> agreement.status() == AgreementStatus.IN_FORCE
                        && agreement.current().version() > 1);
        assertThat(decidedRound).extracting(agreement -> agreement.preparation().actionType()).contains("KA229");

        AccountSummary annaAccount = accounts.byEmail("anna.berzina@demo.sadarbe.eu").orElseThrow();
        SignedInUser anna = new SignedInUser(annaAccount.id(), annaAccount.email(), annaAccount.displayName(),
                annaAccount.roles(), null, "lv", true, null);
        assertThat(grants.projectsOf(anna)).as("Anna's school exchange on her projects page")
                .anyMatch(agreement -> agreement.preparation().actionType().equals("KA229")
                        && agreement.preparation().callYear() == 2020 && agreement.preparation().roundNumber() == 1);
    }
}

package eu.sadarbe.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.assessment.BackOfficeStatuses;
import eu.sadarbe.selection.RankingKey;
import eu.sadarbe.selection.domain.DecisionRepository;
import eu.sadarbe.selection.domain.Ranking;
import eu.sadarbe.selection.domain.SelectionDesk;

/**
 * The selection half of the decided demo round (issues #18 and #20, "Demo"): once {@link DemoDecidedAssessments} has
 * consolidated the 2020 round 1 of VIAA (LV01), Ilze Ozola sets an envelope per action type that funds about half of
 * those passing (at least one) with one on the reserve list, records the decisions the ranking suggests (selected,
 * reserve, rejected) and issues the letters, in Latvian for the Latvian applicants, through the same use cases as the
 * selection pages. {@link DemoGrants}, which runs last, then makes agreements of the selections. Seeded once: a round
 * with decisions is left as it is.
 */
@Component
@Profile("demo")
class DemoDecisions {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDecisions.class);
    static final String OFFICER = DemoAccounts.ILZE;
    static final List<RankingKey> KEYS = List.of(new RankingKey("LV01", 2020, 1, "KA201"),
            new RankingKey("LV01", 2020, 1, "KA202"), new RankingKey("LV01", 2020, 1, "KA204"),
            new RankingKey("LV01", 2020, 1, "KA229"));
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final SelectionDesk desk;
    private final DecisionRepository decisions;
    private final BackOfficeStatuses statuses;
    private final AccountRegister accounts;

    DemoDecisions(SelectionDesk desk, DecisionRepository decisions, BackOfficeStatuses statuses,
                  AccountRegister accounts) {
        this.desk = desk;
        this.decisions = decisions;
        this.statuses = statuses;
        this.accounts = accounts;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE - 10)
    void seed() {
        var ilze = accounts.byEmail(OFFICER).map(DemoDecisions::signedIn);
        if (ilze.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        int letters = 0;
        for (RankingKey key : KEYS) {
            int applications = statuses.applications(key.nationalAgencyCode(), key.callYear(), key.roundNumber(),
                    key.actionType()).size();
            if (applications == 0 || !decisions.of(key).isEmpty()) {
                continue;
            }
            Ranking ranking = rankedWhenAssessed(key, applications, ilze.get());
            if (!ranking.ranked().isEmpty()) {
                int funded = (ranking.ranked().size() + 1) / 2;
                BigDecimal envelope = ranking.ranked().get(funded - 1).cumulativeGrant();
                desk.setEnvelope(key, envelope, 1, ilze.get());
            }
            desk.recordDecisions(key, ilze.get());
            letters += desk.issueLetters(key, ilze.get());
        }
        if (letters > 0) {
            LOG.info("Decided demo round: {} decisions and letters in {} ms", letters,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** The ranking once selection has heard every consolidation and formal check (they arrive asynchronously). */
    private Ranking rankedWhenAssessed(RankingKey key, int applications, SignedInUser officer) {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            Ranking ranking = desk.ranking(key, officer);
            if (ranking.ranked().size() + ranking.failing().size() + ranking.ineligible().size() == applications
                    && ranking.ranked().stream().allMatch(row -> row.candidate().assessed())) {
                return ranking;
            }
            if (System.nanoTime() > until) {
                throw new IllegalStateException("Decided demo round: selection did not hear the assessments of "
                        + key + " in " + PATIENCE);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Decided demo round interrupted", interrupted);
            }
        }
    }

    private static SignedInUser signedIn(AccountSummary account) {
        return new SignedInUser(account.id(), account.email(), account.displayName(), account.roles(),
                account.nationalAgencyCode(), "lv", true, null);
    }
}

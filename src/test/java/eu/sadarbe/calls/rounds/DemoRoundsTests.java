package eu.sadarbe.calls.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.demo.DemoRounds;

/**
 * Issue #12: an officer extended the open demo round, the page confirmed it, and after a restart the extension was
 * gone — the demo data, keeping its round open, had cleared it. A restart must never undo a confirmed change.
 */
@SadarbeTest
class DemoRoundsTests {

    @Autowired
    DemoRounds demoRounds;

    @Autowired
    CallRounds rounds;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRestartKeepsTheExtensionOfTheOpenDemoRound() {
        CallRoundSummary open = openDemoRound();
        LocalDateTime later = open.deadline().plusDays(3);
        rounds.extend(open.id(), later, "R-SUB-03: extended by the Commission", "admin@demo.sadarbe.eu");

        demoRounds.run(new DefaultApplicationArguments());

        CallRoundSummary afterRestart = openDemoRound();
        assertThat(afterRestart.extendedDeadline()).isEqualTo(later);
        assertThat(afterRestart.extensionReason()).isEqualTo("R-SUB-03: extended by the Commission");
    }

    @Test
    void aRestartStillKeepsAnUnextendedDemoRoundOpen() {
        CallRoundSummary open = openDemoRound();

        demoRounds.run(new DefaultApplicationArguments());

        assertThat(openDemoRound().deadline()).isAfterOrEqualTo(open.deadline());
        assertThat(openDemoRound().extendedDeadline()).isNull();
    }

    @AfterEach
    void removeTheExtension() {
        jdbc.sql("UPDATE call_round SET extended_deadline_brussels = NULL, extension_reason = NULL WHERE label = ?")
                .param(DemoRounds.OPEN_DEMO_LABEL).update();
    }

    private CallRoundSummary openDemoRound() {
        return rounds.all().stream().filter(round -> DemoRounds.OPEN_DEMO_LABEL.equals(round.label())).findFirst()
                .orElseThrow();
    }
}

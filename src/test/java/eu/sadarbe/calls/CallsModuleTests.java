package eu.sadarbe.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.calls.rounds.ExtensionNotLater;

/**
 * The calls module with only what it depends on (shared, web), no demo data: a call round defined and extended for
 * everyone is read back from the database with its deadlines in Brussels time and who extended it; the rounds' own
 * rules (an action type open in the call year, one round of a number per action type, an extension only to a later
 * deadline), which are the use case's, in calls no demo round has (2015 to 2017). Calls neither publishes nor listens
 * to events; this proves that it starts on its own and keeps its rounds. A module test (issue #14, item 8).
 */
@ModuleTest
class CallsModuleTests {

    @Autowired CallRounds rounds;

    @Test
    void aRoundExtendedIntoSummerTimeIsReadBackWithBothDeadlinesInBrusselsTimeAndWhoExtendedIt() {
        String run = UUID.randomUUID().toString();
        String administrator = "admin-" + run + "@example.eu";
        // A round number (1 to 9) that no round of the 2014 call has taken yet: neither the demo data nor another test
        // defines one in that call (the module tests' own rounds, ModuleTestData, take 2018's numbers).
        int roundNumber = IntStream.iterate(9, number -> number >= 1, number -> number - 1)
                .filter(number -> rounds.all().stream()
                        .noneMatch(round -> round.callYear() == 2014 && round.roundNumber() == number))
                .findFirst().orElseThrow();
        CallRoundSummary defined = rounds.define(2014, roundNumber, "Module test " + run, "Moduļa tests " + run,
                Set.of("KA204", "KA201"), LocalDateTime.of(2014, 3, 21, 12, 0), administrator);
        rounds.extend(defined.id(), LocalDateTime.of(2014, 4, 3, 12, 0), "The portal was down",
                "Portāls nedarbojās", administrator);

        CallRoundSummary read = rounds.find(defined.id()).orElseThrow();
        assertThat(read.actionTypes()).containsExactly("KA201", "KA204");
        assertThat(read.labelIn(Locale.forLanguageTag("lv"))).isEqualTo("Moduļa tests " + run);
        assertThat(read.deadline()).isEqualTo(LocalDateTime.of(2014, 3, 21, 12, 0));
        assertThat(read.effectiveDeadline().toOffsetDateTime()).as("R-SUB-03: the extended deadline, in summer time")
                .hasToString("2014-04-03T12:00+02:00");
        assertThat(read.extensionReasonIn(Locale.forLanguageTag("lv"))).isEqualTo("Portāls nedarbojās");
        assertThat(read.isOpenAt(Instant.parse("2014-04-03T09:59:59Z"))).as("R-SUB-01: a second before noon").isTrue();
        assertThat(read.isOpenAt(Instant.parse("2014-04-03T10:00:00Z"))).as("R-SUB-01: noon in Brussels").isFalse();
        assertThat(rounds.histories().get(defined.id())).satisfies(history -> {
            assertThat(history.definedBy()).isEqualTo(administrator);
            assertThat(history.extensions()).singleElement().satisfies(extension -> {
                assertThat(extension.deadline()).isEqualTo(LocalDateTime.of(2014, 4, 3, 12, 0));
                assertThat(extension.extendedBy()).isEqualTo(administrator);
                assertThat(extension.reasonIn(Locale.ENGLISH)).isEqualTo("The portal was down");
            });
        });
    }

    @Test
    void refusesAnActionTypeThatWasNotOpenInTheCallYear() {
        assertThatThrownBy(() -> rounds.define(2017, 7, null, Set.of("KA229"), LocalDateTime.of(2017, 3, 29, 12, 0), "t"))
                .isInstanceOf(ActionTypeNotInCall.class);
    }

    @Test
    void keepsOneRoundOfANumberPerActionType() {
        rounds.define(2016, 8, null, Set.of("KA204"), LocalDateTime.of(2016, 3, 31, 12, 0), "t");
        assertThatThrownBy(() -> rounds.define(2016, 8, null, Set.of("KA201", "KA204"), LocalDateTime.of(2016, 3, 31, 12, 0), "t"))
                .isInstanceOf(RoundExistsAlready.class);
    }

    @Test
    void extendsOnlyToALaterDeadline() {
        CallRoundSummary round = rounds.define(2015, 6, null, Set.of("KA205"), LocalDateTime.of(2015, 10, 1, 12, 0), "t");
        assertThatThrownBy(() -> rounds.extend(round.id(), LocalDateTime.of(2015, 9, 30, 12, 0), "earlier", "admin@example.eu"))
                .isInstanceOf(ExtensionNotLater.class);
        assertThatThrownBy(() -> rounds.extend(round.id(), LocalDateTime.of(2015, 10, 1, 12, 0), "same", "admin@example.eu"))
                .as("the deadline itself is no extension").isInstanceOf(ExtensionNotLater.class);
        assertThat(rounds.extend(round.id(), LocalDateTime.of(2015, 10, 8, 12, 0), "outage", "admin@example.eu").effectiveDeadline())
                .hasToString("2015-10-08T12:00+02:00[Europe/Brussels]");
    }
}

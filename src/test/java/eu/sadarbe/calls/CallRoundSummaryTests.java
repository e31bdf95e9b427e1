package eu.sadarbe.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CallRoundSummaryTests {

    static CallRoundSummary roundClosingAt(LocalDateTime deadline, LocalDateTime extended) {
        return new CallRoundSummary(new CallRoundId(UUID.randomUUID()), 2020, 1, null, List.of("KA201"), deadline,
                extended, extended == null ? null : "moved");
    }

    @Nested
    @DisplayName("R-SUB-01")
    class DeadlineAtNoonBrusselsTime {

        final CallRoundSummary winterDeadline = roundClosingAt(LocalDateTime.of(2020, 3, 24, 12, 0), null);

        @Test
        void acceptsTheLastSecondBeforeNoonInWinterTime() {
            assertThat(winterDeadline.isOpenAt(Instant.parse("2020-03-24T10:59:59Z"))).isTrue();
        }

        @Test
        void refusesNoonItselfAndOneSecondLater() {
            assertThat(winterDeadline.isOpenAt(Instant.parse("2020-03-24T11:00:00Z"))).isFalse();
            assertThat(winterDeadline.isOpenAt(Instant.parse("2020-03-24T11:00:01Z"))).isFalse();
        }

        @Test
        void followsSummerTimeAfterTheClocksChange() {
            CallRoundSummary summer = roundClosingAt(LocalDateTime.of(2020, 4, 23, 12, 0), null);
            assertThat(summer.isOpenAt(Instant.parse("2020-04-23T09:59:59Z"))).isTrue();
            assertThat(summer.isOpenAt(Instant.parse("2020-04-23T10:00:01Z"))).isFalse();
        }

        @Test
        void holdsOnTheDayTheClocksChange() {
            CallRoundSummary changeDay = roundClosingAt(LocalDateTime.of(2020, 3, 29, 12, 0), null);
            assertThat(changeDay.isOpenAt(Instant.parse("2020-03-29T09:59:59Z"))).isTrue();
            assertThat(changeDay.isOpenAt(Instant.parse("2020-03-29T10:00:01Z"))).isFalse();
        }
    }

    @Nested
    @DisplayName("R-SUB-03")
    class ExtendedRound {

        @Test
        void staysOpenUntilTheExtendedDeadline() {
            CallRoundSummary extended = roundClosingAt(LocalDateTime.of(2020, 3, 24, 12, 0),
                    LocalDateTime.of(2020, 4, 23, 12, 0));
            assertThat(extended.isOpenAt(Instant.parse("2020-03-25T08:00:00Z"))).isTrue();
            assertThat(extended.isOpenAt(Instant.parse("2020-04-23T10:00:01Z"))).isFalse();
            assertThat(extended.wasExtended()).isTrue();
        }
    }
}

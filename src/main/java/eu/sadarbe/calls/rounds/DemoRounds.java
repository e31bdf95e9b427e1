package eu.sadarbe.calls.rounds;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.calls.CallRounds;

/**
 * Demo rounds: the 2020 round 1 as history (24.03.2020 12:00, extended to 23.04.2020 12:00; youth 05.02.2020,
 * extended to 11.02.2020 after the outage) and an open demo round whose deadline lies 30 days after start-up.
 */
@Component
@Profile("demo")
class DemoRounds implements ApplicationRunner {

    static final String OPEN_DEMO_LABEL = "Demo round (open)";
    private static final Set<String> EDUCATION = Set.of("KA201", "KA202", "KA203", "KA204", "KA229");
    private static final LocalTime NOON = LocalTime.NOON;

    private final CallRounds rounds;
    private final CallRoundRepository repository;
    private final Clock clock;

    DemoRounds(CallRounds rounds, CallRoundRepository repository, Clock clock) {
        this.rounds = rounds;
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (repository.findByCallYearAndRoundNumber(2020, 1).isEmpty()) {
            CallRoundSummary education = rounds.define(2020, 1, "2020 round 1", EDUCATION,
                    LocalDateTime.of(2020, 3, 24, 12, 0), "demo");
            rounds.extend(education.id(), LocalDateTime.of(2020, 4, 23, 12, 0),
                    "COVID-19: the Commission moved the deadline of KA201-KA204 and KA229 to 23 April 2020", "demo");
            CallRoundSummary youth = rounds.define(2020, 1, "2020 round 1 (youth)", Set.of("KA205"),
                    LocalDateTime.of(2020, 2, 5, 12, 0), "demo");
            rounds.extend(youth.id(), LocalDateTime.of(2020, 2, 11, 12, 0),
                    "Technical difficulties made online submission impossible; deadline moved to 11 February 2020", "demo");
        }
        LocalDateTime openUntil = LocalDateTime.of(LocalDate.now(clock.withZone(CallRoundSummary.BRUSSELS)).plusDays(30), NOON);
        var demo = repository.findByCallYearAndRoundNumber(2020, 3).stream()
                .filter(round -> OPEN_DEMO_LABEL.equals(round.label())).findFirst();
        if (demo.isPresent()) {
            demo.get().keepOpenUntil(openUntil);
            repository.save(demo.get());
        } else {
            rounds.define(2020, 3, OPEN_DEMO_LABEL, Set.of("KA201", "KA202", "KA203", "KA204", "KA205", "KA229"),
                    openUntil, "demo");
        }
    }
}

package eu.sadarbe.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.calls.rounds.CallRoundRepository;

/**
 * Demo rounds: the 2020 round 1 as history (24.03.2020 12:00, extended to 23.04.2020 12:00; youth 05.02.2020,
 * extended to 11.02.2020 after the outage) and an open demo round whose deadline lies 30 days after start-up.
 */
@Component
@Profile("demo")
public class DemoRounds implements ApplicationRunner {

    public static final String OPEN_DEMO_LABEL = "Demo round (open)";
    private static final String COVID = "COVID-19: the Commission moved the deadline of KA201-KA204 and KA229 to 23 April 2020";
    private static final String COVID_LV = "COVID-19 dēļ Eiropas Komisija pārcēla KA201–KA204 un KA229 iesniegšanas "
            + "termiņu uz 2020. gada 23. aprīli";
    private static final String OUTAGE = "Technical difficulties made online submission impossible; deadline moved to 11 February 2020";
    private static final String OUTAGE_LV = "Tehnisku traucējumu dēļ pieteikumus nevarēja iesniegt tiešsaistē; termiņš "
            + "pārcelts uz 2020. gada 11. februāri";
    /** The Latvian names of the demo rounds and their reasons. */
    private static final Map<String, String[]> LATVIAN = Map.of(
            "2020 round 1", new String[] {"2020. gada 1. kārta", COVID_LV},
            "2020 round 1 (youth)", new String[] {"2020. gada 1. kārta (jaunatne)", OUTAGE_LV},
            OPEN_DEMO_LABEL, new String[] {"Demonstrācijas kārta (atvērta)", null},
            "Demo assessment round (closed)", new String[] {"Demonstrācijas vērtēšanas kārta (slēgta)", null});
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
            CallRoundSummary education = rounds.define(2020, 1, "2020 round 1", latvian("2020 round 1"), EDUCATION,
                    LocalDateTime.of(2020, 3, 24, 12, 0), "demo");
            rounds.extend(education.id(), LocalDateTime.of(2020, 4, 23, 12, 0), COVID, COVID_LV, "demo");
            CallRoundSummary youth = rounds.define(2020, 1, "2020 round 1 (youth)", latvian("2020 round 1 (youth)"),
                    Set.of("KA205"), LocalDateTime.of(2020, 2, 5, 12, 0), "demo");
            rounds.extend(youth.id(), LocalDateTime.of(2020, 2, 11, 12, 0), OUTAGE, OUTAGE_LV, "demo");
        }
        LocalDateTime openUntil = LocalDateTime.of(LocalDate.now(clock.withZone(CallRoundSummary.BRUSSELS)).plusDays(30), NOON);
        var demo = repository.findByCallYearAndRoundNumber(2020, 3).stream()
                .filter(round -> OPEN_DEMO_LABEL.equals(round.label())).findFirst();
        if (demo.isPresent()) {
            // DEMO HOOK (issue #14 item 7, kept): the round's own method keeps it open; no use case moves a deadline
            // later without recording an extension (R-SUB-03), which a restart must not add.
            demo.get().keepOpenUntil(openUntil);
            repository.save(demo.get());
        } else {
            rounds.define(2020, 3, OPEN_DEMO_LABEL, latvian(OPEN_DEMO_LABEL),
                    Set.of("KA201", "KA202", "KA203", "KA204", "KA205", "KA229"), openUntil, "demo");
        }
    }

    private static String latvian(String demoLabel) {
        return LATVIAN.get(demoLabel)[0];
    }
}

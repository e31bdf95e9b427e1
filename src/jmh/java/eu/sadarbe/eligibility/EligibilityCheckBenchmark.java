package eu.sadarbe.eligibility;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import eu.sadarbe.applications.ActivityType;
import eu.sadarbe.applications.ApplicationDocument;
import eu.sadarbe.applications.ApplicationFixtures;
import eu.sadarbe.applications.ParticipantKind;
import eu.sadarbe.budget.Budgeting;
import eu.sadarbe.calls.MigrationRuleParameters;
import eu.sadarbe.calls.NationalAgency;
import eu.sadarbe.calls.RuleParameters;
import eu.sadarbe.calls.StaffCategory;
import eu.sadarbe.shared.CountryCode;

/**
 * One check of a large application — 12 organisations, 60 activity lines — with the call year's figures in
 * memory, as the rule book caches them: the engine must stay well under a millisecond (issue 3).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EligibilityCheckBenchmark {

    static final List<String> PARTNERS = List.of("EE", "LT", "DE", "FI", "SE", "PL", "EL", "UK", "NO", "TR", "CH");

    EligibilityCheck engine;
    ApplicationDocument document;
    RuleParameters parameters;
    Optional<NationalAgency> agency;

    @Setup
    public void prepare() {
        // The pure entry point: neither the rule book nor the reference data is touched.
        engine = new EligibilityCheck(null, new Budgeting());
        parameters = MigrationRuleParameters.forCall(2020, "KA202");
        agency = Optional.of(new NationalAgency("LV01", CountryCode.of("LV"), "Valsts izglītības attīstības aģentūra",
                "State Education Development Agency", true, List.of("KA202")));
        ApplicationFixtures fixture = ApplicationFixtures.aKA202Application().lasting(36).withApplicantFrom("LV")
                .withPartnersFrom(PARTNERS.toArray(String[]::new));
        for (int line = 0; line < 15; line++) {
            fixture.withMeeting(line % 12, (line + 1) % 12, 2, 300 + 150 * line);
        }
        for (int line = 0; line < 15; line++) {
            fixture.withOutput(line % 12, StaffCategory.values()[line % 4], 10 + line);
        }
        for (int line = 0; line < 5; line++) {
            fixture.withMultiplierEvent(line, 30 + line, 5);
        }
        for (int line = 0; line < 25; line++) {
            fixture.withLearningActivity(ActivityType.values()[line % 7], (line + 3) % 12, line % 12,
                    ParticipantKind.values()[line % 3], 2 + line % 5, 150 * line, 3 + 3 * line);
        }
        document = fixture.withSpecialNeeds(1, "1200").withExceptionalCost(0, "4000").build();
        if (document.organisations().size() != 12) {
            throw new IllegalStateException("The benchmark needs 12 organisations");
        }
    }

    @Benchmark
    public CheckReport checkALargeApplication() {
        return engine.check(document, parameters, agency);
    }
}

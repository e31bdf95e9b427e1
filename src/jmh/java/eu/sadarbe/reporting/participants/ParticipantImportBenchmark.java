package eu.sadarbe.reporting.participants;

import java.time.LocalDate;
import java.util.List;
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
import org.springframework.context.support.ResourceBundleMessageSource;

import eu.sadarbe.calls.DistancePurpose;
import eu.sadarbe.calls.MigrationRuleParameters;
import eu.sadarbe.calls.RuleParameters;
import eu.sadarbe.places.Place;
import eu.sadarbe.places.PlaceLookup;
import eu.sadarbe.places.PlaceReference;
import eu.sadarbe.places.domain.Gazetteer;
import eu.sadarbe.places.domain.GreatCircle;

/**
 * Importing 2,000 participants (issue 19: "2,000 participant rows import in a few seconds"): reading the .xlsx (or
 * the CSV) with Apache POI / Commons CSV and checking every row against the project and the 2020 figures (R-FIN-07,
 * R-FIN-08, R-CTRY-01), the distance of each of 20 places of origin to the venue measured with the real gazetteer and
 * great-circle formula, as the distance calculator does. Everything but the one UPDATE of the section.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ParticipantImportBenchmark {

    static final List<String> ORIGINS = List.of("Jelgava, LV", "Rīga, LV", "Liepāja, LV", "Daugavpils, LV",
            "Ventspils, LV", "Valmiera, LV", "Cēsis, LV", "Sigulda, LV", "Jūrmala, LV", "Ogre, LV", "Tallinn, EE",
            "Tartu, EE", "Pärnu, EE", "Vilnius, LT", "Kaunas, LT", "Helsinki, FI", "Stockholm, SE", "Warsaw, PL",
            "Berlin, DE", "Lisbon, PT");

    ParticipantRows.Project project;
    ParticipantRows.DistanceFinder distances;
    byte[] xlsx;
    byte[] csv;

    @Setup
    public void prepare() {
        RuleParameters parameters = MigrationRuleParameters.forCall(2020, "KA229");
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/messages");
        messages.setDefaultEncoding("UTF-8");
        project = new ParticipantRows.Project(LocalDate.of(2020, 9, 1), LocalDate.of(2022, 8, 31),
                java.util.Set.of("E10000002", "E10000012"), java.util.Set.of("E10000002"), parameters,
                ParticipantImport.activityTypes(messages));
        Gazetteer gazetteer = new Gazetteer();
        gazetteer.size();   // waits until the gazetteer is read, as the running application has it
        distances = (from, to) -> {
            PlaceLookup origin = gazetteer.lookUp(PlaceReference.parse(from));
            PlaceLookup venue = gazetteer.lookUp(PlaceReference.parse(to));
            if (!origin.isFound() || !venue.isFound()) {
                return ParticipantRows.Measured.unknown();
            }
            Place a = origin.place();
            Place b = venue.place();
            int km = GreatCircle.kilometres(a.latitude(), a.longitude(), b.latitude(), b.longitude());
            return ParticipantRows.Measured.of(km, parameters.band(DistancePurpose.LEARNING_TRAVEL, km).orElse(null));
        };
        List<List<Object>> rows = ParticipantFiles.schoolExchange(2_000);
        for (int index = 0; index < rows.size(); index++) {
            List<Object> row = rows.get(index);
            row.set(0, "C" + (index % 10 + 1));
            row.set(3, "Tartu, EE");
            row.set(11, ORIGINS.get(index % ORIGINS.size()));
            row.set(12, null);
        }
        xlsx = ParticipantFiles.xlsx(ParticipantFiles.LATVIAN, rows);
        csv = ParticipantFiles.csv(';', true, ParticipantFiles.LATVIAN, rows);
        ParticipantRows.Checked checked = importXlsx();
        if (checked.imported().size() != 2_000 || !checked.refused().isEmpty()) {
            throw new IllegalStateException("The benchmark's rows must all be valid: " + checked.refused());
        }
    }

    @Benchmark
    public ParticipantRows.Checked importXlsx() {
        return new ParticipantRows(project, distances).check(ParticipantSheet.read(xlsx).rows(), List.of(),
                ParticipantRows.Mode.APPEND);
    }

    @Benchmark
    public ParticipantRows.Checked importCsv() {
        return new ParticipantRows(project, distances).check(ParticipantSheet.read(csv).rows(), List.of(),
                ParticipantRows.Mode.APPEND);
    }
}

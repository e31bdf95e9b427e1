package eu.sadarbe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 16: the README's settings table ("## Settings") names every {@code sadarbe.*} setting that Boot's
 * configuration metadata knows (from the {@code @ConfigurationProperties} records and
 * {@code META-INF/additional-spring-configuration-metadata.json}), and every {@code SADARBE_*} variable that the
 * properties files read. A new setting fails this test until its row is added to the table.
 */
class ConfigurationSettingsTests {

    private static final Pattern ROW = Pattern.compile("^\\|\\s*`(sadarbe\\.[a-z0-9.\\-\\[\\]]+|[A-Z_]+)`");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(SADARBE_[A-Z0-9_]+)");

    @Test
    void theReadmeListsEverySettingInTheMetadataAndNoOther() throws IOException {
        Set<String> documented = settingsTable().stream().filter(name -> name.startsWith("sadarbe."))
                .collect(TreeSet::new, Set::add, Set::addAll);

        Set<String> known = new TreeSet<>();
        JsonNode metadata = JsonMapper.builder().build()
                .readTree(Path.of("target/classes/META-INF/spring-configuration-metadata.json").toFile());
        metadata.get("properties").forEach(property -> known.add(property.get("name").asString()));
        known.removeIf(name -> !name.startsWith("sadarbe."));

        assertThat(known).as("settings in the metadata").hasSizeGreaterThan(10);
        assertThat(documented).as("rows of the README's settings table").containsAll(known);
        assertThat(known).as("settings that the README's table names").containsAll(documented);
    }

    @Test
    void theReadmeListsEveryEnvironmentVariableThePropertiesRead() throws IOException {
        Set<String> read = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".properties")).toList()) {
                Matcher variable = VARIABLE.matcher(Files.readString(file));
                while (variable.find()) {
                    read.add(variable.group(1));
                }
            }
        }
        Set<String> documented = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            Matcher names = Pattern.compile("`(SADARBE_[A-Z0-9_]+)`").matcher(line);
            while (line.startsWith("|") && names.find()) {
                documented.add(names.group(1));
            }
        }

        assertThat(read).hasSizeGreaterThan(5);
        assertThat(documented).containsAll(read);
    }

    @Test
    void refusesAnH2FileDatabaseWithoutAProfileAndSaysHowToChoose() {
        MockEnvironment noProfile = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:h2:file:./data/sadarbe;MODE=PostgreSQL");

        assertThatThrownBy(() -> EmbeddedDatabaseGuard.check(noProfile))
                .isInstanceOf(EmbeddedDatabaseGuard.EmbeddedDatabaseNotChosen.class)
                .hasMessageContaining("jdbc:h2:file:./data/sadarbe");
        var analysis = new EmbeddedDatabaseGuard.Analyzer().analyze(
                new IllegalStateException(new EmbeddedDatabaseGuard.EmbeddedDatabaseNotChosen("jdbc:h2:file:x")));
        assertThat(analysis.getAction()).contains("SPRING_PROFILES_ACTIVE=postgres", "--spring.profiles.active=demo",
                "sadarbe.h2.allow-file-database=true");
    }

    @Test
    void startsOnH2WhenAProfileOrTheSettingChoseIt() {
        String file = "jdbc:h2:file:./data/sadarbe";
        MockEnvironment demo = new MockEnvironment().withProperty("spring.datasource.url", file);
        demo.setActiveProfiles("demo");
        EmbeddedDatabaseGuard.check(demo);
        EmbeddedDatabaseGuard.check(new MockEnvironment().withProperty("spring.datasource.url", file)
                .withProperty("sadarbe.h2.allow-file-database", "true"));
        EmbeddedDatabaseGuard.check(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:h2:mem:trial"));
        EmbeddedDatabaseGuard.check(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/sadarbe"));
    }

    private static Set<String> settingsTable() throws IOException {
        Set<String> names = new TreeSet<>();
        boolean inSettings = false;
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            if (line.startsWith("## ")) {
                inSettings = line.equals("## Settings");
            } else if (inSettings) {
                Matcher row = ROW.matcher(line);
                if (row.find()) {
                    names.add(row.group(1));
                }
            }
        }
        return names;
    }
}

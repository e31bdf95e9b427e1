package eu.sadarbe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The references the code relies on — the style guide, the programme's rules with their ids and the application
 * document — live in {@code ../shared} beside the checkout; {@code docs/shared/} keeps copies so that the repository
 * stands alone (issue #14). Each copy must equal its original whenever that folder is there, as the API examples are
 * compared in {@code ApplicationCheckExamplesTests}; and the project's own documents point to the copies.
 */
class SharedDocumentsTests {

    static final Path SHARED = Path.of("..", "shared");
    static final Path COPIES = Path.of("docs", "shared");
    static final List<String> RELIED_ON = List.of("STYLE.md", "domain/erasmus-ka2-rules.md",
            "api/application-document.md");

    @Test
    void theCopiesAreThere() throws IOException {
        for (String name : RELIED_ON) {
            assertThat(COPIES.resolve(name)).as(name).isRegularFile();
            assertThat(Files.readString(COPIES.resolve(name))).as(name).isNotBlank();
        }
        assertThat(copies()).containsExactlyInAnyOrderElementsOf(RELIED_ON);
    }

    @Test
    void eachCopyIsTheSharedOne() throws IOException {
        if (!Files.isDirectory(SHARED)) {
            return;   // the copies stand in where the shared folder is not checked out
        }
        for (String name : RELIED_ON) {
            assertThat(Files.readString(COPIES.resolve(name))).as("docs/shared/" + name + " against ../shared")
                    .isEqualTo(Files.readString(SHARED.resolve(name)));
        }
    }

    @Test
    void theProjectsDocumentsPointToTheCopiesNotOutsideTheRepository() throws IOException {
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            for (Path document : Stream.concat(Stream.of(Path.of("README.md")), docs
                    .filter(path -> path.toString().endsWith(".md"))).toList()) {
                assertThat(Files.readString(document)).as(document.toString()).doesNotContain("../shared/");
            }
        }
    }

    static List<String> copies() throws IOException {
        try (Stream<Path> files = Files.walk(COPIES)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> COPIES.relativize(file).toString().replace('\\', '/')).toList();
        }
    }
}

package eu.sadarbe.eligibility.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.applications.RandomDocuments;

/** Malformed documents through the whole stack, seeded: answers are 200, 400 or 422 — never a 500. */
@SadarbeTest
class MalformedDocumentFuzzTests {

    @Autowired
    MockMvc mvc;

    static LongStream seeds() {
        return new Random(20261126L).longs(80);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void neverAnswers500(long seed) throws Exception {
        String example = Files.readString(Path.of("src/test/resources/api-examples/reading-together.json"));
        String json = RandomDocuments.malformed(example, new Random(seed));
        int status = mvc.perform(post("/api/v1/application-checks").contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", seed % 2 == 0 ? "lv" : "en").content(json)).andReturn().getResponse().getStatus();
        assertThat(status).as(json).isIn(200, 400, 422);
    }
}

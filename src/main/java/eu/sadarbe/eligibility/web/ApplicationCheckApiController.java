package eu.sadarbe.eligibility.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import eu.sadarbe.applications.ApplicationDocumentReader;
import eu.sadarbe.applications.MalformedDocument;
import eu.sadarbe.calls.UnknownCallYear;
import eu.sadarbe.eligibility.EligibilityCheck;
import eu.sadarbe.web.PublicPaths;

/** The public pre-submission check of an application document (shared API document §2). Stores nothing. */
@RestController
@Tag(name = "Application checks", description = "Check an application document against the eligibility and funding rules")
class ApplicationCheckApiController {

    private final ApplicationDocumentReader reader;
    private final EligibilityCheck eligibility;
    private final CheckMessages messages;

    ApplicationCheckApiController(ApplicationDocumentReader reader, EligibilityCheck eligibility,
                                  CheckMessages messages) {
        this.reader = reader;
        this.eligibility = eligibility;
        this.messages = messages;
    }

    @Bean
    static PublicPaths applicationCheckPublicPaths() {
        return PublicPaths.of("/api/v1/application-checks", "/check", "/check/**");
    }

    @PostMapping(path = "/api/v1/application-checks", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Check an application document (v1): may it be submitted, and what grant does it ask for?",
            description = "Public, no session. Answers in the language of Accept-Language (en, lv).",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The document is well formed; findings and budget"),
                    @ApiResponse(responseCode = "400", description = "Not well formed: every fault with its JSON Pointer in `errors`",
                            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class))),
                    @ApiResponse(responseCode = "422", description = "No rule set for the call year",
                            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))})
    CheckResponse check(@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The application document v1",
            content = @Content(mediaType = "application/json")) @RequestBody(required = false) @Nullable String document,
                        Locale locale) {
        return CheckResponse.of(eligibility.check(reader.read(document == null ? "" : document)), messages, locale);
    }

    @ExceptionHandler(MalformedDocument.class)
    ProblemDetail malformed(MalformedDocument malformed, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.text("check.malformed.detail", locale, malformed.faults().size()));
        problem.setTitle(messages.text("check.malformed.title", locale));
        problem.setType(URI.create("urn:sadarbe:problem:malformed-application-document"));
        List<Map<String, String>> errors = malformed.faults().stream()
                .map(fault -> Map.of("pointer", fault.pointer(), "detail", messages.of(fault, locale)))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(UnknownCallYear.class)
    ProblemDetail ruleSetNotAvailable(UnknownCallYear unknown, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.text("check.ruleSetNotAvailable.detail", locale, String.valueOf(unknown.callYear())));
        problem.setTitle(messages.text("check.ruleSetNotAvailable.title", locale));
        problem.setType(URI.create("urn:sadarbe:problem:rule-set-not-available"));
        return problem;
    }
}

package eu.sadarbe.eligibility.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import eu.sadarbe.applications.document.ApplicationDocumentReader;
import eu.sadarbe.calls.UnknownCallYear;
import eu.sadarbe.eligibility.EligibilityCheck;
import eu.sadarbe.shared.Refusal;
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
        try {
            return CheckResponse.of(eligibility.check(reader.read(document == null ? "" : document)), messages, locale);
        } catch (UnknownCallYear unknown) {
            // In a document, a call year without rules is not a malformed request: the check cannot run (422).
            throw new RuleSetNotAvailable(unknown.callYear());
        }
    }

    /** No rule set for the document's call year: the check cannot run. */
    static class RuleSetNotAvailable extends RuntimeException implements Refusal {

        private final int callYear;

        RuleSetNotAvailable(int callYear) {
            super("No rule set for call year " + callYear);
            this.callYear = callYear;
        }

        @Override
        public Kind kind() {
            return Kind.UNPROCESSABLE;
        }

        @Override
        public String messageKey() {
            return "check.ruleSetNotAvailable.detail";
        }

        @Override
        public Object[] messageArguments(Wording wording) {
            return new Object[] {String.valueOf(callYear)};
        }

        @Override
        public String titleKey() {
            return "check.ruleSetNotAvailable.title";
        }

        @Override
        public String problemType() {
            return "urn:sadarbe:problem:rule-set-not-available";
        }
    }
}

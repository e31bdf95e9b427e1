package eu.sadarbe.assessment.web;

import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.assessment.experts.Assignment;
import eu.sadarbe.assessment.experts.Assignments;
import eu.sadarbe.assessment.scoring.AssessmentState;
import eu.sadarbe.assessment.scoring.Consolidation;
import eu.sadarbe.assessment.scoring.RoundGroup;
import eu.sadarbe.assessment.scoring.Scoring;

/**
 * The assessments over HTTP: the agency's tools read every application's assessment (officers of that agency only);
 * experts read, save and submit their own (R-AWD-01). Problems come as {@code application/problem+json}.
 */
@RestController
@Tag(name = "Assessments", description = "Experts' scores on the award criteria and the agency's view of them")
class AssessmentApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final Assignments assignments;
    private final Scoring scoring;
    private final Consolidation consolidation;

    AssessmentApiController(Assignments assignments, Scoring scoring, Consolidation consolidation) {
        this.assignments = assignments;
        this.scoring = scoring;
        this.consolidation = consolidation;
    }

    @Operation(summary = "The agency's eligible applications with their experts, statuses and totals, page by page",
            description = "By call year, round, action type and application number; `group` (e.g. `2020/1/KA202`) "
                    + "keeps one call year, round and action type; `page` from 0, `size` up to 100 (25 by default). "
                    + "Officers of the agency only (403 otherwise).")
    @GetMapping("/api/v1/agency/{code}/assessments")
    AssessmentResponses.AssessmentPage ofAgency(
            @PathVariable String code,
            @Parameter(description = "Call year, round and action type", schema = @Schema(type = "string",
                    pattern = "^\\d{4}/\\d/KA\\d{3}$", example = "2020/1/KA202"))
            @RequestParam(required = false) @Nullable RoundGroup group,
            @Parameter(description = "The page, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Applications per page, 1 to 100") @RequestParam(defaultValue = "25") int size,
            @AuthenticationPrincipal SignedInUser user) {
        int perPage = Math.min(Math.max(1, size), MAX_PAGE_SIZE);
        Consolidation.Page found = consolidation.page(user, code, group, page, perPage);
        return new AssessmentResponses.AssessmentPage(found.count(), found.page(), perPage, found.pages(),
                found.states().stream().map(AssessmentResponses.ApplicationAssessment::of).toList());
    }

    @Operation(summary = "One application's assessment", description = """
            404 when the application is not an eligible one of this agency; 403 for anyone but its officers.""")
    @GetMapping("/api/v1/agency/{code}/assessments/{applicationId}")
    AssessmentResponses.ApplicationAssessment ofApplication(@PathVariable String code,
                                                            @PathVariable ApplicationId applicationId,
                                                            @AuthenticationPrincipal SignedInUser user) {
        user.requireOfficerOf(code);
        AssessmentState state = consolidation.state(user, applicationId);
        return AssessmentResponses.ApplicationAssessment.of(state);
    }

    @Operation(summary = "The expert's own assessment (after declaring no conflict of interest)",
            description = "404 for anyone else's assignment.")
    @GetMapping("/api/v1/assessments/{assignmentId}")
    AssessmentResponses.Sheet sheet(@PathVariable UUID assignmentId, @AuthenticationPrincipal SignedInUser user) {
        Assignment assignment = assignments.ofExpert(user, assignmentId);
        return AssessmentResponses.Sheet.of(assignment, scoring.sheet(user, assignmentId));
    }

    @Operation(summary = "Declare whether the expert has a conflict of interest",
            description = "A conflict releases the assignment; the officer then replaces the expert.")
    @PostMapping("/api/v1/assessments/{assignmentId}/declaration")
    Map<String, String> declare(@PathVariable UUID assignmentId,
                                @RequestBody AssessmentResponses.DeclarationRequest declaration,
                                @AuthenticationPrincipal SignedInUser user) {
        return Map.of("status", assignments.declare(user, assignmentId, declaration.conflict(),
                declaration.reason()).status().name());
    }

    @Operation(summary = "Save the draft (R-AWD-01)", description = """
            Saves whatever is given, complete or not. 422 for points beyond a criterion's maximum, 409 once
            submitted (locked) or before the declaration.""")
    @PutMapping("/api/v1/assessments/{assignmentId}")
    AssessmentResponses.Sheet save(@PathVariable UUID assignmentId,
                                   @RequestBody AssessmentResponses.SheetRequest request,
                                   @AuthenticationPrincipal SignedInUser user) {
        Assignment assignment = assignments.ofExpert(user, assignmentId);
        return AssessmentResponses.Sheet.of(assignment,
                scoring.saveDraft(user, assignmentId, request.toSheet(assignmentId)));
    }

    @Operation(summary = "Submit the saved draft and lock it", description = """
            422 with the problems when a score or comment is missing; 409 when submitted already.""")
    @PostMapping("/api/v1/assessments/{assignmentId}/submission")
    AssessmentResponses.Sheet submit(@PathVariable UUID assignmentId, @AuthenticationPrincipal SignedInUser user) {
        Assignment assignment = assignments.ofExpert(user, assignmentId);
        return AssessmentResponses.Sheet.of(assignment, scoring.submit(user, assignmentId));
    }
}

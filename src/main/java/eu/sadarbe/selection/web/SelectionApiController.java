package eu.sadarbe.selection.web;

import java.math.BigDecimal;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import eu.sadarbe.selection.RankingKey;
import eu.sadarbe.selection.domain.Candidate;
import eu.sadarbe.selection.domain.Decision;
import eu.sadarbe.selection.domain.Envelope;
import eu.sadarbe.selection.domain.Ranking;
import eu.sadarbe.selection.domain.SelectionDesk;
import eu.sadarbe.selection.domain.UnknownApplication;
import eu.sadarbe.selection.web.SelectionRequests.DecisionsRequest;
import eu.sadarbe.selection.web.SelectionRequests.EnvelopeRequest;
import eu.sadarbe.selection.web.SelectionRequests.OverrideRequest;

/**
 * The agency's own tools: the ranking, the envelope and the decisions over HTTP (R-AWD-05), for officers of the
 * agency only.
 */
@RestController
@Tag(name = "Selection", description = "Rank an agency's applications within the budget envelope and decide (R-AWD-05)")
class SelectionApiController {

    private final SelectionDesk desk;

    SelectionApiController(SelectionDesk desk) {
        this.desk = desk;
    }

    @Operation(summary = "The ranking of one round and action type, with the cut-off and the decisions",
            description = """
            Passing applications by total, then relevance, then impact, then application number; funded down the
            list until the first that does not fit entirely. With `envelope`, a what-if ranking (nothing saved).
            403 unless the caller is an officer of the agency.""")
    @GetMapping("/api/v1/agency/{code}/ranking")
    RankingResponse ranking(@PathVariable String code, @RequestParam int year, @RequestParam int round,
                            @RequestParam String actionType,
                            @Parameter(description = "What-if envelope in euros; not saved")
                            @RequestParam(required = false) @Nullable BigDecimal envelope,
                            @AuthenticationPrincipal SignedInUser user) {
        RankingKey key = new RankingKey(code, year, round, actionType);
        Ranking ranking = envelope == null ? desk.ranking(key, user) : desk.whatIf(key, envelope, user);
        return RankingResponse.of(ranking, desk.decisions(key, user));
    }

    @Operation(summary = "Set or change the budget envelope of a round and action type (kept in its history)")
    @PutMapping("/api/v1/agency/{code}/envelopes/{year}/{round}/{actionType}")
    Map<String, Object> setEnvelope(@PathVariable String code, @PathVariable int year, @PathVariable int round,
                                    @PathVariable String actionType, @Valid @RequestBody EnvelopeRequest request,
                                    @AuthenticationPrincipal SignedInUser user) {
        RankingKey key = new RankingKey(code, year, round, actionType);
        Envelope envelope = desk.setEnvelope(key, request.amount(),
                request.reserveSize() == null ? desk.defaultReserveSize(key) : request.reserveSize(), user);
        return Map.of("amount", envelope.amount(), "reserveSize", envelope.reserveSize());
    }

    @Operation(summary = "Record the decisions the ranking suggests", description = """
            Funded → SELECTED, reserve → RESERVE, the rest → REJECTED; individual overrides and decisions whose
            letter was issued are kept. 409 while the deadline of an application of the round has not passed
            (R-SUB-01, with extensions R-SUB-02 and R-SUB-03). Answers the ranking with the decisions.""")
    @PostMapping("/api/v1/agency/{code}/decisions")
    RankingResponse recordDecisions(@PathVariable String code, @Valid @RequestBody DecisionsRequest request,
                                    @AuthenticationPrincipal SignedInUser user) {
        RankingKey key = new RankingKey(code, request.callYear(), request.roundNumber(), request.actionType());
        desk.recordDecisions(key, user);
        return RankingResponse.of(desk.ranking(key, user), desk.decisions(key, user));
    }

    @Operation(summary = "Decide one application against the ranking, with a reason (409 once its letter was issued)",
            description = "A selection that takes the selected grants over the envelope also needs overEnvelopeReason "
                    + "(422 with overEnvelopeBy otherwise).")
    @PostMapping("/api/v1/agency/{code}/applications/{id}/decision")
    Map<String, Object> override(@PathVariable String code, @PathVariable ApplicationId id,
                                 @Valid @RequestBody OverrideRequest request,
                                 @AuthenticationPrincipal SignedInUser user) {
        Candidate candidate = desk.candidate(id, user);
        if (!candidate.ranking().nationalAgencyCode().equals(code)) {
            throw new UnknownApplication();
        }
        Decision decision = desk.override(id, request.outcome(), request.grantedAmount(), request.reason(),
                request.overEnvelopeReason(), user);
        return Map.of("applicationId", id.value(), "decision", decision.outcome().name(),
                "grantedAmount", decision.granted() == null ? "" : decision.granted(),
                "decidedBy", decision.decidedByEmail(), "decidedAt", decision.decidedAt().toString());
    }
}

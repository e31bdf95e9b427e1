package eu.sadarbe.calls.web;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.web.PublicPaths;

/** The call rounds and their deadlines in Brussels time, for anyone's tools. */
@RestController
@Tag(name = "Call rounds", description = "Rounds of each call year with their deadlines (R-SUB-01, R-SUB-03)")
class CallRoundsApiController {

    private final CallRounds rounds;

    CallRoundsApiController(CallRounds rounds) {
        this.rounds = rounds;
    }

    @Bean
    static PublicPaths roundsPublicPaths() {
        return PublicPaths.of("/rounds", "/api/v1/call-rounds");
    }

    @GetMapping("/api/v1/call-rounds")
    @Operation(summary = "Every call round, latest deadline first; deadlines carry the Brussels offset")
    List<RoundResponse> rounds() {
        return rounds.all().stream().map(RoundResponse::of).toList();
    }

    record RoundResponse(String id, int callYear, int roundNumber, @Nullable String label, List<String> actionTypes,
                         OffsetDateTime deadline, @Nullable OffsetDateTime originalDeadline,
                         @Nullable String extensionReason, @Nullable String labelLv,
                         @Nullable String extensionReasonLv) {
        static RoundResponse of(CallRoundSummary round) {
            return new RoundResponse(round.id().toString(), round.callYear(), round.roundNumber(), round.label(),
                    round.actionTypes(), round.effectiveDeadline().toOffsetDateTime(),
                    round.wasExtended() ? round.deadline().atZone(CallRoundSummary.BRUSSELS).toOffsetDateTime() : null,
                    round.extensionReason(), round.labelLv(), round.extensionReasonLv());
        }
    }
}

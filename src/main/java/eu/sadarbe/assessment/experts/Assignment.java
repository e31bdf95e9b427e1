package eu.sadarbe.assessment.experts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.applications.ApplicationId;

/**
 * One expert assigned to one application. {@code reason} says why: for a suggestion
 * {@code suggested|<field>|<language>|<workload>}, for a declared conflict the expert's words.
 */
public record Assignment(UUID id, ApplicationId applicationId, AccountId expertId, String expertEmail,
                         String expertName, AssignmentStatus status, boolean thirdExpert, @Nullable String reason,
                         Instant assignedAt) {

    public boolean isSuggestion() {
        return reason != null && reason.startsWith("suggested|");
    }

    /** The field, language and workload a suggestion was based on. */
    public List<String> suggestionGrounds() {
        return isSuggestion() ? List.of(reason.split("\\|")).subList(1, 4) : List.of();
    }
}

package eu.sadarbe.assessment.experts;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.applications.ApplicationId;

/**
 * A submitted application as the experts' work needs it, learnt from its formal check: eligible ones are assessed.
 * {@code consortiumOids} holds every organisation of the frozen document; the language is the one it was written in.
 */
public record Assessable(ApplicationId applicationId, java.util.UUID submissionId, String applicationNumber,
                         String nationalAgencyCode, int callYear, int roundNumber, String actionType,
                         @Nullable String title, String language, @Nullable String applicantOid,
                         List<String> consortiumOids, BigDecimal requestedGrant, boolean eligible) {

    public Assessable {
        consortiumOids = List.copyOf(consortiumOids);
    }
}

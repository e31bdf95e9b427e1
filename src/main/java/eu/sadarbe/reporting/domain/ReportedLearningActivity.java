package eu.sadarbe.reporting.domain;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.applications.document.ActivityType;

/** A learning, teaching or training activity that took place, hosted by {@code host} at {@code venue}. */
public record ReportedLearningActivity(String id, ActivityType activityType, String host, @Nullable String venue,
                                       LocalDate start, LocalDate end, List<Participant> participants) {

    public ReportedLearningActivity {
        participants = List.copyOf(participants);
    }
}

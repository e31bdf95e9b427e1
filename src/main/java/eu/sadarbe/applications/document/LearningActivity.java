package eu.sadarbe.applications.document;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A learning, teaching or training activity hosted by one organisation (R-FIN-07, R-FIN-08). */
public record LearningActivity(@Nullable String id, ActivityType activityType, String host,
                               List<LearningTraveller> travellers) {

    public LearningActivity {
        travellers = List.copyOf(travellers);
    }
}

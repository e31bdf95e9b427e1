package eu.sadarbe.applications.document;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A transnational project meeting hosted by one organisation (R-FIN-04). */
public record TransnationalMeeting(@Nullable String id, String host, List<MeetingTraveller> travellers) {

    public TransnationalMeeting {
        travellers = List.copyOf(travellers);
    }
}

package eu.sadarbe.reporting.domain;

import java.time.LocalDate;
import java.util.List;

import eu.sadarbe.applications.document.MeetingTraveller;

/** A transnational project meeting that took place (R-FIN-04): who travelled from which organisation, how far. */
public record ReportedMeeting(String id, String host, LocalDate date, List<MeetingTraveller> travellers) {

    public ReportedMeeting {
        travellers = List.copyOf(travellers);
    }
}

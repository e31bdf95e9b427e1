package eu.sadarbe.applications.document;

/** People travelling to a meeting from one organisation, with the one-way distance in km (R-FIN-04). */
public record MeetingTraveller(String from, int participants, int distanceKm) {
}

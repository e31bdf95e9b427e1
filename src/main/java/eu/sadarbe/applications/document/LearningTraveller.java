package eu.sadarbe.applications.document;

/**
 * Participants of one kind travelling from one organisation to a learning activity; {@code days} of individual
 * support per participant, travel days included (R-FIN-07, R-FIN-08).
 */
public record LearningTraveller(String from, ParticipantKind participantKind, int participants, int distanceKm,
                                int days) {
}

package eu.sadarbe.applications;

/** Application documents of the demo organisations: Anna's Latvian VET school applies with Pēteris's partners. */
public final class DraftDocuments {

    public static final String ANNA = "anna.berzina@demo.sadarbe.eu";
    public static final String PETERIS = "peteris.kalnins@demo.sadarbe.eu";
    public static final String ILZE_LV01_OFFICER = "ilze.ozola@demo.sadarbe.eu";

    private DraftDocuments() {
    }

    /** Rīgas Valsts tehnikums (E10000001, Anna) applies with Tallinn (E10000003) and Köln (E10000004). */
    public static String annasDocument(String title) {
        return """
                {"callYear": 2020, "actionType": "KA202", "projectType": "INNOVATION", "title": "%s",
                 "startDate": "2020-09-01", "durationMonths": 24, "priorities": ["HZ-ENVIRONMENT-CLIMATE"],
                 "organisations": [
                   {"oid": "E10000001", "legalName": "Rīgas Valsts tehnikums", "country": "LV", "city": "Rīga",
                    "organisationType": "VET_PROVIDER", "role": "APPLICANT"},
                   {"oid": "E10000003", "legalName": "Tallinna Tööstushariduskeskus", "country": "EE",
                    "city": "Tallinn", "organisationType": "VET_PROVIDER", "role": "PARTNER"},
                   {"oid": "E10000004", "legalName": "Berufskolleg Nord", "country": "DE", "city": "Köln",
                    "organisationType": "VET_PROVIDER", "role": "PARTNER"}],
                 "transnationalMeetings": [{"id": "M1", "host": "E10000001",
                    "travellers": [{"from": "E10000003", "participants": 2, "distanceKm": 280}]}],
                 "exceptionalCosts": [{"organisation": "E10000001", "description": "Subtitles", "eligibleCost": 4000.00}],
                 "description": {"needs": "Zaļās prasmes mācekļiem"}}
                """.formatted(title);
    }
}

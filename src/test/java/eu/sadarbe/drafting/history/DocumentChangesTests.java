package eu.sadarbe.drafting.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import eu.sadarbe.applications.document.DocumentJson;
import eu.sadarbe.web.DocumentPdfFixtures;

/** Two versions of an application document (or of a section) compared field by field, in English and Latvian. */
class DocumentChangesTests {

    static final Map<String, String> ORGANISATIONS = Map.of(
            "E10000001", "Rīgas Valsts tehnikums (E10000001)",
            "E10000002", "Tallinna Tööstushariduskeskus (E10000002)",
            "E10000003", "Berufskolleg Nord (E10000003)");

    static final String CONTEXT = """
            {"callYear": 2020, "actionType": "KA202", "projectType": "INNOVATION", "title": "Green skills",
             "startDate": "2020-09-01", "durationMonths": 24}""";

    static final String ORGANISATIONS_SECTION = """
            {"organisations": [
              {"oid": "E10000001", "legalName": "Rīgas Valsts tehnikums", "country": "LV", "city": "Rīga",
               "organisationType": "VET_PROVIDER", "role": "APPLICANT"},
              {"oid": "E10000002", "legalName": "Tallinna Tööstushariduskeskus", "country": "EE", "city": "Tallinn",
               "organisationType": "VET_PROVIDER", "role": "PARTNER"},
              {"oid": "E10000003", "legalName": "Berufskolleg Nord", "country": "DE", "city": "Hamburg",
               "organisationType": "VET_PROVIDER", "role": "PARTNER"}]}""";

    static final String MEETINGS = """
            {"transnationalMeetings": [
              {"id": "M1", "host": "E10000001", "travellers": [{"from": "E10000002", "participants": 2, "distanceKm": 280}]},
              {"id": "M2", "host": "E10000002", "travellers": [{"from": "E10000001", "participants": 2, "distanceKm": 280}]}]}""";

    @Test
    void namesAChangedFieldByItsLabelWithBothValues() {
        assertThat(english(CONTEXT, CONTEXT.replace("\"durationMonths\": 24", "\"durationMonths\": 36")))
                .containsExactly("Duration in months: 24 → 36");
    }

    @Test
    void writesDatesAndCodesAsTheReaderReadsThem() {
        String later = CONTEXT.replace("2020-09-01", "2020-11-01").replace("INNOVATION", "EXCHANGE_OF_GOOD_PRACTICES");
        assertThat(english(CONTEXT, later)).containsExactly(
                "Project type: Innovation → Exchange of good practices",
                "Start date: 1 September 2020 → 1 November 2020");
        assertThat(latvian(CONTEXT, later)).contains("Sākuma datums: 01.09.2020 → 01.11.2020");
    }

    @Test
    void namesAPartnerByItsPlaceAndNameWhenItsOrganisationIdIsCorrected() {
        String corrected = ORGANISATIONS_SECTION.replace("\"oid\": \"E10000003\"", "\"oid\": \"E10000004\"");
        assertThat(english(ORGANISATIONS_SECTION, corrected))
                .containsExactly("Partner 2 (Berufskolleg Nord) › Organisation ID: E10000003 → E10000004");
        assertThat(latvian(ORGANISATIONS_SECTION, corrected))
                .containsExactly("2. partneris (Berufskolleg Nord) › Organizācijas ID: E10000003 → E10000004");
    }

    @Test
    void saysWhichItemWasAddedOrRemovedRatherThanRenumberingTheRest() {
        String third = MEETINGS.replace("]}]}", "]}, {\"id\": \"M3\", \"host\": \"E10000003\", \"travellers\": []}]}");
        assertThat(english(MEETINGS, third)).containsExactly("Added: Transnational meeting 3");

        String firstRemoved = """
                {"transnationalMeetings": [
                  {"id": "M2", "host": "E10000002", "travellers": [{"from": "E10000001", "participants": 2, "distanceKm": 280}]}]}""";
        assertThat(english(MEETINGS, firstRemoved)).containsExactly("Removed: Transnational meeting 1");
    }

    @Test
    void namesOrganisationsReferredToAndNumbersInsideAnItem() {
        String more = MEETINGS.replaceFirst("\"participants\": 2", "\"participants\": 3")
                .replaceFirst("\"host\": \"E10000001\"", "\"host\": \"E10000003\"");
        assertThat(english(MEETINGS, more)).containsExactly(
                "Transnational meeting 1 › Host organisation: Rīgas Valsts tehnikums (E10000001) → Berufskolleg Nord (E10000003)",
                "Transnational meeting 1 › Travellers from Tallinna Tööstushariduskeskus (E10000002) › Participants: 2 → 3");
    }

    @Test
    void writesMoneyAsTheReaderWritesIt() {
        String before = "{\"specialNeedsSupport\": [{\"organisation\": \"E10000002\", \"amount\": 2000}]}";
        String after = "{\"specialNeedsSupport\": [{\"organisation\": \"E10000002\", \"amount\": 2500.5}]}";
        assertThat(english(before, after)).containsExactly("Special needs support 1 › Amount: €2,000.00 → €2,500.50");
        assertThat(latvian(before, after)).singleElement().asString()
                .matches("1\\. atbalsta īpašām vajadzībām pozīcija › Summa: 2.000,00.€ → 2.500,50.€");
    }

    @Test
    void showsAnExcerptAroundTheChangeOfALongTextNeverTheWholeText() {
        String text = "Apprentices need green welding skills. ".repeat(2500);
        String before = DocumentJson.JSON.createObjectNode().put("needs", text).toString();
        String after = DocumentJson.JSON.createObjectNode().put("needs", text + "Employers in Rīga ask for them.").toString();

        List<String> changes = english(before, after);

        assertThat(changes).singleElement().asString()
                .startsWith("Needs: text changed (97,500 → 97,531 characters): “…")
                .contains("Employers in Rīga")
                .hasSizeLessThan(200);
    }

    @Test
    void listsPrioritiesAddedAndRemovedByName() {
        String before = "{\"priorities\": [\"HZ-ENVIRONMENT-CLIMATE\"]}";
        String after = "{\"priorities\": [\"HZ-DIGITAL-INNOVATION\"]}";
        assertThat(english(before, after)).containsExactly(
                "Priorities: added Digital (HZ-DIGITAL-INNOVATION)",
                "Priorities: removed Environment (HZ-ENVIRONMENT-CLIMATE)");
    }

    @Test
    void readsAFirstVersionAsFieldsFilledInAndLeavesOutTheSystemsBookkeeping() {
        String signed = "{\"declaration\": {\"accepted\": true, \"signedBy\": \"Anna Bērziņa\", "
                + "\"signedByAccount\": \"0b7c…\", \"documentDigest\": \"ab12\"}}";
        assertThat(english(null, signed)).containsExactly(
                "Declaration of honour accepted: yes (filled in)", "Signed by: Anna Bērziņa (filled in)");
        assertThat(english(signed, signed)).isEmpty();
    }

    static List<String> english(String before, String after) {
        return in(Locale.ENGLISH, before, after);
    }

    static List<String> latvian(String before, String after) {
        return in(Locale.forLanguageTag("lv"), before, after);
    }

    private static List<String> in(Locale locale, String before, String after) {
        DocumentChanges changes = new DocumentChanges(DocumentPdfFixtures.messages(), locale,
                id -> ORGANISATIONS.getOrDefault(id, id),
                code -> Map.of("HZ-ENVIRONMENT-CLIMATE", "Environment", "HZ-DIGITAL-INNOVATION", "Digital")
                        .getOrDefault(code, code) + " (" + code + ")");
        return changes.between(json(before), json(after));
    }

    private static JsonNode json(String json) {
        return json == null ? null : DocumentJson.object(json);
    }
}

package eu.sadarbe.reporting.participants;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a participants file, with the header each language's template writes and the other spellings a
 * coordinator may have typed (English or Latvian, with or without diacritics, case, spaces or punctuation).
 */
public enum ParticipantColumn {
    ACTIVITY(false, "activity", "aktivitāte", "activity reference", "activity id", "aktivitātes atsauce"),
    ACTIVITY_TYPE(false, "activity type", "aktivitātes veids", "type", "veids"),
    HOST(false, "host organisation id", "uzņēmējas organizācijas id", "host", "host organisation",
            "host organization id", "uzņēmēja organizācija", "uzņēmējorganizācija"),
    VENUE(false, "venue", "norises vieta", "vieta"),
    NAME(true, "participant name", "dalībnieka vārds un uzvārds", "name", "participant", "vārds un uzvārds",
            "vārds, uzvārds", "dalībnieks"),
    SENDING_ORGANISATION(true, "sending organisation id", "nosūtītājas organizācijas id", "sending organisation",
            "sending organization id", "sending organization", "nosūtītāja organizācija", "organisation id"),
    COUNTRY(true, "country of origin", "izcelsmes valsts", "country", "valsts"),
    KIND(true, "participant kind", "dalībnieka veids", "kind", "participant type", "dalībnieka tips"),
    START(true, "start", "sākums", "start date", "sākuma datums"),
    END(true, "end", "beigas", "end date", "beigu datums"),
    DAYS(false, "days", "dienas", "number of days", "dienu skaits"),
    PLACE_OF_ORIGIN(false, "place of origin", "izbraukšanas vieta", "from", "origin", "no kurienes"),
    DISTANCE_KM(false, "distance km", "attālums km", "distance", "attālums", "distance (km)", "attālums (km)"),
    SPECIAL_NEEDS(false, "special needs", "īpašās vajadzības", "special needs (yes/no)", "īpašās vajadzības (jā/nē)");

    private final boolean required;
    private final String english;
    private final String latvian;
    private final List<String> spellings;

    ParticipantColumn(boolean required, String english, String latvian, String... others) {
        this.required = required;
        this.english = english;
        this.latvian = latvian;
        this.spellings = java.util.stream.Stream.concat(java.util.stream.Stream.of(english, latvian),
                Arrays.stream(others)).map(ParticipantColumn::key).toList();
    }

    /** Whether every file needs this column (the activity needs either its reference or its type and host). */
    boolean required() {
        return required;
    }

    /** The header the template writes in this language. */
    public String header(Locale locale) {
        return "lv".equals(locale.getLanguage()) ? latvian : english;
    }

    /** The column a header names, whatever the language, case, diacritics, spaces or punctuation. */
    static Optional<ParticipantColumn> of(String header) {
        String key = key(header);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(column -> column.spellings.contains(key)).findFirst();
    }

    /** The message key naming the column on screen. */
    public String messageKey() {
        return "reporting.import.column." + name();
    }

    /** Lower case ASCII letters and digits only: {@code Dalībnieka vārds} and {@code dalibnieka_vards} match. */
    static String key(String text) {
        String plain = Normalizer.normalize(text.replace("\uFEFF", ""), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^a-z0-9]", "");
    }
}

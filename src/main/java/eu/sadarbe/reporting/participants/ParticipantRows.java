package eu.sadarbe.reporting.participants;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import eu.sadarbe.applications.document.ActivityType;
import eu.sadarbe.applications.document.ParticipantKind;
import eu.sadarbe.calls.DistanceBand;
import eu.sadarbe.calls.RuleFigure;
import eu.sadarbe.calls.RuleParameters;
import eu.sadarbe.reporting.domain.Participant;
import eu.sadarbe.reporting.domain.ReportedLearningActivity;
import eu.sadarbe.reporting.participants.ParticipantSheet.RawRow;
import eu.sadarbe.reporting.participants.ParticipantSheet.Value;
import eu.sadarbe.shared.CountryCode;

/**
 * Checks the rows of a participants file against the project and the call year's figures and turns the valid ones
 * into the report's learning activities: no database, no Spring, so that it is measured alone (BENCHMARKS.md).
 * <p>
 * A row names its activity by a reference of the coordinator's choice (or the id of an activity already in the
 * report), or by its type, host and venue; rows naming the same activity are its participants, and a new activity
 * lasts from its first participant's start to its last one's end. Ids are derived from what a row says, so that the
 * same file imported twice gives the same lines: a participant already in the report is left as it is, or updated
 * when the row changed something else (kind, days, distance, country, special needs).
 */
public final class ParticipantRows {

    static final int MAXIMUM_NAME = 200;
    static final int MAXIMUM_REFERENCE = 40;
    static final int MAXIMUM_KM = 40_000;
    private static final Pattern ORGANISATION_ID = Pattern.compile("E\\d{8}");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> YES = Set.of("yes", "y", "ja", "j", "true", "1", "x");
    private static final Set<String> NO = Set.of("no", "n", "ne", "false", "0", "");

    /** The import appends to the section's lines, or replaces them all. */
    public enum Mode { APPEND, REPLACE }

    /** The distance calculator as the import uses it: one-way kilometres between two typed places. */
    interface DistanceFinder {
        Measured measure(String from, String to);
    }

    /**
     * What the calculator said: the kilometres and the R-FIN-07 band, or why not — the place is unknown, or several
     * places have that name (a few of them given, as {@code Riga, LV}).
     */
    record Measured(@Nullable Integer kilometres, @Nullable DistanceBand band, boolean unknownPlace,
                    List<String> candidates) {

        static Measured of(int kilometres, @Nullable DistanceBand band) {
            return new Measured(kilometres, band, false, List.of());
        }

        static Measured unknown() {
            return new Measured(null, null, true, List.of());
        }

        static Measured ambiguous(List<String> candidates) {
            return new Measured(null, null, false, List.copyOf(candidates));
        }
    }

    /**
     * The project the rows belong to: its dates, its organisations (hosts), the organisations that may send
     * participants (a KA229 school's own agreement: the school only), the call year's figures, and the spellings of
     * activity types in both languages.
     */
    record Project(LocalDate start, LocalDate end, Set<String> organisations, Set<String> senders,
                   RuleParameters parameters, Map<String, ActivityType> activityTypes) {
    }

    /** One problem of a row: the column (null for the row as a whole), the message, the rule where one is the ground. */
    public record Problem(@Nullable ParticipantColumn column, String messageKey, @Nullable String rule,
                          Object[] arguments) {

        public Problem {
            arguments = arguments.clone();
        }
    }

    /** A row refused with its problems. */
    public record Refused(int row, List<Problem> problems) {

        public Refused {
            problems = List.copyOf(problems);
        }
    }

    /** What happened to a valid row's participant. */
    public enum Outcome { ADDED, UPDATED, UNCHANGED }

    /** A valid row as it went into the report. */
    public record Imported(int row, String activityId, ActivityType activityType, String host,
                           Participant participant, @Nullable DistanceBand band, Outcome outcome) {
    }

    /** The section's lines after the import, the rows imported and the rows refused. */
    record Checked(List<ReportedLearningActivity> activities, List<Imported> imported, List<Refused> refused,
                   Set<String> removedLines) {

        long count(Outcome outcome) {
            return imported.stream().filter(row -> row.outcome() == outcome).count();
        }
    }

    private final Project project;
    private final DistanceFinder distances;
    private final Map<String, Measured> measured = new HashMap<>();

    ParticipantRows(Project project, DistanceFinder distances) {
        this.project = project;
        this.distances = distances;
    }

    /** Checks every row; {@code before} are the section's lines now, kept (APPEND) or replaced (REPLACE). */
    Checked check(List<RawRow> rows, List<ReportedLearningActivity> before, Mode mode) {
        Map<String, Draft> activities = new LinkedHashMap<>();
        if (mode == Mode.APPEND) {
            before.forEach(activity -> activities.put(activity.id(), Draft.of(activity, false)));
        }
        Map<String, Integer> seenParticipants = new HashMap<>();
        List<Imported> imported = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        for (RawRow row : rows) {
            List<Problem> problems = new ArrayList<>();
            Optional<Draft> activity = activity(row, activities, problems);
            Optional<Participant> participant = participant(row, activity.orElse(null), problems);
            if (!problems.isEmpty() || activity.isEmpty() || participant.isEmpty()) {
                refused.add(new Refused(row.number(), problems));
                continue;
            }
            Draft target = activity.get();
            Participant line = participant.get();
            Integer earlier = seenParticipants.putIfAbsent(line.id(), row.number());
            if (earlier != null) {
                refused.add(new Refused(row.number(), List.of(new Problem(null, "reporting.import.error.twice", null,
                        new Object[] {earlier}))));
                continue;
            }
            activities.putIfAbsent(target.id, target);
            Outcome outcome = target.put(line);
            imported.add(new Imported(row.number(), target.id, target.type, target.host, line,
                    band(target, line), outcome));
        }
        List<ReportedLearningActivity> after = activities.values().stream()
                .filter(draft -> !draft.participants.isEmpty() || !draft.fresh)
                .map(Draft::toActivity).toList();
        Set<String> removed = new java.util.LinkedHashSet<>();
        if (mode == Mode.REPLACE) {
            Set<String> kept = new java.util.HashSet<>();
            after.forEach(activity -> {
                kept.add(activity.id());
                activity.participants().forEach(p -> kept.add(p.id()));
            });
            for (ReportedLearningActivity activity : before) {
                if (!kept.contains(activity.id())) {
                    removed.add(activity.id());
                }
                activity.participants().stream().map(Participant::id).filter(id -> !kept.contains(id))
                        .forEach(removed::add);
            }
        }
        return new Checked(after, imported, refused, removed);
    }

    private @Nullable DistanceBand band(Draft activity, Participant participant) {
        if (participant.fromPlace() == null) {
            return project.parameters().band(eu.sadarbe.calls.DistancePurpose.LEARNING_TRAVEL,
                    participant.distanceKm()).orElse(null);
        }
        Measured result = measured.get(participant.fromPlace() + "\u0000" + venueOf(activity));
        return result == null ? null : result.band();
    }

    // ---- the activity

    private Optional<Draft> activity(RawRow row, Map<String, Draft> activities, List<Problem> problems) {
        String reference = row.cell(ParticipantColumn.ACTIVITY).text();
        String typeText = row.cell(ParticipantColumn.ACTIVITY_TYPE).text();
        String hostText = row.cell(ParticipantColumn.HOST).text().toUpperCase(Locale.ROOT);
        String venueText = row.cell(ParticipantColumn.VENUE).text();
        @Nullable ActivityType type = null;
        if (!typeText.isEmpty()) {
            type = project.activityTypes().get(ParticipantColumn.key(typeText));
            if (type == null) {
                problems.add(new Problem(ParticipantColumn.ACTIVITY_TYPE, "reporting.import.error.activityType",
                        null, new Object[] {typeText}));
            }
        }
        @Nullable String host = null;
        if (!hostText.isEmpty()) {
            if (!ORGANISATION_ID.matcher(hostText).matches()) {
                problems.add(new Problem(ParticipantColumn.HOST, "reporting.import.error.organisationId", null,
                        new Object[] {hostText}));
            } else if (!project.organisations().contains(hostText)) {
                problems.add(new Problem(ParticipantColumn.HOST, "reporting.import.error.notOfProject", null,
                        new Object[] {hostText}));
            } else {
                host = hostText;
            }
        }
        if (venueText.length() > MAXIMUM_NAME) {
            problems.add(new Problem(ParticipantColumn.VENUE, "reporting.import.error.tooLong", null,
                    new Object[] {MAXIMUM_NAME}));
            return Optional.empty();
        }
        @Nullable String venue = venueText.isEmpty() ? null : venueText;
        if (!reference.isEmpty()) {
            if (reference.length() > MAXIMUM_REFERENCE || !REFERENCE.matcher(reference).matches()) {
                problems.add(new Problem(ParticipantColumn.ACTIVITY, "reporting.import.error.reference", null,
                        new Object[] {MAXIMUM_REFERENCE}));
                return Optional.empty();
            }
            Draft known = activities.get(reference);
            if (known != null) {
                if ((type != null && type != known.type) || (host != null && !host.equals(known.host))) {
                    problems.add(new Problem(ParticipantColumn.ACTIVITY, "reporting.import.error.otherActivity", null,
                            new Object[] {reference, typeLabel(known.type), known.host}));
                    return Optional.empty();
                }
                return Optional.of(known);
            }
            if (typeText.isEmpty()) {
                problems.add(new Problem(ParticipantColumn.ACTIVITY_TYPE, "reporting.import.error.newActivity",
                        null, new Object[] {reference}));
            }
            if (hostText.isEmpty()) {
                problems.add(new Problem(ParticipantColumn.HOST, "reporting.import.error.newActivity", null,
                        new Object[] {reference}));
            }
            if (type == null || host == null) {
                return Optional.empty();
            }
            return Optional.of(new Draft(reference, type, host, venue, true));
        }
        if (typeText.isEmpty()) {
            problems.add(new Problem(ParticipantColumn.ACTIVITY_TYPE, "reporting.import.error.noActivity", null,
                    new Object[0]));
        }
        if (hostText.isEmpty()) {
            problems.add(new Problem(ParticipantColumn.HOST, "reporting.import.error.noActivity", null,
                    new Object[0]));
        }
        if (type == null || host == null) {
            return Optional.empty();
        }
        for (Draft known : activities.values()) {
            if (known.type == type && known.host.equals(host)
                    && ParticipantColumn.key(Objects.toString(known.venue, ""))
                    .equals(ParticipantColumn.key(Objects.toString(venue, "")))) {
                return Optional.of(known);
            }
        }
        String id = "LA-" + digest(type.name() + "|" + host + "|" + ParticipantColumn.key(Objects.toString(venue, "")));
        while (activities.containsKey(id)) {
            id = id + "x";
        }
        return Optional.of(new Draft(id, type, host, venue, true));
    }

    // ---- the participant

    private Optional<Participant> participant(RawRow row, @Nullable Draft activity, List<Problem> problems) {
        String name = row.cell(ParticipantColumn.NAME).text();
        if (name.isEmpty()) {
            problems.add(new Problem(ParticipantColumn.NAME, "reporting.import.error.required", null, new Object[0]));
        } else if (name.length() > MAXIMUM_NAME) {
            problems.add(new Problem(ParticipantColumn.NAME, "reporting.import.error.tooLong", null,
                    new Object[] {MAXIMUM_NAME}));
        }
        String sender = sender(row.cell(ParticipantColumn.SENDING_ORGANISATION).text(), problems);
        String country = country(row.cell(ParticipantColumn.COUNTRY).text(), problems);
        ParticipantKind kind = kind(row.cell(ParticipantColumn.KIND).text(), problems);
        LocalDate start = date(row.cell(ParticipantColumn.START), ParticipantColumn.START, problems);
        LocalDate end = date(row.cell(ParticipantColumn.END), ParticipantColumn.END, problems);
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                problems.add(new Problem(ParticipantColumn.END, "reporting.import.error.endBeforeStart", null,
                        new Object[] {end.toString(), start.toString()}));
            } else if (start.isBefore(project.start()) || end.isAfter(project.end())) {
                problems.add(new Problem(start.isBefore(project.start()) ? ParticipantColumn.START
                        : ParticipantColumn.END, "reporting.import.error.outsideProject", null,
                        new Object[] {project.start().toString(), project.end().toString()}));
            }
        }
        Integer days = days(row.cell(ParticipantColumn.DAYS), start, end, activity, problems);
        boolean specialNeeds = yesNo(row.cell(ParticipantColumn.SPECIAL_NEEDS).text(), problems);
        String place = row.cell(ParticipantColumn.PLACE_OF_ORIGIN).text();
        Integer distance = activity == null ? null : distance(place, row.cell(ParticipantColumn.DISTANCE_KM),
                activity, problems);
        if (!problems.isEmpty() || activity == null || sender == null || country == null || kind == null
                || start == null || end == null || days == null || distance == null) {
            return Optional.empty();
        }
        String id = "P-" + digest(activity.id + "|" + ParticipantColumn.key(name) + "|" + sender + "|" + start + "|"
                + end);
        return Optional.of(new Participant(id, name, sender, country, kind, start, end, days,
                place.isEmpty() ? null : place, distance, specialNeeds));
    }

    private @Nullable String sender(String text, List<Problem> problems) {
        String id = text.toUpperCase(Locale.ROOT);
        if (id.isEmpty()) {
            problems.add(new Problem(ParticipantColumn.SENDING_ORGANISATION, "reporting.import.error.required", null,
                    new Object[0]));
        } else if (!ORGANISATION_ID.matcher(id).matches()) {
            problems.add(new Problem(ParticipantColumn.SENDING_ORGANISATION, "reporting.import.error.organisationId",
                    null, new Object[] {text}));
        } else if (!project.organisations().contains(id)) {
            problems.add(new Problem(ParticipantColumn.SENDING_ORGANISATION, "reporting.import.error.notOfProject",
                    null, new Object[] {id}));
        } else if (!project.senders().contains(id)) {
            problems.add(new Problem(ParticipantColumn.SENDING_ORGANISATION, "reporting.import.error.notSender",
                    null, new Object[] {id}));
        } else {
            return id;
        }
        return null;
    }

    private @Nullable String country(String text, List<Problem> problems) {
        if (text.isEmpty()) {
            problems.add(new Problem(ParticipantColumn.COUNTRY, "reporting.import.error.required", null,
                    new Object[0]));
            return null;
        }
        String code = switch (text.toUpperCase(Locale.ROOT)) {
            case "GR" -> "EL";
            case "GB" -> "UK";
            default -> text.toUpperCase(Locale.ROOT);
        };
        if (code.matches("[A-Z]{2}") && project.parameters().country(CountryCode.of(code)).isPresent()) {
            return code;
        }
        problems.add(new Problem(ParticipantColumn.COUNTRY, "reporting.import.error.country", "R-CTRY-01",
                new Object[] {text, project.parameters().callYear()}));
        return null;
    }

    private static final Map<String, ParticipantKind> KINDS = kinds();

    private static Map<String, ParticipantKind> kinds() {
        Map<String, ParticipantKind> kinds = new HashMap<>();
        for (String spelling : List.of("staff", "staff member", "teacher", "trainer", "darbinieks", "darbinieki",
                "personals", "pedagogs", "skolotajs")) {
            kinds.put(ParticipantColumn.key(spelling), ParticipantKind.STAFF);
        }
        for (String spelling : List.of("learner", "learners", "pupil", "pupils", "student", "students",
                "izglitojamais", "izglitojamie", "skolens", "skoleni", "audzeknis", "audzekni")) {
            kinds.put(ParticipantColumn.key(spelling), ParticipantKind.LEARNER);
        }
        for (String spelling : List.of("accompanying person", "accompanying persons", "accompanying",
                "pavadosa persona", "pavadosas personas", "pavadonis", "pavadoni")) {
            kinds.put(ParticipantColumn.key(spelling), ParticipantKind.ACCOMPANYING_PERSON);
        }
        for (ParticipantKind kind : ParticipantKind.values()) {
            kinds.put(ParticipantColumn.key(kind.name()), kind);
        }
        return Map.copyOf(kinds);
    }

    private static @Nullable ParticipantKind kind(String text, List<Problem> problems) {
        ParticipantKind kind = KINDS.get(ParticipantColumn.key(text));
        if (kind == null) {
            problems.add(new Problem(ParticipantColumn.KIND, text.isEmpty() ? "reporting.import.error.required"
                    : "reporting.import.error.kind", null, new Object[] {text}));
        }
        return kind;
    }

    /** A real Excel date, an Excel day number, or text: 2021-03-01, 1.3.2021, 01.03.2021. or 1/3/2021. */
    static @Nullable LocalDate date(Value value, ParticipantColumn column, List<Problem> problems) {
        if (value.date() != null) {
            return value.date();
        }
        if (value.number() != null && value.number() >= 1 && DateUtil.isValidExcelDate(value.number())) {
            return DateUtil.getLocalDateTime(value.number()).toLocalDate();
        }
        String text = value.text();
        if (text.isEmpty()) {
            problems.add(new Problem(column, "reporting.import.error.required", null, new Object[0]));
            return null;
        }
        String plain = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DOTTED, SLASHED)) {
            try {
                return LocalDate.parse(plain, format);
            } catch (DateTimeParseException notThisOne) {
                // the next format
            }
        }
        problems.add(new Problem(column, "reporting.import.error.date", null, new Object[] {text}));
        return null;
    }

    /**
     * The days of individual support: as given or, when empty, the days from start to end; within the call year's
     * R-FIN-08 duration of the activity type (its longest duration plus the travel days), and not more than the
     * dates allow with the travel days.
     */
    private @Nullable Integer days(Value value, @Nullable LocalDate start, @Nullable LocalDate end,
                                   @Nullable Draft activity, List<Problem> problems) {
        RuleParameters parameters = project.parameters();
        int travelDays = parameters.optionalFigure(RuleFigure.LTTA_TRAVEL_DAYS).map(figure -> figure.whole()).orElse(0);
        Integer days;
        if (value.isBlank()) {
            if (start == null || end == null || end.isBefore(start)) {
                return null;
            }
            days = (int) ChronoUnit.DAYS.between(start, end) + 1;
        } else {
            days = whole(value);
            if (days == null || days < 1) {
                problems.add(new Problem(ParticipantColumn.DAYS, "reporting.import.error.days", null,
                        new Object[] {value.text()}));
                return null;
            }
        }
        if (start != null && end != null && !end.isBefore(start)
                && days > ChronoUnit.DAYS.between(start, end) + 1 + travelDays) {
            problems.add(new Problem(ParticipantColumn.DAYS, "reporting.import.error.daysBeyondDates", null,
                    new Object[] {days, ChronoUnit.DAYS.between(start, end) + 1, travelDays}));
            return null;
        }
        if (activity != null) {
            var shortest = parameters.optionalFigure(RuleFigure.minimumDays(activity.type.name()));
            var longest = parameters.optionalFigure(RuleFigure.maximumDays(activity.type.name()));
            if (shortest.isPresent() && longest.isPresent()
                    && (days < shortest.get().whole() || days > longest.get().whole() + travelDays)) {
                problems.add(new Problem(ParticipantColumn.DAYS, "reporting.import.error.daysLimits",
                        RuleFigure.minimumDays(activity.type.name()).ruleId(), new Object[] {days,
                        typeLabel(activity.type), shortest.get().whole(), longest.get().whole(), travelDays,
                        parameters.callYear()}));
                return null;
            }
        }
        return days;
    }

    /**
     * R-FIN-07: the one-way distance from the place of origin to the activity's venue (its host's city when no venue
     * is given), by the distance calculator; or, without a place, the kilometres given.
     */
    private @Nullable Integer distance(String place, Value kilometres, Draft activity, List<Problem> problems) {
        if (!place.isEmpty()) {
            if (place.length() > MAXIMUM_NAME) {
                problems.add(new Problem(ParticipantColumn.PLACE_OF_ORIGIN, "reporting.import.error.tooLong", null,
                        new Object[] {MAXIMUM_NAME}));
                return null;
            }
            String venue = venueOf(activity);
            Measured result = measured.computeIfAbsent(place + "\u0000" + venue,
                    key -> distances.measure(place, venue));
            if (result.kilometres() != null) {
                return result.kilometres();
            }
            if (!result.candidates().isEmpty()) {
                problems.add(new Problem(ParticipantColumn.PLACE_OF_ORIGIN, "reporting.import.error.placeAmbiguous",
                        "R-FIN-07", new Object[] {place, String.join("; ", result.candidates())}));
            } else if (result.unknownPlace()) {
                problems.add(new Problem(ParticipantColumn.PLACE_OF_ORIGIN, "reporting.import.error.placeUnknown",
                        "R-FIN-07", new Object[] {place}));
            } else {
                problems.add(new Problem(ParticipantColumn.VENUE, "reporting.import.error.venueUnknown",
                        "R-FIN-07", new Object[] {venue}));
            }
            return null;
        }
        if (kilometres.isBlank()) {
            problems.add(new Problem(ParticipantColumn.PLACE_OF_ORIGIN, "reporting.import.error.noDistance",
                    "R-FIN-07", new Object[0]));
            return null;
        }
        BigDecimal km = decimal(kilometres);
        if (km == null || km.signum() < 0 || km.compareTo(BigDecimal.valueOf(MAXIMUM_KM)) > 0) {
            problems.add(new Problem(ParticipantColumn.DISTANCE_KM, "reporting.import.error.distance", "R-FIN-07",
                    new Object[] {kilometres.text(), MAXIMUM_KM}));
            return null;
        }
        return km.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    private static String venueOf(Draft activity) {
        return activity.venue != null ? activity.venue : activity.host;
    }

    private static boolean yesNo(String text, List<Problem> problems) {
        String key = ParticipantColumn.key(text);
        if (YES.contains(key)) {
            return true;
        }
        if (!NO.contains(key)) {
            problems.add(new Problem(ParticipantColumn.SPECIAL_NEEDS, "reporting.import.error.yesNo", null,
                    new Object[] {text}));
        }
        return false;
    }

    private static @Nullable Integer whole(Value value) {
        BigDecimal number = decimal(value);
        if (number == null || number.stripTrailingZeros().scale() > 0 || number.abs().compareTo(BigDecimal.valueOf(100_000)) > 0) {
            return null;
        }
        return number.intValue();
    }

    private static @Nullable BigDecimal decimal(Value value) {
        if (value.number() != null) {
            return Double.isFinite(value.number()) ? BigDecimal.valueOf(value.number()) : null;
        }
        String plain = value.text().replace(" ", "").replace("\u00a0", "").replace(',', '.');
        if (!plain.matches("-?\\d{1,9}(\\.\\d{1,6})?")) {
            return null;
        }
        return new BigDecimal(plain);
    }

    private static DefaultMessageSourceResolvable typeLabel(ActivityType type) {
        return new DefaultMessageSourceResolvable("check.activityType." + type.name());
    }

    /** Twelve hex digits of a name-based UUID: the same text gives the same id on every import. */
    static String digest(String text) {
        return UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "")
                .substring(0, 12);
    }

    /** An activity while rows are added to it. */
    private static final class Draft {
        final String id;
        final ActivityType type;
        final String host;
        final @Nullable String venue;
        final boolean fresh;
        @Nullable LocalDate start;
        @Nullable LocalDate end;
        final Map<String, Participant> participants = new LinkedHashMap<>();

        Draft(String id, ActivityType type, String host, @Nullable String venue, boolean fresh) {
            this.id = id;
            this.type = type;
            this.host = host;
            this.venue = venue;
            this.fresh = fresh;
        }

        static Draft of(ReportedLearningActivity activity, boolean fresh) {
            Draft draft = new Draft(activity.id(), activity.activityType(), activity.host(), activity.venue(), fresh);
            draft.start = activity.start();
            draft.end = activity.end();
            activity.participants().forEach(participant -> draft.participants.put(participant.id(), participant));
            return draft;
        }

        Outcome put(Participant participant) {
            start = start == null || participant.start().isBefore(start) ? participant.start() : start;
            end = end == null || participant.end().isAfter(end) ? participant.end() : end;
            Participant before = participants.put(participant.id(), participant);
            return before == null ? Outcome.ADDED : before.equals(participant) ? Outcome.UNCHANGED : Outcome.UPDATED;
        }

        ReportedLearningActivity toActivity() {
            return new ReportedLearningActivity(id, type, host, venue, Objects.requireNonNull(start),
                    Objects.requireNonNull(end), List.copyOf(participants.values()));
        }
    }
}

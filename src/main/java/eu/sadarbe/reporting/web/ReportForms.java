package eu.sadarbe.reporting.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

import eu.sadarbe.applications.document.ActivityType;
import eu.sadarbe.applications.document.MeetingTraveller;
import eu.sadarbe.applications.document.OutputStaff;
import eu.sadarbe.applications.document.ParticipantKind;
import eu.sadarbe.calls.StaffCategory;
import eu.sadarbe.reporting.domain.Narrative;
import eu.sadarbe.reporting.domain.Participant;
import eu.sadarbe.reporting.domain.ReportedExceptionalCost;
import eu.sadarbe.reporting.domain.ReportedLearningActivity;
import eu.sadarbe.reporting.domain.ReportedMeeting;
import eu.sadarbe.reporting.domain.ReportedMultiplierEvent;
import eu.sadarbe.reporting.domain.ReportedOutput;
import eu.sadarbe.reporting.domain.ReportedSpecialNeeds;
import eu.sadarbe.reporting.domain.ResultsSummary;

/**
 * Reads one line of a report from the form fields the pages post, collecting every problem with the field it
 * belongs to (a message key), so that the page shows them all with what was typed and nothing is saved. Dates are
 * typed as 2020-09-01 or 01.09.2020, amounts with a decimal point or comma, distances as whole kilometres (left
 * empty, the distance calculator measures them).
 */
final class ReportForms {

    /** Empty rows offered for travellers of a meeting and staff of an output. */
    static final int EXTRA_ROWS = 2;
    static final int MAXIMUM_ROWS = 60;
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final MultiValueMap<String, String> form;
    private final List<Problem> problems = new ArrayList<>();

    ReportForms(MultiValueMap<String, String> form) {
        this.form = form;
    }

    List<Problem> problems() {
        return problems;
    }

    /** A field the form got wrong: its id on the page and the message key saying what to type. */
    record Problem(String field, String messageKey) {
    }

    static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    Narrative narrative() {
        return new Narrative(text("implementation"), text("results"), text("impact"), text("dissemination"));
    }

    ResultsSummary summary(String language) {
        return new ResultsSummary(text("english"), text("original"), language);
    }

    @Nullable ReportedMeeting meeting(String id) {
        String host = oid("host");
        LocalDate date = date("date");
        List<MeetingTraveller> travellers = new ArrayList<>();
        for (int row = 0; row < rows(); row++) {
            String prefix = "t" + row + ".";
            if (text(prefix + "from").isEmpty() && text(prefix + "participants").isEmpty()) {
                continue;
            }
            String from = oid(prefix + "from");
            int participants = whole(prefix + "participants", 1);
            Integer distance = optionalWhole(prefix + "distanceKm");
            travellers.add(new MeetingTraveller(from, participants, distance == null ? -1 : distance));
        }
        if (travellers.isEmpty()) {
            problems.add(new Problem("t0.from", "reporting.form.travellers"));
        }
        return problems.isEmpty() ? new ReportedMeeting(id, host, date, travellers) : null;
    }

    @Nullable ReportedOutput output(String id) {
        String title = text("title");
        String lead = oid("lead");
        List<OutputStaff> staff = new ArrayList<>();
        for (int row = 0; row < rows(); row++) {
            String prefix = "s" + row + ".";
            if (text(prefix + "organisation").isEmpty() && text(prefix + "days").isEmpty()) {
                continue;
            }
            staff.add(new OutputStaff(oid(prefix + "organisation"), choice(prefix + "category", StaffCategory.class),
                    whole(prefix + "days", 1)));
        }
        if (staff.isEmpty()) {
            problems.add(new Problem("s0.organisation", "reporting.form.staff"));
        }
        return problems.isEmpty() ? new ReportedOutput(id, title.isEmpty() ? null : title, lead, staff) : null;
    }

    @Nullable ReportedMultiplierEvent event(String id) {
        String host = oid("host");
        LocalDate date = date("date");
        List<String> outputs = form.getOrDefault("outputs", List.of()).stream().filter(value -> !value.isBlank())
                .toList();
        int local = whole("local", 0);
        int international = whole("international", 0);
        return problems.isEmpty() ? new ReportedMultiplierEvent(id, host, date, outputs, local, international) : null;
    }

    @Nullable ReportedLearningActivity activity(String id, List<Participant> participants) {
        ActivityType type = choice("activityType", ActivityType.class);
        String host = oid("host");
        String venue = text("venue");
        LocalDate start = date("start");
        LocalDate end = date("end");
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(new Problem("end", "reporting.form.endBeforeStart"));
        }
        return problems.isEmpty() ? new ReportedLearningActivity(id, type, host, venue.isEmpty() ? null : venue,
                start, end, participants) : null;
    }

    /** A participant; {@code distance} is the calculator's when the field is empty (null: could not measure). */
    @Nullable Participant participant(String id, java.util.function.Function<String, @Nullable Integer> distance) {
        String name = required("name");
        String organisation = oid("organisation");
        String country = text("country").toUpperCase(Locale.ROOT);
        if (!country.matches("[A-Z]{2}")) {
            problems.add(new Problem("country", "reporting.form.country"));
        }
        ParticipantKind kind = choice("kind", ParticipantKind.class);
        LocalDate start = date("start");
        LocalDate end = date("end");
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(new Problem("end", "reporting.form.endBeforeStart"));
        }
        int days = whole("days", 1);
        String from = text("fromPlace");
        Integer kilometres = optionalWhole("distanceKm");
        if (kilometres == null && problems.stream().noneMatch(problem -> problem.field().equals("distanceKm"))) {
            kilometres = from.isEmpty() ? null : distance.apply(from);
            if (kilometres == null) {
                problems.add(new Problem("distanceKm", "reporting.form.distanceUnknown"));
            }
        }
        return problems.isEmpty() ? new Participant(id, name, organisation, country, kind, start, end, days,
                from.isEmpty() ? null : from, kilometres, "on".equals(form.getFirst("specialNeeds"))) : null;
    }

    @Nullable ReportedSpecialNeeds need(String id) {
        String organisation = oid("organisation");
        String activity = text("activity");
        String participant = text("participant");
        BigDecimal amount = amount("amount");
        String evidence = text("evidence");
        return problems.isEmpty() ? new ReportedSpecialNeeds(id, organisation, blankToNull(activity),
                blankToNull(participant), amount, blankToNull(evidence)) : null;
    }

    @Nullable ReportedExceptionalCost cost(String id) {
        String organisation = oid("organisation");
        String activity = text("activity");
        String description = required("description");
        BigDecimal amount = amount("amount");
        String evidence = text("evidence");
        return problems.isEmpty() ? new ReportedExceptionalCost(id, organisation, blankToNull(activity), description,
                amount, blankToNull(evidence)) : null;
    }

    /** What was typed, to show again. */
    Map<String, String> typed() {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((name, list) -> values.put(name, list.isEmpty() ? "" : list.get(0)));
        return values;
    }

    private int rows() {
        String typed = text("rows");
        return typed.matches("\\d{1,2}") ? Math.min(Integer.parseInt(typed), MAXIMUM_ROWS) : EXTRA_ROWS;
    }

    String text(String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value.strip();
    }

    private String required(String field) {
        String value = text(field);
        if (value.isEmpty()) {
            problems.add(new Problem(field, "reporting.form.required"));
        } else if (value.length() > 500) {
            problems.add(new Problem(field, "reporting.form.tooLong"));
        }
        return value;
    }

    private String oid(String field) {
        String value = text(field).toUpperCase(Locale.ROOT);
        if (!value.matches("E\\d{8}")) {
            problems.add(new Problem(field, "reporting.form.oid"));
        }
        return value;
    }

    private @Nullable LocalDate date(String field) {
        String value = text(field);
        try {
            return value.contains(".") ? LocalDate.parse(value, DOTTED) : LocalDate.parse(value);
        } catch (DateTimeParseException wrong) {
            problems.add(new Problem(field, "reporting.form.date"));
            return null;
        }
    }

    private int whole(String field, int minimum) {
        String value = text(field).replace(" ", "");
        if (!value.matches("\\d{1,6}") || Integer.parseInt(value) < minimum) {
            problems.add(new Problem(field, minimum > 0 ? "reporting.form.positive" : "reporting.form.whole"));
            return minimum;
        }
        return Integer.parseInt(value);
    }

    private @Nullable Integer optionalWhole(String field) {
        String value = text(field).replace(" ", "");
        if (value.isEmpty()) {
            return null;
        }
        if (!value.matches("\\d{1,5}")) {
            problems.add(new Problem(field, "reporting.form.kilometres"));
            return null;
        }
        return Integer.parseInt(value);
    }

    private BigDecimal amount(String field) {
        String value = text(field).replace(" ", "").replace("\u00a0", "").replace("€", "");
        if (value.contains(",") && !value.contains(".")) {
            value = value.replace(',', '.');
        }
        if (!value.matches("\\d{1,9}(\\.\\d{1,2})?")) {
            problems.add(new Problem(field, "reporting.form.amount"));
            return BigDecimal.ZERO;
        }
        return new BigDecimal(value);
    }

    private <E extends Enum<E>> E choice(String field, Class<E> type) {
        String value = text(field);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        problems.add(new Problem(field, "reporting.form.choose"));
        return type.getEnumConstants()[0];
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}

package eu.sadarbe.reporting.web;

import java.util.LinkedHashMap;
import java.util.Map;

import eu.sadarbe.reporting.domain.Participant;
import eu.sadarbe.reporting.domain.ReportContent;
import eu.sadarbe.reporting.domain.ReportSection;
import eu.sadarbe.reporting.domain.ReportedLearningActivity;

/** A stored line as the form fields that change it, to fill the form in. */
final class LineValues {

    private LineValues() {
    }

    static Map<String, String> of(ReportContent c, ReportSection section, String id) {
        Map<String, String> values = new LinkedHashMap<>();
        switch (section) {
            case MEETINGS -> c.meetings().stream().filter(m -> m.id().equals(id)).findFirst().ifPresent(m -> {
                values.put("host", m.host());
                values.put("date", m.date().toString());
                for (int row = 0; row < m.travellers().size(); row++) {
                    values.put("t" + row + ".from", m.travellers().get(row).from());
                    values.put("t" + row + ".participants", String.valueOf(m.travellers().get(row).participants()));
                    values.put("t" + row + ".distanceKm", String.valueOf(m.travellers().get(row).distanceKm()));
                }
                values.put("rows", String.valueOf(m.travellers().size() + ReportForms.EXTRA_ROWS));
            });
            case OUTPUTS -> c.outputs().stream().filter(o -> o.id().equals(id)).findFirst().ifPresent(o -> {
                values.put("title", o.title() == null ? "" : o.title());
                values.put("lead", o.lead());
                for (int row = 0; row < o.staff().size(); row++) {
                    values.put("s" + row + ".organisation", o.staff().get(row).organisation());
                    values.put("s" + row + ".category", o.staff().get(row).category().name());
                    values.put("s" + row + ".days", String.valueOf(o.staff().get(row).days()));
                }
                values.put("rows", String.valueOf(o.staff().size() + ReportForms.EXTRA_ROWS));
            });
            case MULTIPLIER_EVENTS -> c.multiplierEvents().stream().filter(e -> e.id().equals(id)).findFirst()
                    .ifPresent(e -> {
                        values.put("host", e.host());
                        values.put("date", e.date().toString());
                        values.put("outputs", String.join(",", e.outputs()));
                        values.put("local", String.valueOf(e.localParticipants()));
                        values.put("international", String.valueOf(e.internationalParticipants()));
                    });
            case LEARNING_ACTIVITIES -> c.learningActivities().stream().filter(a -> a.id().equals(id)).findFirst()
                    .ifPresent(a -> {
                        values.put("activityType", a.activityType().name());
                        values.put("host", a.host());
                        values.put("venue", a.venue() == null ? "" : a.venue());
                        values.put("start", a.start().toString());
                        values.put("end", a.end().toString());
                    });
            case SPECIAL_COSTS -> {
                c.specialNeeds().stream().filter(n -> n.id().equals(id)).findFirst().ifPresent(n -> {
                    values.put("type", "need");
                    values.put("organisation", n.organisation());
                    values.put("activity", n.activity() == null ? "" : n.activity());
                    values.put("participant", n.participant() == null ? "" : n.participant());
                    values.put("amount", n.amount().toPlainString());
                    values.put("evidence", n.evidence() == null ? "" : n.evidence());
                });
                c.exceptionalCosts().stream().filter(x -> x.id().equals(id)).findFirst().ifPresent(x -> {
                    values.put("type", "cost");
                    values.put("organisation", x.organisation());
                    values.put("activity", x.activity() == null ? "" : x.activity());
                    values.put("description", x.description());
                    values.put("amount", x.eligibleCost().toPlainString());
                    values.put("evidence", x.evidence() == null ? "" : x.evidence());
                });
            }
            default -> { }
        }
        return values;
    }

    static Map<String, String> participant(ReportedLearningActivity activity, String id) {
        Map<String, String> values = new LinkedHashMap<>();
        activity.participants().stream().filter(p -> p.id().equals(id)).findFirst().ifPresent((Participant p) -> {
            values.put("name", p.name());
            values.put("organisation", p.organisation());
            values.put("country", p.countryOfOrigin());
            values.put("kind", p.kind().name());
            values.put("start", p.start().toString());
            values.put("end", p.end().toString());
            values.put("days", String.valueOf(p.days()));
            values.put("fromPlace", p.fromPlace() == null ? "" : p.fromPlace());
            values.put("distanceKm", String.valueOf(p.distanceKm()));
            values.put("specialNeeds", p.specialNeeds() ? "on" : "");
        });
        return values;
    }
}

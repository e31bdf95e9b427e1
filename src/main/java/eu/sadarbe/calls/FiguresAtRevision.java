package eu.sadarbe.calls;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The corrections made after a revision, undone (issue 13, item 14): for each figure corrected since, the value it
 * had before its first correction after that revision. A submission keeps the revision in force when it was
 * submitted, and is checked with today's figures taken back to it.
 */
final class FiguresAtRevision {

    private final Map<String, Before> before;

    private FiguresAtRevision(Map<String, Before> before) {
        this.before = Map.copyOf(before);
    }

    static FiguresAtRevision current() {
        return new FiguresAtRevision(Map.of());
    }

    /** Reads the call year's corrections after {@code revision}, earliest last, so the earliest one wins. */
    static FiguresAtRevision of(JdbcClient jdbc, int callYear, long revision) {
        Map<String, Before> before = new HashMap<>();
        jdbc.sql("""
                        SELECT figure, old_amount, old_status, old_text FROM rule_figure_change
                        WHERE revision > :revision AND figure LIKE :year ORDER BY revision DESC""")
                .param("revision", revision).param("year", callYear + "/%")
                .query((rs, row) -> before.put(rs.getString("figure"), new Before(rs.getBigDecimal("old_amount"),
                        rs.getString("old_status"), rs.getString("old_text"))))
                .list();
        return new FiguresAtRevision(before);
    }

    /** The figure as it was at the revision: empty when it did not exist yet, the given one when not corrected. */
    Optional<Figure> figure(String key, Figure now) {
        Before was = before.get(key);
        if (was == null) {
            return Optional.of(now);
        }
        return was.amount() == null ? Optional.empty()
                : Optional.of(new Figure(was.amount(), was.status() == null ? now.status() : FigureStatus.ofFlag(was.status())));
    }

    /** R-CTRY-01: the country's participation and day-rate group at the revision. */
    Country country(Country now) {
        Before was = before.get(now.callYear() + "/COUNTRY/" + now.code().value());
        if (was == null || was.text() == null) {
            return now;
        }
        String[] participationAndGroup = was.text().split(" ");
        return new Country(now.code(), now.name(), now.callYear(), Participation.valueOf(participationAndGroup[0]),
                participationAndGroup[1]);
    }

    private record Before(@Nullable BigDecimal amount, @Nullable String status, @Nullable String text) {
    }
}

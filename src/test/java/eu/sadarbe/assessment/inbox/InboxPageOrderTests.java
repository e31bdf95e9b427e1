package eu.sadarbe.assessment.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.assessment.BackOfficeStatus;

/**
 * Issue 21: the inbox chooses a page's applications on its index, then reads only them; every filter, sort, direction
 * and page lists the same applications in the same order, with the same total, as one statement over the whole rows
 * did (the page before issue 21). On the demo's rounds, every agency.
 */
@SadarbeTest
class InboxPageOrderTests {

    @Autowired InboxEntries entries;
    @Autowired JdbcClient jdbc;

    private final java.util.Map<java.util.UUID, InboxEntry> read = new java.util.HashMap<>();

    @Test
    void everyFilterSortAndPageListsWhatOneStatementOverTheRowsListed() {
        List<String> agencies = jdbc.sql("SELECT DISTINCT national_agency_code FROM assessment_inbox")
                .query(String.class).list();
        assertThat(agencies).isNotEmpty();
        int compared = 0;
        for (String agency : agencies) {
            List<Narrowed> filters = new ArrayList<>();
            filters.add(new Narrowed(null, null, null));
            entries.rounds(agency).forEach(round -> filters.add(new Narrowed(round, null, null)));
            entries.actionTypes(agency).forEach(type -> filters.add(new Narrowed(null, type, null)));
            for (BackOfficeStatus status : BackOfficeStatus.values()) {
                filters.add(new Narrowed(null, null, status));
            }
            for (Narrowed narrowed : filters) {
                for (InboxFilter.Sort sort : InboxFilter.Sort.values()) {
                    for (String direction : List.of("asc", "desc")) {
                        List<InboxEntry> all = oneStatement(agency, narrowed, sort, "desc".equals(direction));
                        int pages = Math.max(1, (all.size() + InboxFilter.PAGE_SIZE - 1) / InboxFilter.PAGE_SIZE);
                        for (int page = 1; page <= pages + 1; page++) {
                            InboxPage listed = entries.page(agency, InboxFilter.of(narrowed.round(),
                                    narrowed.actionType(), narrowed.status() == null ? null : narrowed.status().name(),
                                    sort.parameter(), direction, page), InboxFilter.PAGE_SIZE);
                            int from = Math.min(all.size(), (page - 1) * InboxFilter.PAGE_SIZE);
                            assertThat(listed.entries()).as("%s %s %s %s page %d", agency, narrowed, sort, direction,
                                    page).isEqualTo(all.subList(from, Math.min(all.size(), from + InboxFilter.PAGE_SIZE)));
                            assertThat(listed.total()).isEqualTo(all.size());
                            compared++;
                        }
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

    /** The page's statement before issue 21, without its limit: the whole rows, filtered and sorted. */
    private List<InboxEntry> oneStatement(String agency, Narrowed narrowed, InboxFilter.Sort sort, boolean descending) {
        StringBuilder select = new StringBuilder("SELECT application_id FROM assessment_inbox i"
                + " WHERE i.national_agency_code = :agency");
        var statement = new java.util.HashMap<String, Object>();
        statement.put("agency", agency);
        if (narrowed.round() != null) {
            String[] round = narrowed.round().split("-");
            select.append(" AND call_year = :year AND round_number = :round");
            statement.put("year", Integer.parseInt(round[0]));
            statement.put("round", Integer.parseInt(round[1]));
        }
        if (narrowed.actionType() != null) {
            select.append(" AND action_type = :actionType");
            statement.put("actionType", narrowed.actionType());
        }
        if (narrowed.status() != null) {
            select.append(" AND status = :status");
            statement.put("status", narrowed.status().name());
        }
        select.append(" ORDER BY ").append(sort.column()).append(descending ? " DESC" : " ASC")
                .append(" NULLS LAST, application_number");
        return jdbc.sql(select.toString()).params(statement).query(java.util.UUID.class).list().stream()
                .map(id -> read.computeIfAbsent(id, row -> entries.find(new eu.sadarbe.applications.ApplicationId(row))
                        .orElseThrow())).toList();
    }

    private record Narrowed(@Nullable String round, @Nullable String actionType, @Nullable BackOfficeStatus status) {
    }
}

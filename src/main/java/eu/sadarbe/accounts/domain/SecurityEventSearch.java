package eu.sadarbe.accounts.domain;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.SecurityEventKind;

/** Finds security events for administrators, newest first, a page of fifty at a time. */
@Component
public class SecurityEventSearch {

    public static final int PAGE_SIZE = 50;
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final JdbcClient jdbc;

    SecurityEventSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public SecurityEventPage find(SecurityEventFilter filter, int requestedPage) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.kind() != null) {
            conditions.add("kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.person() != null) {
            conditions.add("(LOWER(email) LIKE :person ESCAPE '\\' OR LOWER(detail) LIKE :person ESCAPE '\\')");
            params.put("person", "%" + likeEscaped(filter.person().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.address() != null) {
            conditions.add("client_address LIKE :address ESCAPE '\\'");
            params.put("address", likeEscaped(filter.address()) + "%");
        }
        if (filter.from() != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", startOf(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("occurred_at < :to");
            params.put("to", startOf(filter.to().plusDays(1)));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT COUNT(*) FROM account_security_event" + where).params(params)
                .query(Long.class).single();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(1, requestedPage), pages);
        List<SecurityEventView> events = jdbc.sql("""
                        SELECT occurred_at, kind, email, client_address, detail FROM account_security_event"""
                        + where + " ORDER BY occurred_at DESC, id DESC LIMIT " + PAGE_SIZE
                        + " OFFSET " + (page - 1) * PAGE_SIZE)
                .params(params)
                .query((rs, row) -> new SecurityEventView(rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        SecurityEventKind.valueOf(rs.getString("kind")), rs.getString("email"),
                        rs.getString("client_address"), rs.getString("detail")))
                .list();
        return new SecurityEventPage(events, page, pages, total);
    }

    private static OffsetDateTime startOf(java.time.LocalDate day) {
        return day.atStartOfDay(BRUSSELS).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String likeEscaped(@Nullable String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

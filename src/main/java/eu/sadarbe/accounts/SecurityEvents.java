package eu.sadarbe.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The security event log: who did what, when and from which client address, with a small detail. Each event is
 * kept in the database (inside the caller's transaction, so a change that is rolled back leaves no event) and
 * written as one {@code key=value} line to the log {@code sadarbe.security}. Modules call it where the event
 * happens.
 */
@Service
public class SecurityEvents {

    private static final Logger LOG = LoggerFactory.getLogger("sadarbe.security");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_DETAIL = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;

    SecurityEvents(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An event caused by the signed-in person of the current request. */
    public void record(SecurityEventKind kind, Map<String, ?> detail) {
        SignedInUser person = currentPerson();
        record(kind, person == null ? null : person.id(), person == null ? null : person.email(), detail);
    }

    /** An event caused by the given account (or e-mail address typed at sign-in), from the current request. */
    public void record(SecurityEventKind kind, @Nullable AccountId account, @Nullable String email,
                       Map<String, ?> detail) {
        String address = currentAddress();
        String json = json(detail);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.sql("""
                        INSERT INTO account_security_event
                            (id, occurred_at, kind, account_id, email, client_address, detail)
                        VALUES (:id, :at, :kind, :account, :email, :address, :detail)""")
                .param("id", UUID.randomUUID()).param("at", now).param("kind", kind.name())
                .param("account", account == null ? null : account.value())
                .param("email", cut(email, 254), java.sql.Types.VARCHAR)
                .param("address", cut(address, 64), java.sql.Types.VARCHAR)
                .param("detail", json)
                .update();
        log(kind, account, email, address, json);
    }

    /** Only a log line, for what would flood the table: attempts refused while throttled. */
    public void log(SecurityEventKind kind, @Nullable String email, Map<String, ?> detail) {
        log(kind, null, email, currentAddress(), json(detail));
    }

    private static void log(SecurityEventKind kind, @Nullable AccountId account, @Nullable String email,
                            @Nullable String address, String json) {
        LOG.info("kind={} account={} email={} address={} detail={}", kind, account == null ? "-" : account,
                quoted(email), address == null ? "-" : quoted(address), json);
    }

    private static String json(Map<String, ?> detail) {
        String json = JSON.writeValueAsString(new LinkedHashMap<>(detail));
        return json.length() <= MAX_DETAIL ? json : JSON.writeValueAsString(Map.of("truncated", true));
    }

    /** Quoted, without control characters, so that a typed e-mail address cannot forge a log line. */
    private static String quoted(@Nullable String value) {
        if (value == null) {
            return "-";
        }
        String clean = cut(value, 254).replaceAll("[\\p{Cntrl}\"\\\\]", "?");
        return "\"" + clean + "\"";
    }

    private static @Nullable String cut(@Nullable String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    private static @Nullable SignedInUser currentPerson() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
    }

    /** The client address as the servlet container resolved it (behind a trusted proxy: the forwarded one). */
    private static @Nullable String currentAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
    }
}

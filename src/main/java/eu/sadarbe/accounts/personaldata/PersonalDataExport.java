package eu.sadarbe.accounts.personaldata;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.AccountSummary;

/**
 * Everything Sadarbe's database holds about one person (GDPR Art. 15 and 20), as data: every row, in every table of
 * every module, that names the person's account id in an id column or their e-mail address in a text column. The
 * tables are found in the database's own metadata, so that a table added later is exported without anyone
 * remembering to. Secrets (password and recovery-code hashes, the authenticator secret) are named, not shown.
 */
@Service
public class PersonalDataExport {

    /** Machinery that holds no one's data about them: sessions, locks, the event log, migration history. */
    static final Set<String> NOT_PERSONAL = Set.of("spring_session", "spring_session_attributes", "shedlock",
            "event_publication", "flyway_schema_history", "account_sign_in_bucket");
    static final Set<String> SECRETS = Set.of("password_hash", "two_factor_secret", "code_hash");
    static final String SECRET_SHOWN_AS = "(kept, not shown)";
    private static final int LONGEST_COMPARED_TEXT = 1000;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Clock clock;

    PersonalDataExport(JdbcClient jdbc, DataSource dataSource, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** The person's rows, by table. */
    @Transactional(readOnly = true)
    public Map<String, Object> of(AccountSummary person) {
        Map<String, List<Map<String, Object>>> tables = new TreeMap<>();
        for (Searched table : searchedTables()) {
            List<Map<String, Object>> rows = rowsAbout(table, person.id(), person.email());
            if (!rows.isEmpty()) {
                tables.put(table.name(), rows);
            }
        }
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exportedAt", clock.instant().toString());
        export.put("account", person.id().toString());
        export.put("email", person.email());
        export.put("tables", tables);
        return export;
    }

    /** Each table, with the columns where the person's account id or e-mail address may stand. */
    @Transactional(readOnly = true)
    public List<Searched> searchedTables() {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, PersonalDataExport::tables);
        } catch (Exception broken) {
            throw new IllegalStateException("The database's tables could not be listed", broken);
        }
    }

    private List<Map<String, Object>> rowsAbout(Searched table, AccountId id, String email) {
        List<String> conditions = new ArrayList<>();
        table.idColumns().forEach(column -> conditions.add(column + " = :id"));
        table.textColumns().forEach(column -> conditions.add("LOWER(" + column + ") = :email"));
        if (conditions.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM " + table.name() + " WHERE " + String.join(" OR ", conditions))
                .param("id", id.value()).param("email", email.toLowerCase(Locale.ROOT))
                .query((row, number) -> row(row))
                .list();
    }

    private static Map<String, Object> row(ResultSet row) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        var meta = row.getMetaData();
        for (int column = 1; column <= meta.getColumnCount(); column++) {
            String name = meta.getColumnLabel(column).toLowerCase(Locale.ROOT);
            Object value = JdbcUtils.getResultSetValue(row, column);
            values.put(name, value == null ? null : SECRETS.contains(name) ? SECRET_SHOWN_AS : shown(value));
        }
        return values;
    }

    private static Object shown(Object value) {
        if (value instanceof byte[] bytes) {
            return "(" + bytes.length + " bytes of a file)";
        }
        if (value instanceof java.sql.Blob || value instanceof java.sql.Clob) {
            return "(a file)";
        }
        return value instanceof Number || value instanceof Boolean ? value : value.toString();
    }

    private static List<Searched> tables(DatabaseMetaData meta) throws SQLException {
        Map<String, Searched> found = new TreeMap<>();
        try (ResultSet columns = meta.getColumns(null, null, "%", "%")) {
            while (columns.next()) {
                String schema = columns.getString("TABLE_SCHEM");
                if (schema != null && !schema.equalsIgnoreCase("public")) {
                    continue;
                }
                String table = columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (NOT_PERSONAL.contains(table) || table.startsWith("flyway_schema_history")) {
                    continue;
                }
                String column = columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                String typeName = columns.getString("TYPE_NAME").toLowerCase(Locale.ROOT);
                int type = columns.getInt("DATA_TYPE");
                Searched searched = found.computeIfAbsent(table, name -> new Searched(name, new ArrayList<>(),
                        new ArrayList<>()));
                if (typeName.equals("uuid")) {
                    searched.idColumns().add(column);
                } else if ((type == Types.VARCHAR || type == Types.CHAR || type == Types.NVARCHAR)
                        && columns.getInt("COLUMN_SIZE") <= LONGEST_COMPARED_TEXT && !SECRETS.contains(column)) {
                    searched.textColumns().add(column);
                }
            }
        }
        return found.values().stream()
                .filter(table -> !table.idColumns().isEmpty() || !table.textColumns().isEmpty())
                .toList();
    }

    /** A table and its columns that may hold an account id (UUID) or an e-mail address (short text). */
    public record Searched(String name, List<String> idColumns, List<String> textColumns) {
    }
}

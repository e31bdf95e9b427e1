package eu.sadarbe.accounts.personaldata;

import static eu.sadarbe.accounts.SignedInSessions.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.demo.DemoAccounts;
import eu.sadarbe.applications.domain.UnsubmittedDraftPurge;

/**
 * Personal data (GDPR): the export holds every row of every table that references the person, as the database's
 * metadata lists those tables; erasure anonymises the account; the privacy notice; the purge of old drafts.
 */
@SadarbeTest
class PersonalDataTests {

    static final String PASSWORD = "personal-data-password";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired AccountRegister register;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired PersonalDataExport export;
    @Autowired UnsubmittedDraftPurge purge;

    @Test
    void searchesEveryColumnThatReferencesAnAccount() throws Exception {
        Map<String, Set<String>> references = referencesToAccounts();
        assertThat(references).containsKeys("account_role", "organisation_user", "application_draft");
        Map<String, PersonalDataExport.Searched> searched = new TreeMap<>();
        export.searchedTables().forEach(table -> searched.put(table.name(), table));
        references.forEach((table, columns) -> {
            assertThat(searched).as("table %s references accounts but is not exported", table).containsKey(table);
            assertThat(searched.get(table).idColumns()).as("columns of %s", table).containsAll(columns);
        });
    }

    @Test
    void theDownloadHoldsEveryRowThatReferencesThePerson() throws Exception {
        for (String email : new String[] {"anna.berzina@demo.sadarbe.eu", "marta.jansone@demo.sadarbe.eu"}) {
            AccountSummary person = register.byEmail(email).orElseThrow();
            Cookie session = signIn(mvc, email, DemoAccounts.PASSWORD).session();
            String body = mvc.perform(get("/account/personal-data").cookie(session))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Disposition", containsString("sadarbe-personal-data.json")))
                    .andReturn().getResponse().getContentAsString();
            JsonNode tables = JSON.readTree(body).get("tables");
            int tablesWithRows = 0;
            for (var reference : referencesToAccounts().entrySet()) {
                for (String column : reference.getValue()) {
                    int rows = jdbc.sql("SELECT COUNT(*) FROM " + reference.getKey() + " WHERE " + column + " = :id")
                            .param("id", person.id().value()).query(Integer.class).single();
                    if (rows == 0) {
                        continue;
                    }
                    tablesWithRows++;
                    JsonNode exported = tables.get(reference.getKey());
                    assertThat(exported).as("%s rows of %s.%s about %s", rows, reference.getKey(), column, email)
                            .isNotNull();
                    long matching = 0;
                    for (JsonNode row : exported) {
                        matching += person.id().toString().equals(row.path(column).asString()) ? 1 : 0;
                    }
                    assertThat(matching).as("%s.%s", reference.getKey(), column).isEqualTo(rows);
                }
            }
            assertThat(tablesWithRows).as("the demo person has data in several tables").isGreaterThanOrEqualTo(3);
            assertThat(tables.get("account").get(0).get("password_hash").asString())
                    .isEqualTo(PersonalDataExport.SECRET_SHOWN_AS);
        }
    }

    @Test
    void erasureIsAskedByThePersonAndCarriedOutByAnAdministrator() throws Exception {
        AccountSummary person = register.open("erase-me-" + UUID.randomUUID() + "@example.eu", "Dzēšamā Persona",
                PASSWORD, Set.of(Role.APPLICANT), null);
        AccountSummary administrator = register.open("eraser-" + UUID.randomUUID() + "@example.eu", "Admin",
                PASSWORD, Set.of(Role.ADMIN), null);
        Cookie admin = signIn(mvc, administrator.email(), PASSWORD).session();
        mvc.perform(post("/admin/users/" + person.id() + "/erasure").cookie(admin).with(csrf()))
                .andExpect(flash().attribute("refused", "users.refused.noErasureRequest"));

        Cookie theirs = signIn(mvc, person.email(), PASSWORD).session();
        mvc.perform(post("/account/erasure-request").cookie(theirs).with(csrf()))
                .andExpect(flash().attribute("done", "account.erasure.requested"));
        mvc.perform(get("/admin/users").param("q", person.email()).cookie(admin))
                .andExpect(content().string(containsString("Erasure requested")));

        // Copies of the address and name in other modules: a pending draft invitation and organisation invitation,
        // and an entry in an agency's expert pool
        jdbc.sql("INSERT INTO application_invitation (application_id, email, access_level, invited_by, invited_at)"
                        + " SELECT id, :email, 'VIEW', :by, CURRENT_TIMESTAMP FROM application_draft FETCH FIRST 1 ROWS ONLY")
                .param("email", person.email()).param("by", administrator.id().value()).update();
        jdbc.sql("INSERT INTO organisation_invitation (id, organisation_id, email, invited_by, invited_at, status)"
                        + " SELECT :id, id, :email, :by, CURRENT_TIMESTAMP, 'PENDING' FROM organisation FETCH FIRST 1 ROWS ONLY")
                .param("id", UUID.randomUUID()).param("email", person.email()).param("by", administrator.id().value())
                .update();
        jdbc.sql("INSERT INTO assessment_expert (account_id, email, display_name, national_agency_code, fields, languages,"
                        + " country_code) VALUES (:id, :email, 'Dzēšamā Persona', 'LV01', 'KA201', 'lv', 'LV')")
                .param("id", person.id().value()).param("email", person.email()).update();

        mvc.perform(post("/admin/users/" + person.id() + "/erasure").cookie(admin).with(csrf()))
                .andExpect(flash().attribute("done", "users.done.erased"));
        mvc.perform(get("/account").cookie(theirs).accept("text/html")).andExpect(status().is3xxRedirection());
        assertThat(signIn(mvc, person.email(), PASSWORD).redirectedTo()).isEqualTo("/sign-in?error");
        AccountSummary erased = register.byId(person.id()).orElseThrow();
        assertThat(erased.email()).doesNotContain("erase-me");
        assertThat(erased.displayName()).isNotEqualTo("Dzēšamā Persona");
        assertThat(erased.roles()).isEmpty();

        // Outside the retained security event log, nothing holds the former address or name (the other modules hear
        // of the erasure through an event, after the administrator's transaction).
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> left = export.of(new AccountSummary(person.id(), person.email(), "", Set.of(), null,
                    "en"));
            @SuppressWarnings("unchecked")
            Map<String, Object> tables = (Map<String, Object>) left.get("tables");
            String dump = JSON.writeValueAsString(tables.entrySet().stream()
                    .filter(table -> !table.getKey().equals("account_security_event")).toList());
            assertThat(dump).doesNotContain(person.email()).doesNotContain("Dzēšamā Persona");
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account_security_event WHERE kind = 'ACCOUNT_ANONYMISED' AND email = :admin")
                .param("admin", administrator.email()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void thePrivacyNoticeIsOpenToEveryoneInBothLanguages() throws Exception {
        mvc.perform(get("/privacy"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Privacy notice")))
                .andExpect(content().string(containsString("privacy@sadarbe.invalid")))
                .andExpect(content().string(containsString("for 10 years")))
                .andExpect(content().string(containsString("2 years and 0 months")));
        mvc.perform(get("/privacy?lang=lv"))
                .andExpect(content().string(containsString("Privātuma paziņojums")))
                .andExpect(content().string(containsString("Jūsu tiesības")));
        mvc.perform(get("/")).andExpect(content().string(containsString("href=\"/privacy\"")));
    }

    @Test
    void deletesDraftsNeverSubmittedAfterTheRetentionPeriod() {
        UUID old = copyOfADraft("DRAFT", 3);
        UUID recent = copyOfADraft("DRAFT", 1);
        UUID submitted = copyOfADraft("SUBMITTED", 3);
        assertThat(purge.purge()).isGreaterThanOrEqualTo(1);
        assertThat(exists(old)).isFalse();
        assertThat(exists(recent)).isTrue();
        assertThat(exists(submitted)).isTrue();
    }

    /**
     * Columns that name a person (an address or a name, as text) outside the retained records: live data the person
     * can correct, or have erased, or that is no person's at all. Every other such column must be in the retention
     * job's list, so that its names go when the retention period ends.
     */
    static final Map<String, String> NOT_RETAINED = Map.ofEntries(
            Map.entry("account.email", "the account itself (erasure)"),
            Map.entry("account.display_name", "the account itself (erasure)"),
            Map.entry("assessment_expert.email", "the agency's expert pool, emptied on erasure (ErasedExperts)"),
            Map.entry("assessment_expert.display_name", "the same"),
            Map.entry("organisation.legal_representative_name", "the organisation register, kept by the organisation"),
            Map.entry("organisation.legal_representative_email", "the same"),
            Map.entry("organisation_contact.full_name", "the same"),
            Map.entry("organisation_contact.email", "the same"),
            Map.entry("organisation_invitation.email", "pending invitations, ended on erasure"),
            Map.entry("application_invitation.email", "pending invitations, ended on erasure"),
            Map.entry("national_agency_contact.email", "an agency's address, no person's"),
            Map.entry("information_contact.email", "an Erasmus+ office's or the Commission's address, no person's"),
            Map.entry("assessment_inbox.applicant_name", "the applicant organisation's name"),
            Map.entry("spring_session.principal_name", "a live session, gone when it ends"),
            Map.entry("shedlock.locked_by", "a node's host name"));
    static final Pattern PERSON_COLUMN = Pattern.compile(
            "email|.*_email|.*_by|.*_by_name|display_name|full_name|.*representative_name|principal_name|.*applicant_name");

    @Test
    void theRetentionJobCoversEveryRetainedColumnThatNamesAPerson() throws Exception {
        Map<String, String> types = textColumns();
        Set<String> retained = new TreeSet<>();
        for (RecordRetention.Retained table : RecordRetention.RETAINED) {
            assertThat(columnsOf(table.table())).as("columns of %s", table.table()).contains(table.madeAt());
            table.columns().forEach(column -> retained.add(table.table() + "." + column));
        }
        assertThat(types.keySet()).as("retained columns are text columns of this database").containsAll(retained);
        Set<String> naming = new TreeSet<>();
        types.keySet().stream().filter(column -> PERSON_COLUMN.matcher(column.substring(column.indexOf('.') + 1))
                .matches()).forEach(naming::add);
        naming.removeAll(NOT_RETAINED.keySet());
        naming.removeIf(column -> column.startsWith("flyway_schema_history")); // the database user who migrated
        assertThat(retained).as("columns naming a person, outside live data, that the retention job must "
                + "anonymise (RecordRetention.RETAINED) or this test must name as live data").containsAll(naming);

        // The job's statements run on this database (H2 and PostgreSQL); with a clock in 2000 they touch nothing.
        RecordRetention at2000 = new RecordRetention(jdbc, java.time.Clock.fixed(
                java.time.Instant.parse("2000-01-01T00:00:00Z"), ZoneOffset.UTC), new PrivacySettings(null, null,
                null, null, null, null, null, null), java.util.List.of());
        assertThat(at2000.endRetention()).isZero();
    }

    /** Every text column of the application's tables, as table.column, with its type. */
    private Map<String, String> textColumns() throws Exception {
        return JdbcUtils.extractDatabaseMetaData(dataSource, (DatabaseMetaData meta) -> {
            Map<String, String> found = new TreeMap<>();
            try (ResultSet columns = meta.getColumns(null, null, "%", "%")) {
                while (columns.next()) {
                    String schema = columns.getString("TABLE_SCHEM");
                    String type = columns.getString("TYPE_NAME").toLowerCase(Locale.ROOT);
                    if ((schema == null || schema.equalsIgnoreCase("public"))
                            && (type.contains("char") || type.equals("text") || type.contains("clob"))) {
                        found.put(columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT) + "."
                                + columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), type);
                    }
                }
            }
            return found;
        });
    }

    private Set<String> columnsOf(String table) throws Exception {
        return JdbcUtils.extractDatabaseMetaData(dataSource, (DatabaseMetaData meta) -> {
            Set<String> found = new TreeSet<>();
            for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
                try (ResultSet columns = meta.getColumns(null, null, name, "%")) {
                    while (columns.next()) {
                        found.add(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            return found;
        });
    }

    private UUID copyOfADraft(String status, int yearsAgo) {
        UUID id = UUID.randomUUID();
        OffsetDateTime then = OffsetDateTime.now(ZoneOffset.UTC).minusYears(yearsAgo);
        jdbc.sql("""
                        INSERT INTO application_draft (id, call_round, call_year, action_type, title, applicant_oid,
                            applicant_country, status, version, created_by, created_at, updated_at)
                        SELECT :id, call_round, call_year, action_type, 'Old draft', applicant_oid, applicant_country,
                            :status, 1, created_by, :then, :then FROM application_draft
                        ORDER BY created_at LIMIT 1""")
                .param("id", id).param("status", status).param("then", then).update();
        return id;
    }

    private boolean exists(UUID draft) {
        return jdbc.sql("SELECT COUNT(*) FROM application_draft WHERE id = :id").param("id", draft)
                .query(Integer.class).single() == 1;
    }

    /**
     * Found without the exporter: columns with a foreign key to account(id), and id columns named as references
     * to a person (account_id, …_by, expert_id).
     */
    private Map<String, Set<String>> referencesToAccounts() throws Exception {
        return JdbcUtils.extractDatabaseMetaData(dataSource, (DatabaseMetaData meta) -> {
            Map<String, Set<String>> found = new TreeMap<>();
            for (String name : new String[] {"account", "ACCOUNT"}) {
                try (ResultSet keys = meta.getExportedKeys(null, null, name)) {
                    while (keys.next()) {
                        found.computeIfAbsent(keys.getString("FKTABLE_NAME").toLowerCase(Locale.ROOT),
                                table -> new TreeSet<>()).add(keys.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            try (ResultSet columns = meta.getColumns(null, null, "%", "%")) {
                while (columns.next()) {
                    String schema = columns.getString("TABLE_SCHEM");
                    String column = columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    String table = columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if ((schema == null || schema.equalsIgnoreCase("public"))
                            && columns.getString("TYPE_NAME").equalsIgnoreCase("uuid")
                            && (column.equals("account_id") || column.endsWith("_by") || column.equals("expert_id"))) {
                        found.computeIfAbsent(table, key -> new TreeSet<>()).add(column);
                    }
                }
            }
            return found;
        });
    }
}

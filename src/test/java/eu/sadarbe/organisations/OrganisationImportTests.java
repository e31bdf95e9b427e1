package eu.sadarbe.organisations;

import static eu.sadarbe.organisations.OrganisationFixtures.anAccount;
import static eu.sadarbe.organisations.OrganisationFixtures.as;
import static eu.sadarbe.organisations.OrganisationFixtures.uniqueNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.applications.OwnApplicant;
import eu.sadarbe.organisations.domain.OrganisationRegistration;
import eu.sadarbe.organisations.domain.OrganisationRepository;

/**
 * Officers migrate a register from CSV or Excel: all rows or none, unless they choose only the valid rows. A module
 * test of organisations with its pages and the security chain of accounts, with accounts of the test's own (an
 * applicant, an officer of the Latvian agency LV01, an administrator). Imported organisations take new Organisation
 * IDs from the register's sequence: before each test it moves past the demo range, as in
 * {@link OrganisationRegistrationTests}.
 */
@ModuleTest
@AutoConfigureMockMvc
class OrganisationImportTests {

    static final String HEADER = "legal_name,country,city,address,organisation_type,registration_number,"
            + "legal_representative_name,contact_name,contact_email,fields_of_activity,looking_for_partners,topics";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountRegister accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrganisationRegistration registration;
    @Autowired
    OrganisationRepository organisations;

    String applicant;
    String officer;
    String administrator;

    @BeforeEach
    void accountsOfTheirOwn() {
        applicant = OwnApplicant.register(accounts, registration).account().email();
        organisations.issueOidsAfterTheHighestRegistered();
        officer = anAccount(accounts, "Ilze Referente", Role.NA_OFFICER, "LV01");
        administrator = anAccount(accounts, "Administrators", Role.ADMIN, null);
    }

    /** A CSV of {@code count} valid rows, except the data rows (1-based) given as bad ones. */
    static String csv(String batch, int count, int... badRows) {
        List<Integer> bad = new ArrayList<>();
        for (int row : badRows) {
            bad.add(row);
        }
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= count; i++) {
            String name = "Importa skola " + batch + " Nr. " + i;
            String country = "LV";
            String pic = "";
            String email = "info" + i + "@skola.example.lv";
            if (bad.contains(i)) {
                switch (bad.indexOf(i)) {
                    case 0 -> name = "";
                    case 1 -> country = "XX";
                    default -> email = "not an address";
                }
            }
            csv.append(String.join(",", "\"" + name + "\"", country, "Rēzekne", "\"Atbrīvošanas aleja " + i + "\"",
                    "SCHOOL", batch + "-" + i, "Direktore", "Kontaktpersona", email, "SCHOOL_EDUCATION", "yes",
                    "\"ūdens; robotika\"")).append(pic).append('\n');
        }
        return csv.toString();
    }

    ResultActions upload(String fileName, byte[] content, boolean onlyValidRows, String email) throws Exception {
        var request = multipart("/organisations/import")
                .file(new MockMultipartFile("file", fileName, "text/csv", content))
                .with(csrf()).with(as(accounts, email));
        if (onlyValidRows) {
            request.param("onlyValidRows", "true");
        }
        return mvc.perform(request);
    }

    long imported(String batch) {
        return jdbc.sql("SELECT COUNT(*) FROM organisation WHERE registration_number LIKE :batch")
                .param("batch", batch + "-%").query(Long.class).single();
    }

    @Test
    void reportsExactlyTheThreeBadRowsOfAThousandAndImportsNothing() throws Exception {
        String batch = uniqueNumber();
        byte[] file = csv(batch, 1000, 17, 500, 999).getBytes(StandardCharsets.UTF_8);

        String page = upload("register.csv", file, false, officer)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing was imported: 3 of 1,000 rows have errors.")))
                .andReturn().getResponse().getContentAsString();

        // Data row n is spreadsheet row n + 1, below the header
        assertThat(reportedRows(page)).containsExactly(18, 501, 1000);
        assertThat(page).contains("Enter the organisation&#39;s legal name", "Choose a country from the list",
                "Enter an e-mail address like name@example.org");
        assertThat(imported(batch)).isZero();
    }

    @Test
    void importsOnlyTheValidRowsWhenTheOfficerChooses() throws Exception {
        String batch = uniqueNumber();
        byte[] file = csv(batch, 20, 3).getBytes(StandardCharsets.UTF_8);
        upload("register.csv", file, true, administrator)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("19 organisations imported.")));
        assertThat(imported(batch)).isEqualTo(19);
        mvc.perform(get("/partners").param("q", "importa skola " + batch).param("topic", "udens"))
                .andExpect(content().string(containsString("19 organisations found")));

        // The same file again: every row is now a possible duplicate of a registered organisation
        upload("register.csv", file, true, administrator)
                .andExpect(content().string(containsString("The register already holds E")));
        assertThat(imported(batch)).isEqualTo(19);
    }

    /** Excel in a Latvian locale saves CSV with semicolons and a byte-order mark: the import reads it and says so. */
    @Test
    void importsASemicolonFileWithAByteOrderMarkAndSaysWhichSeparatorItFound() throws Exception {
        String batch = uniqueNumber();
        String commas = csv(batch, 4);
        StringBuilder semicolons = new StringBuilder("\uFEFF");
        boolean quoted = false;
        for (char c : commas.toCharArray()) {
            quoted = c == '"' ? !quoted : quoted;
            semicolons.append(c == ',' && !quoted ? ';' : c);
        }
        upload("register.csv", semicolons.toString().getBytes(StandardCharsets.UTF_8), false, administrator)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("4 organisations imported.")))
                .andExpect(content().string(containsString("with semicolons (;) between the fields")));
        assertThat(imported(batch)).isEqualTo(4);

        String other = uniqueNumber();
        upload("register.csv", ("\uFEFF" + csv(other, 1)).getBytes(StandardCharsets.UTF_8), false, administrator)
                .andExpect(content().string(containsString("1 organisation imported.")))
                .andExpect(content().string(containsString("with commas (,) between the fields")));
        assertThat(imported(other)).isEqualTo(1);
    }

    @Test
    void importsAnExcelFileAndReportsInLatvian() throws Exception {
        String batch = uniqueNumber();
        String[] lines = csv(batch, 5, 2).split("\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet();
            for (int r = 0; r < lines.length; r++) {
                var row = sheet.createRow(r);
                String[] cells = lines[r].split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c].replace("\"", ""));
                }
            }
            workbook.write(bytes);
        }
        var request = multipart("/organisations/import")
                .file(new MockMultipartFile("file", "register.xlsx", "application/octet-stream", bytes.toByteArray()))
                .param("lang", "lv").with(csrf()).with(as(accounts, officer));
        mvc.perform(request)
                .andExpect(content().string(containsString("Nekas netika importēts: 1 no 5 rindām ir kļūdas.")))
                .andExpect(content().string(containsString("Ievadiet organizācijas juridisko nosaukumu")));
        assertThat(imported(batch)).isZero();
    }

    @Test
    void explainsAnUnreadableFile() throws Exception {
        upload("register.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8), false, officer)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The file could not be read")));
        upload("register.pdf", "%PDF".getBytes(StandardCharsets.UTF_8), false, officer)
                .andExpect(content().string(containsString("Choose a CSV or Excel (.xlsx) file")));
    }

    @Test
    void applicantsMayNotImport() throws Exception {
        upload("register.csv", csv(uniqueNumber(), 2).getBytes(StandardCharsets.UTF_8), false, applicant)
                .andExpect(status().isForbidden());
    }

    private static List<Integer> reportedRows(String page) {
        String table = page.substring(page.indexOf("id=\"import-errors\""));
        Matcher cells = Pattern.compile("<td class=\"govuk-table__cell\">(\\d+)</td>").matcher(table);
        List<Integer> rows = new ArrayList<>();
        while (cells.find()) {
            rows.add(Integer.parseInt(cells.group(1)));
        }
        return rows;
    }
}

package eu.sadarbe.organisations;

import static eu.sadarbe.organisations.OrganisationFixtures.aSchool;
import static eu.sadarbe.organisations.OrganisationFixtures.anAccount;
import static eu.sadarbe.organisations.OrganisationFixtures.as;
import static eu.sadarbe.organisations.OrganisationFixtures.uniqueNumber;
import static eu.sadarbe.organisations.OrganisationFixtures.withForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.applications.OwnApplicant;
import eu.sadarbe.organisations.domain.OrganisationRegistration;
import eu.sadarbe.organisations.domain.OrganisationRepository;

/**
 * Registering organisations on the page: Organisation IDs, field checks in both languages, the duplicate guard. A
 * module test of organisations with its pages and the security chain of accounts, with accounts of the test's own: two
 * applicants and an officer of the Latvian agency LV01.
 * <p>
 * The page issues Organisation IDs from the register's sequence, which starts inside the range the demo data gives its
 * own organisations: before each test the sequence moves past an organisation registered outside that range
 * ({@link OwnApplicant#outsideTheDemoRange()}), so that the demo data, loaded later into the same database, finds its
 * IDs free.
 */
@ModuleTest
@AutoConfigureMockMvc
class OrganisationRegistrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountRegister accounts;
    @Autowired
    OrganisationRegister register;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrganisationRegistration registration;
    @Autowired
    OrganisationRepository organisations;

    String applicant;
    String secondApplicant;
    String officer;

    @BeforeEach
    void applicantsAndAnOfficerOfTheirOwn() {
        applicant = OwnApplicant.register(accounts, registration).account().email();
        organisations.issueOidsAfterTheHighestRegistered();
        secondApplicant = OwnApplicant.register(accounts, registration).account().email();
        officer = anAccount(accounts, "Ilze Referente", Role.NA_OFFICER, "LV01");
    }

    String registered(Map<String, String> form, String email) throws Exception {
        String location = mvc.perform(withForm(post("/organisations"), form).with(as(accounts, email)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/organisations/E*?registered"))
                .andReturn().getResponse().getRedirectedUrl();
        return location.substring("/organisations/".length(), location.indexOf('?'));
    }

    @Test
    void registersPargaujasGimnazijaWithAnOrganisationIdAndFindsItWithAndWithoutDiacritics() throws Exception {
        String registrationNumber = uniqueNumber();
        String oid = registered(aSchool("Valmieras Pārgaujas ģimnāzija " + registrationNumber, "Valmiera",
                registrationNumber), applicant);

        assertThat(oid).matches("^E\\d{8}$");
        var summary = register.byOid(Oid.of(oid)).orElseThrow();
        assertThat(summary.status()).isEqualTo(OrganisationStatus.DECLARED);
        assertThat(register.actingFor(accounts.byEmail(applicant).orElseThrow().id())).extracting(OrganisationSummary::oid)
                .contains(Oid.of(oid));

        // A second registration with the same Latvian registration number is flagged, and nothing is created
        var second = aSchool("Pavisam cita skola", "Daugavpils", registrationNumber);
        long before = organisations();
        mvc.perform(withForm(post("/organisations"), second).with(as(accounts, secondApplicant)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"duplicates\"")))
                .andExpect(content().string(containsString(oid)));
        assertThat(organisations()).isEqualTo(before);

        // The registration number in the name finds this school among the other tests' ones in Valmiera
        for (String words : new String[] {"valmiera", "Valmiera", "VALMIERAS PĀRGAUJAS ĢIMNĀZIJA",
                "pargaujas gimnazija"}) {
            mvc.perform(get("/partners").param("q", words + " " + registrationNumber))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(oid)));
        }
        mvc.perform(get("/partners").param("q", oid)).andExpect(content().string(containsString(oid)));
        mvc.perform(get("/partners").param("q", "gimnazija " + registrationNumber).param("type", "SCHOOL")
                        .param("city", "valmiera"))
                .andExpect(content().string(containsString(oid)));
        mvc.perform(get("/api/v1/organisations").param("q", "valmiera " + registrationNumber).param("type", "SCHOOL")
                        .param("size", "100").with(as(accounts, secondApplicant)))
                .andExpect(jsonPath("$.organisations[*].oid", hasItem(oid)));
        mvc.perform(get("/partners").param("q", "gimnazija " + registrationNumber).param("type", "VET_PROVIDER"))
                .andExpect(content().string(not(containsString(oid))));
    }

    @Test
    void issuesUniqueOrganisationIdsAboveTheDemoRange() throws Exception {
        String first = registered(aSchool("Ogres tehnikums " + uniqueNumber(), "Ogre", uniqueNumber()), applicant);
        String second = registered(aSchool("Siguldas skola " + uniqueNumber(), "Sigulda", uniqueNumber()), applicant);
        assertThat(first).isNotEqualTo(second);
        assertThat(Long.parseLong(first.substring(1))).isGreaterThanOrEqualTo(10_000_100L);
    }

    @Nested
    class DuplicateGuard {

        @Test
        void flagsTheSameLegalNameInTheSameCityWithoutCaseOrDiacritics() throws Exception {
            String name = "Cēsu Valsts ģimnāzija " + uniqueNumber();
            String oid = registered(aSchool(name, "Cēsis", uniqueNumber()), applicant);
            var again = aSchool(name.toUpperCase().replace("Ē", "E").replace("Ģ", "G"), "CESIS", uniqueNumber());
            mvc.perform(withForm(post("/organisations"), again).with(as(accounts, secondApplicant)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(oid)));
        }

        @Test
        void registersAPossibleDuplicateOnlyWithAReasonThatTheAgencySees() throws Exception {
            String registrationNumber = uniqueNumber();
            String oid = registered(aSchool("Valmieras skola " + registrationNumber, "Valmiera", registrationNumber),
                    applicant);
            var branch = aSchool("Valmieras skolas filiāle " + registrationNumber, "Valmiera", registrationNumber);
            branch.put("duplicateReason", "A branch with its own budget, registered under the same number");
            String second = registered(branch, secondApplicant);

            assertThat(second).isNotEqualTo(oid);
            mvc.perform(get("/organisations/" + second).with(as(accounts, officer)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("A branch with its own budget")))
                    .andExpect(content().string(containsString(oid)));
        }
    }

    @Nested
    class FieldChecks {

        @Test
        void explainsEveryMissingOrMalformedFieldInLatvian() throws Exception {
            var form = aSchool("", "", uniqueNumber());
            form.put("pic", "12345");
            form.put("website", "sadarbe");
            form.put("contactEmail", "not-an-address");
            form.put("country", "XX");
            long before = organisations();
            mvc.perform(withForm(post("/organisations"), form).param("lang", "lv").with(as(accounts, applicant)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Ievadiet organizācijas juridisko nosaukumu")))
                    .andExpect(content().string(containsString("Ievadiet pilsētu")))
                    .andExpect(content().string(containsString("Ievadiet PIC kā 9 ciparus")))
                    .andExpect(content().string(containsString("https://")))
                    .andExpect(content().string(containsString("vards@example.org")))
                    .andExpect(content().string(containsString("Izvēlieties valsti no saraksta")));
            assertThat(organisations()).isEqualTo(before);
        }

        @Test
        void asksAHigherEducationInstitutionForItsEcheCodeInEnglish() throws Exception {
            var form = aSchool("Vidzemes Augstskola " + uniqueNumber(), "Valmiera", uniqueNumber());
            form.put("organisationType", "HIGHER_EDUCATION_INSTITUTION");
            form.put("echeValidUntil", "not a date");
            mvc.perform(withForm(post("/organisations"), form).param("lang", "en").with(as(accounts, applicant)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Enter the ECHE code")))
                    .andExpect(content().string(containsString("Enter the ECHE validity as a date")));

            form.put("echeCode", "LV VALMIER01");
            form.put("echeValidUntil", "2027-12-31");
            String oid = registered(form, applicant);
            assertThat(register.byOid(Oid.of(oid)).orElseThrow().echeCode()).isEqualTo("LV VALMIER01");
        }
    }

    @Test
    void refusesAnotherApplicantWhoTriesToChangeTheOrganisationOnThePage() throws Exception {
        var form = aSchool("Tukuma skola " + uniqueNumber(), "Tukums", uniqueNumber());
        String oid = registered(form, applicant);
        form.put("city", "Talsi");
        mvc.perform(withForm(post("/organisations/" + oid), form).with(as(accounts, secondApplicant)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organisations/" + oid + "/edit").with(as(accounts, secondApplicant)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organisations/" + oid).with(as(accounts, secondApplicant)))
                .andExpect(redirectedUrlPattern("/partners/E*"));
        mvc.perform(withForm(post("/organisations/" + oid), form).with(as(accounts, applicant)))
                .andExpect(redirectedUrlPattern("/organisations/E*?changed"));
        assertThat(register.byOid(Oid.of(oid)).orElseThrow().city()).isEqualTo("Talsi");
    }

    @Test
    void showsRegistrationOnlyToSignedInUsers() throws Exception {
        mvc.perform(get("/organisations/new").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/organisations/new").with(as(accounts, applicant))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Organisation ID")));
    }

    private long organisations() {
        return jdbc.sql("SELECT COUNT(*) FROM organisation").query(Long.class).single();
    }
}

package eu.sadarbe.organisations;

import static eu.sadarbe.organisations.OrganisationFixtures.ANNA;
import static eu.sadarbe.organisations.OrganisationFixtures.ILZE_LV01_OFFICER;
import static eu.sadarbe.organisations.OrganisationFixtures.PETERIS;
import static eu.sadarbe.organisations.OrganisationFixtures.aSchool;
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

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.AccountRegister;

/** Registering organisations on the page: Organisation IDs, field checks in both languages, the duplicate guard. */
@SadarbeTest
class OrganisationRegistrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountRegister accounts;
    @Autowired
    OrganisationRegister register;
    @Autowired
    JdbcClient jdbc;

    String registered(Map<String, String> form, String email) throws Exception {
        String location = mvc.perform(withForm(post("/organisations"), form).with(as(accounts, email)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/organisations/E*?registered"))
                .andReturn().getResponse().getRedirectedUrl();
        return location.substring("/organisations/".length(), location.indexOf('?'));
    }

    @Test
    void registersRigas1VidusskolaWithAnOrganisationIdAndFindsItWithAndWithoutDiacritics() throws Exception {
        String registrationNumber = uniqueNumber();
        String oid = registered(aSchool("Rīgas 1. vidusskola", "Rīga", registrationNumber), ANNA);

        assertThat(oid).matches("^E\\d{8}$");
        var summary = register.byOid(Oid.of(oid)).orElseThrow();
        assertThat(summary.status()).isEqualTo(OrganisationStatus.DECLARED);
        assertThat(register.actingFor(accounts.byEmail(ANNA).orElseThrow().id())).extracting(OrganisationSummary::oid)
                .contains(Oid.of(oid));

        // A second registration with the same Latvian registration number is flagged, and nothing is created
        var second = aSchool("Pavisam cita skola", "Daugavpils", registrationNumber);
        long before = organisations();
        mvc.perform(withForm(post("/organisations"), second).with(as(accounts, PETERIS)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"duplicates\"")))
                .andExpect(content().string(containsString(oid)));
        assertThat(organisations()).isEqualTo(before);

        for (String words : new String[] {"riga", "Rīga", "RĪGAS 1. VIDUSSKOLA", "rigas 1", oid}) {
            mvc.perform(get("/partners").param("q", words))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(oid)));
        }
        mvc.perform(get("/partners").param("q", "vidusskola").param("type", "SCHOOL").param("city", "riga"))
                .andExpect(content().string(containsString(oid)));
        mvc.perform(get("/api/v1/organisations").param("q", "riga").param("type", "SCHOOL").param("size", "100")
                        .with(as(accounts, PETERIS)))
                .andExpect(jsonPath("$.organisations[*].oid", hasItem(oid)));
        mvc.perform(get("/partners").param("q", "vidusskola").param("type", "VET_PROVIDER"))
                .andExpect(content().string(not(containsString(oid))));
    }

    @Test
    void issuesUniqueOrganisationIdsAboveTheDemoRange() throws Exception {
        String first = registered(aSchool("Ogres tehnikums " + uniqueNumber(), "Ogre", uniqueNumber()), ANNA);
        String second = registered(aSchool("Siguldas skola " + uniqueNumber(), "Sigulda", uniqueNumber()), ANNA);
        assertThat(first).isNotEqualTo(second);
        assertThat(Long.parseLong(first.substring(1))).isGreaterThanOrEqualTo(10_000_100L);
    }

    @Nested
    class DuplicateGuard {

        @Test
        void flagsTheSameLegalNameInTheSameCityWithoutCaseOrDiacritics() throws Exception {
            String name = "Cēsu Valsts ģimnāzija " + uniqueNumber();
            String oid = registered(aSchool(name, "Cēsis", uniqueNumber()), ANNA);
            var again = aSchool(name.toUpperCase().replace("Ē", "E").replace("Ģ", "G"), "CESIS", uniqueNumber());
            mvc.perform(withForm(post("/organisations"), again).with(as(accounts, PETERIS)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(oid)));
        }

        @Test
        void registersAPossibleDuplicateOnlyWithAReasonThatTheAgencySees() throws Exception {
            String registrationNumber = uniqueNumber();
            String oid = registered(aSchool("Valmieras skola " + registrationNumber, "Valmiera", registrationNumber),
                    ANNA);
            var branch = aSchool("Valmieras skolas filiāle " + registrationNumber, "Valmiera", registrationNumber);
            branch.put("duplicateReason", "A branch with its own budget, registered under the same number");
            String second = registered(branch, PETERIS);

            assertThat(second).isNotEqualTo(oid);
            mvc.perform(get("/organisations/" + second).with(as(accounts, ILZE_LV01_OFFICER)))
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
            mvc.perform(withForm(post("/organisations"), form).param("lang", "lv").with(as(accounts, ANNA)))
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
            var form = aSchool("Rīgas Tehniskā universitāte " + uniqueNumber(), "Rīga", uniqueNumber());
            form.put("organisationType", "HIGHER_EDUCATION_INSTITUTION");
            form.put("echeValidUntil", "not a date");
            mvc.perform(withForm(post("/organisations"), form).param("lang", "en").with(as(accounts, ANNA)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Enter the ECHE code")))
                    .andExpect(content().string(containsString("Enter the ECHE validity as a date")));

            form.put("echeCode", "LV RIGA02");
            form.put("echeValidUntil", "2027-12-31");
            String oid = registered(form, ANNA);
            assertThat(register.byOid(Oid.of(oid)).orElseThrow().echeCode()).isEqualTo("LV RIGA02");
        }
    }

    @Test
    void refusesAnotherApplicantWhoTriesToChangeTheOrganisationOnThePage() throws Exception {
        var form = aSchool("Tukuma skola " + uniqueNumber(), "Tukums", uniqueNumber());
        String oid = registered(form, ANNA);
        form.put("city", "Talsi");
        mvc.perform(withForm(post("/organisations/" + oid), form).with(as(accounts, PETERIS)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organisations/" + oid + "/edit").with(as(accounts, PETERIS)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organisations/" + oid).with(as(accounts, PETERIS)))
                .andExpect(redirectedUrlPattern("/partners/E*"));
        mvc.perform(withForm(post("/organisations/" + oid), form).with(as(accounts, ANNA)))
                .andExpect(redirectedUrlPattern("/organisations/E*?changed"));
        assertThat(register.byOid(Oid.of(oid)).orElseThrow().city()).isEqualTo("Talsi");
    }

    @Test
    void showsRegistrationOnlyToSignedInUsers() throws Exception {
        mvc.perform(get("/organisations/new").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/organisations/new").with(as(accounts, ANNA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Organisation ID")));
    }

    private long organisations() {
        return jdbc.sql("SELECT COUNT(*) FROM organisation").query(Long.class).single();
    }
}

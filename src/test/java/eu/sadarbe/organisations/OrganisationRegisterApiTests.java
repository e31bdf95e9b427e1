package eu.sadarbe.organisations;

import static eu.sadarbe.organisations.OrganisationFixtures.aSchool;
import static eu.sadarbe.organisations.OrganisationFixtures.anAccount;
import static eu.sadarbe.organisations.OrganisationFixtures.as;
import static eu.sadarbe.organisations.OrganisationFixtures.json;
import static eu.sadarbe.organisations.OrganisationFixtures.uniqueNumber;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.applications.OwnApplicant;
import eu.sadarbe.organisations.domain.OrganisationRegistration;
import eu.sadarbe.organisations.domain.OrganisationRepository;

/**
 * The register's JSON API and the pages beside it: who may change an organisation, its users and their invitations,
 * the agency's decision, and the history. A module test of organisations with its pages and the security chain of
 * accounts, with accounts of the test's own: two applicants, an officer of the Latvian agency LV01, one of LV02 and an
 * administrator. The API issues Organisation IDs from the register's sequence: before each test it moves past the demo
 * range, as in {@link OrganisationRegistrationTests}. That the API is in the OpenAPI document is
 * {@code OrganisationApiTests}', on the whole application.
 */
@ModuleTest
@AutoConfigureMockMvc
class OrganisationRegisterApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountRegister accounts;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    OrganisationRegistration registration;
    @Autowired
    OrganisationRepository organisations;

    String anna;
    String peteris;
    String ilzeLv01Officer;
    String janisLv02Officer;
    String administrator;

    @BeforeEach
    void accountsOfTheirOwn() {
        anna = anAccount(accounts, "Anna Pieteicēja", Role.APPLICANT, null);
        peteris = anAccount(accounts, "Pēteris Pieteicējs", Role.APPLICANT, null);
        ilzeLv01Officer = anAccount(accounts, "Ilze Referente", Role.NA_OFFICER, "LV01");
        janisLv02Officer = anAccount(accounts, "Jānis Referents", Role.NA_OFFICER, "LV02");
        administrator = anAccount(accounts, "Administrators", Role.ADMIN, null);
        OwnApplicant.register(accounts, registration);
        organisations.issueOidsAfterTheHighestRegistered();
    }

    String registeredBy(String email, Map<String, String> form) throws Exception {
        String body = mvc.perform(post("/api/v1/organisations").with(as(accounts, email))
                        .contentType(MediaType.APPLICATION_JSON).content(json(form)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/v1/organisations/E\\d{8}")))
                .andExpect(jsonPath("$.status").value("DECLARED"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.oid");
    }

    Map<String, String> aSchoolOfAnna() {
        return aSchool("Liepājas skola " + uniqueNumber(), "Liepāja", uniqueNumber());
    }

    @Nested
    class WhoMayChange {

        @Test
        void anotherApplicantIsRefused() throws Exception {
            var form = aSchoolOfAnna();
            String oid = registeredBy(anna, form);
            form.put("city", "Ventspils");
            mvc.perform(put("/api/v1/organisations/" + oid).with(as(accounts, peteris))
                            .contentType(MediaType.APPLICATION_JSON).content(json(form)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail", containsString("own users")));
            mvc.perform(get("/api/v1/organisations/" + oid).with(as(accounts, anna)))
                    .andExpect(jsonPath("$.city").value("Liepāja"));
        }

        @Test
        void anotherApplicantReadsNoPersonalData() throws Exception {
            String oid = registeredBy(anna, aSchoolOfAnna());
            mvc.perform(get("/api/v1/organisations/" + oid).with(as(accounts, peteris)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.contacts").doesNotExist())
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("maris.ozols"))));
            mvc.perform(get("/api/v1/organisations/" + oid).with(as(accounts, anna)))
                    .andExpect(jsonPath("$.contacts[0].email").value("maris.ozols@example.lv"));
        }

        @Test
        void itsOwnUserTheCountrysAgencyAndAnAdministratorMayChangeIt() throws Exception {
            var form = aSchoolOfAnna();
            String oid = registeredBy(anna, form);
            for (String email : new String[] {anna, ilzeLv01Officer, administrator}) {
                form.put("address", "Changed by " + email);
                mvc.perform(put("/api/v1/organisations/" + oid).with(as(accounts, email))
                                .contentType(MediaType.APPLICATION_JSON).content(json(form)))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.address").value("Changed by " + email));
            }
        }

        @Test
        void anOfficerOfAnotherCountrysAgencyIsRefused() throws Exception {
            var form = aSchoolOfAnna();
            form.put("country", "EE");
            form.put("city", "Tartu");
            String oid = registeredBy(anna, form);
            form.put("address", "Elsewhere");
            mvc.perform(put("/api/v1/organisations/" + oid).with(as(accounts, ilzeLv01Officer))
                            .contentType(MediaType.APPLICATION_JSON).content(json(form)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/organisations/" + oid + "/decision").with(as(accounts, ilzeLv01Officer))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"VALIDATED\"}"))
                    .andExpect(status().isForbidden());
        }

        @Test
        void askingWithoutSignInGives401() throws Exception {
            mvc.perform(post("/api/v1/organisations").contentType(MediaType.APPLICATION_JSON)
                            .content(json(aSchoolOfAnna())))
                    .andExpect(status().isUnauthorized());
        }
    }

    @Nested
    class AuthorisedUsers {

        @Test
        void anOwnUserInvitesAndTheInviteeActsForTheOrganisationOnlyAfterAccepting() throws Exception {
            var form = aSchoolOfAnna();
            String oid = registeredBy(anna, form);
            mvc.perform(post("/api/v1/organisations/" + oid + "/users").with(as(accounts, peteris))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"" + peteris + "\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/organisations/" + oid + "/users").with(as(accounts, anna))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"" + peteris + "\"}"))
                    .andExpect(status().isAccepted())
                    .andExpect(jsonPath("$.status").value("PENDING"));
            form.put("address", "Changed by Pēteris");
            mvc.perform(put("/api/v1/organisations/" + oid).with(as(accounts, peteris))
                            .contentType(MediaType.APPLICATION_JSON).content(json(form)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/organisations/" + oid + "/invitations").with(as(accounts, anna)))
                    .andExpect(jsonPath("$[0].email").value(peteris));
            String invitation = invitationOf(peteris, oid);
            mvc.perform(post("/api/v1/organisation-invitations/" + invitation + "/acceptance")
                            .with(as(accounts, peteris)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.oid").value(oid));
            mvc.perform(put("/api/v1/organisations/" + oid).with(as(accounts, peteris))
                            .contentType(MediaType.APPLICATION_JSON).content(json(form)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.users.length()").value(2));
            mvc.perform(get("/api/v1/organisations/" + oid + "/invitations").with(as(accounts, anna)))
                    .andExpect(jsonPath("$.length()").value(0));
        }

        @Test
        void anOfficerOfAnotherAgencyCannotAddHimselfToAnOrganisation() throws Exception {
            String oid = registeredBy(anna, aSchoolOfAnna());
            mvc.perform(post("/api/v1/organisations/" + oid + "/users").with(as(accounts, janisLv02Officer))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"email\":\"" + janisLv02Officer + "\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/organisations/" + oid + "/users").with(as(accounts, ilzeLv01Officer))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"email\":\"" + ilzeLv01Officer + "\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/organisations/" + oid).with(as(accounts, anna)))
                    .andExpect(jsonPath("$.users.length()").value(1));
            mvc.perform(get("/api/v1/organisation-invitations").with(as(accounts, janisLv02Officer)))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString(oid))));
        }

        @Test
        void aDeclinedOrRevokedInvitationCannotBeAccepted() throws Exception {
            String oid = registeredBy(anna, aSchoolOfAnna());
            invite(oid, peteris);
            String declined = invitationOf(peteris, oid);
            mvc.perform(post("/api/v1/organisation-invitations/" + declined + "/refusal").with(as(accounts, peteris)))
                    .andExpect(status().isOk());
            mvc.perform(post("/api/v1/organisation-invitations/" + declined + "/acceptance")
                            .with(as(accounts, peteris)))
                    .andExpect(status().isNotFound());
            invite(oid, peteris);
            String revoked = invitationOf(peteris, oid);
            mvc.perform(delete("/api/v1/organisations/" + oid + "/invitations/" + revoked).with(as(accounts, peteris)))
                    .andExpect(status().isForbidden());
            mvc.perform(delete("/api/v1/organisations/" + oid + "/invitations/" + revoked).with(as(accounts, anna)))
                    .andExpect(status().isNoContent());
            mvc.perform(post("/api/v1/organisation-invitations/" + revoked + "/acceptance")
                            .with(as(accounts, peteris)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/organisations/" + oid).with(as(accounts, anna)))
                    .andExpect(jsonPath("$.users.length()").value(1));
        }

        @Test
        void onlyTheInviteeAcceptsTheirInvitation() throws Exception {
            String oid = registeredBy(anna, aSchoolOfAnna());
            invite(oid, peteris);
            String invitation = invitationOf(peteris, oid);
            mvc.perform(post("/api/v1/organisation-invitations/" + invitation + "/acceptance")
                            .with(as(accounts, janisLv02Officer)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/organisations/" + oid).with(as(accounts, anna)))
                    .andExpect(jsonPath("$.users.length()").value(1));
        }

        @Test
        void answersAnAddressWithAndWithoutAnAccountAlike() throws Exception {
            String oid = registeredBy(anna, aSchoolOfAnna());
            String known = mvc.perform(post("/api/v1/organisations/" + oid + "/users").with(as(accounts, anna))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"" + peteris + "\"}"))
                    .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
            String unknown = mvc.perform(post("/api/v1/organisations/" + oid + "/users").with(as(accounts, anna))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"nobody@example.org\"}"))
                    .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
            org.assertj.core.api.Assertions.assertThat(unknown.replace("nobody@example.org", peteris))
                    .isEqualTo(known);
            mvc.perform(post("/api/v1/organisations/" + oid + "/users").with(as(accounts, anna))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"not an address\"}"))
                    .andExpect(status().isBadRequest());
        }

        @Test
        void theInviteeAcceptsOnTheInvitationsPageAndTheUsersSeeWhatIsPending() throws Exception {
            String oid = registeredBy(anna, aSchoolOfAnna());
            mvc.perform(post("/organisations/" + oid + "/users").param("email", peteris)
                            .with(csrf()).with(as(accounts, anna)))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(get("/organisations/" + oid).with(as(accounts, anna)))
                    .andExpect(content().string(containsString("pending-invitations")))
                    .andExpect(content().string(containsString(peteris)));
            mvc.perform(get("/").with(as(accounts, peteris)))
                    .andExpect(content().string(containsString("href=\"/invitations\"")));
            mvc.perform(get("/invitations").header("Accept-Language", "lv").with(as(accounts, peteris)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Uzaicinājumi darboties organizācijas vārdā")))
                    .andExpect(content().string(containsString(oid)));
            String invitation = invitationOf(peteris, oid);
            mvc.perform(post("/invitations/" + invitation + "/acceptance").with(csrf()).with(as(accounts, peteris)))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(header().string("Location", "/organisations/" + oid + "?joined"));
            mvc.perform(get("/organisations/" + oid).with(as(accounts, peteris)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Pēteris Pieteicējs")));
        }

        @Test
        void aUserLeavesOrRemovesAnotherAndTheLastUserStays() throws Exception {
            String oid = registeredBy(anna, aSchoolOfAnna());
            String peterisId = accounts.byEmail(peteris).orElseThrow().id().value().toString();
            String annaId = accounts.byEmail(anna).orElseThrow().id().value().toString();
            join(oid, peteris);

            // Only the organisation's own users end a membership; an unknown account is no user.
            mvc.perform(delete("/api/v1/organisations/" + oid + "/users/" + peterisId)
                            .with(as(accounts, janisLv02Officer)))
                    .andExpect(status().isForbidden());
            mvc.perform(delete("/api/v1/organisations/" + oid + "/users/" + java.util.UUID.randomUUID())
                            .with(as(accounts, anna)))
                    .andExpect(status().isNotFound());

            // Anna removes Pēteris on the page: he no longer changes the record, and his period has ended.
            mvc.perform(get("/organisations/" + oid).header("Accept-Language", "lv").with(as(accounts, anna)))
                    .andExpect(content().string(containsString("end-membership-" + peterisId)))
                    .andExpect(content().string(containsString("Pamest šo organizāciju")))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("SCHOOL_EDUCATION"))))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString(">true<"))));
            mvc.perform(post("/organisations/" + oid + "/users/" + peterisId + "/removal").with(csrf())
                            .with(as(accounts, anna)))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(header().string("Location", "/organisations/" + oid + "?removed=#users"));
            mvc.perform(put("/api/v1/organisations/" + oid).with(as(accounts, peteris))
                            .contentType(MediaType.APPLICATION_JSON).content(json(aSchoolOfAnna())))
                    .andExpect(status().isForbidden());
            org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                            SELECT COUNT(*) FROM organisation_membership m JOIN organisation o ON o.id = m.organisation_id
                            WHERE o.oid = ? AND m.account_id = ? AND m.member_until IS NOT NULL""")
                    .params(oid, java.util.UUID.fromString(peterisId)).query(Integer.class).single()).isEqualTo(1);

            // The last user stays, in the caller's language.
            mvc.perform(delete("/api/v1/organisations/" + oid + "/users/" + annaId).header("Accept-Language", "lv")
                            .with(as(accounts, anna)))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail", containsString("pēdējais lietotājs")));
            mvc.perform(post("/organisations/" + oid + "/users/" + annaId + "/removal").with(csrf())
                            .with(as(accounts, anna)))
                    .andExpect(header().string("Location", "/organisations/" + oid + "?lastUser=#users"));

            // Invited again, Pēteris leaves by himself, on the API this time after the page.
            join(oid, peteris);
            mvc.perform(post("/organisations/" + oid + "/users/" + peterisId + "/removal").with(csrf())
                            .with(as(accounts, peteris)))
                    .andExpect(header().string("Location", "/organisations?left=" + oid));
            mvc.perform(get("/organisations?left=" + oid).header("Accept-Language", "lv").with(as(accounts, peteris)))
                    .andExpect(content().string(containsString("Jūs vairs nedarbojaties " + oid + " vārdā")));
            mvc.perform(get("/api/v1/organisations/" + oid).with(as(accounts, anna)))
                    .andExpect(jsonPath("$.users.length()").value(1));
        }

        void join(String oid, String email) throws Exception {
            invite(oid, email);
            mvc.perform(post("/api/v1/organisation-invitations/" + invitationOf(email, oid) + "/acceptance")
                            .with(as(accounts, email)))
                    .andExpect(status().isOk());
        }

        void invite(String oid, String email) throws Exception {
            mvc.perform(post("/api/v1/organisations/" + oid + "/users").with(as(accounts, anna))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"" + email + "\"}"))
                    .andExpect(status().isAccepted());
        }

        String invitationOf(String email, String oid) throws Exception {
            String body = mvc.perform(get("/api/v1/organisation-invitations").with(as(accounts, email)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            java.util.List<String> ids = JsonPath.read(body, "$[?(@.oid == '" + oid + "')].id");
            org.assertj.core.api.Assertions.assertThat(ids).hasSize(1);
            return ids.get(0);
        }
    }

    @Nested
    class AgencyValidation {

        @Test
        void theAgencyOfficerSeesDeclaredOrganisationsOfItsCountryWaiting() throws Exception {
            // In Malta, where no other test registers: the officer's list holds the country's 200 oldest waiting
            // organisations, and the tests sharing CI's database register hundreds in Latvia.
            var form = aSchoolOfAnna();
            form.put("country", "MT");
            form.put("city", "Birkirkara");
            form.put("postcode", "BKR 1010");
            String oid = registeredBy(anna, form);
            String mt01Officer = anAccount(accounts, "Maltese Officer", Role.NA_OFFICER, "MT01");
            mvc.perform(get("/organisations").with(as(accounts, mt01Officer)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(oid)));
        }


        @Test
        void anOfficerOfTheCountrysAgencyValidatesAndTheStatusShows() throws Exception {
            String oid = registeredBy(anna, aSchoolOfAnna());
            mvc.perform(post("/api/v1/organisations/" + oid + "/decision").with(as(accounts, ilzeLv01Officer))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"VALIDATED\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("VALIDATED"));
            mvc.perform(get("/partners/" + oid).param("lang", "lv"))
                    .andExpect(content().string(containsString("Apstiprināta")));
            mvc.perform(get("/api/v1/organisations").param("q", oid).with(as(accounts, peteris)))
                    .andExpect(jsonPath("$.organisations[0].status").value("VALIDATED"));
        }

        @Test
        void aRejectionNeedsAReasonThatTheOrganisationReads() throws Exception {
            String oid = registeredBy(anna, aSchoolOfAnna());
            mvc.perform(post("/api/v1/organisations/" + oid + "/decision").with(as(accounts, ilzeLv01Officer))
                            .header("Accept-Language", "lv")
                            .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"REJECTED\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value("Norādiet noraidījuma iemeslu"));
            mvc.perform(post("/api/v1/organisations/" + oid + "/decision").with(as(accounts, ilzeLv01Officer))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"decision\":\"REJECTED\",\"reason\":\"Not found in the Enterprise Register\"}"))
                    .andExpect(jsonPath("$.status").value("REJECTED"));
            mvc.perform(get("/organisations/" + oid).with(as(accounts, anna)))
                    .andExpect(content().string(containsString("Not found in the Enterprise Register")))
                    .andExpect(content().string(containsString("Rejected")));
        }

        @Test
        void theOrganisationsOwnUserCannotValidateIt() throws Exception {
            String oid = registeredBy(anna, aSchoolOfAnna());
            mvc.perform(post("/api/v1/organisations/" + oid + "/decision").with(as(accounts, anna))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"VALIDATED\"}"))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void keepsEveryChangeWithWhoWhenAndBeforeAndAfter() throws Exception {
        var form = aSchoolOfAnna();
        String oid = registeredBy(anna, form);
        form.put("website", "https://skola.example.lv");
        mvc.perform(put("/api/v1/organisations/" + oid).with(as(accounts, anna))
                .contentType(MediaType.APPLICATION_JSON).content(json(form))).andExpect(status().isOk());
        mvc.perform(get("/organisations/" + oid).with(as(accounts, anna)))
                .andExpect(content().string(containsString("https://skola.example.lv")))
                .andExpect(content().string(containsString("Anna Pieteicēja")))
                .andExpect(content().string(containsString("Website")));
    }

    @Test
    void answersInvalidFieldsWithAProblemListingEachField() throws Exception {
        var form = aSchoolOfAnna();
        form.put("pic", "12");
        form.put("organisationType", "CASTLE");
        mvc.perform(post("/api/v1/organisations").with(as(accounts, anna)).header("Accept-Language", "lv")
                        .contentType(MediaType.APPLICATION_JSON).content(json(form)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("pic")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("Ievadiet PIC kā 9 ciparus vai atstājiet tukšu")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("organisationType")));
    }

    @Test
    void answersAPossibleDuplicateWith409UntilAReasonIsGiven() throws Exception {
        var form = aSchoolOfAnna();
        String oid = registeredBy(anna, form);
        mvc.perform(post("/api/v1/organisations").with(as(accounts, peteris))
                        .contentType(MediaType.APPLICATION_JSON).content(json(form)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.possibleDuplicates[0].oid").value(oid));
        form.put("duplicateReason", "We are the evening school sharing the building");
        registeredBy(peteris, form);
    }

    @Test
    void answersAnUnknownOrganisationIdWith404() throws Exception {
        mvc.perform(get("/api/v1/organisations/E99999999").with(as(accounts, anna)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organisations/nonsense").with(as(accounts, anna)))
                .andExpect(status().isNotFound());
    }
}

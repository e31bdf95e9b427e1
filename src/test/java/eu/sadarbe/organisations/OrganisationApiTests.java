package eu.sadarbe.organisations;

import static eu.sadarbe.organisations.OrganisationFixtures.ADMIN;
import static eu.sadarbe.organisations.OrganisationFixtures.ANNA;
import static eu.sadarbe.organisations.OrganisationFixtures.ILZE_LV01_OFFICER;
import static eu.sadarbe.organisations.OrganisationFixtures.JANIS_LV02_OFFICER;
import static eu.sadarbe.organisations.OrganisationFixtures.PETERIS;
import static eu.sadarbe.organisations.OrganisationFixtures.aSchool;
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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.AccountRegister;

/** The register's JSON API: who may change an organisation, the agency's decision, and the history. */
@SadarbeTest
class OrganisationApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountRegister accounts;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

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
            String oid = registeredBy(ANNA, form);
            form.put("city", "Ventspils");
            mvc.perform(put("/api/v1/organisations/" + oid).with(as(accounts, PETERIS))
                            .contentType(MediaType.APPLICATION_JSON).content(json(form)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail", containsString("own users")));
            mvc.perform(get("/api/v1/organisations/" + oid).with(as(accounts, ANNA)))
                    .andExpect(jsonPath("$.city").value("Liepāja"));
        }

        @Test
        void anotherApplicantReadsNoPersonalData() throws Exception {
            String oid = registeredBy(ANNA, aSchoolOfAnna());
            mvc.perform(get("/api/v1/organisations/" + oid).with(as(accounts, PETERIS)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.contacts").doesNotExist())
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("maris.ozols"))));
            mvc.perform(get("/api/v1/organisations/" + oid).with(as(accounts, ANNA)))
                    .andExpect(jsonPath("$.contacts[0].email").value("maris.ozols@example.lv"));
        }

        @Test
        void itsOwnUserTheCountrysAgencyAndAnAdministratorMayChangeIt() throws Exception {
            var form = aSchoolOfAnna();
            String oid = registeredBy(ANNA, form);
            for (String email : new String[] {ANNA, ILZE_LV01_OFFICER, ADMIN}) {
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
            String oid = registeredBy(ANNA, form);
            form.put("address", "Elsewhere");
            mvc.perform(put("/api/v1/organisations/" + oid).with(as(accounts, ILZE_LV01_OFFICER))
                            .contentType(MediaType.APPLICATION_JSON).content(json(form)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/organisations/" + oid + "/decision").with(as(accounts, ILZE_LV01_OFFICER))
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
            String oid = registeredBy(ANNA, form);
            mvc.perform(post("/api/v1/organisations/" + oid + "/users").with(as(accounts, PETERIS))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"" + PETERIS + "\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/organisations/" + oid + "/users").with(as(accounts, ANNA))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"" + PETERIS + "\"}"))
                    .andExpect(status().isAccepted())
                    .andExpect(jsonPath("$.status").value("PENDING"));
            form.put("address", "Changed by Pēteris");
            mvc.perform(put("/api/v1/organisations/" + oid).with(as(accounts, PETERIS))
                            .contentType(MediaType.APPLICATION_JSON).content(json(form)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/organisations/" + oid + "/invitations").with(as(accounts, ANNA)))
                    .andExpect(jsonPath("$[0].email").value(PETERIS));
            String invitation = invitationOf(PETERIS, oid);
            mvc.perform(post("/api/v1/organisation-invitations/" + invitation + "/acceptance")
                            .with(as(accounts, PETERIS)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.oid").value(oid));
            mvc.perform(put("/api/v1/organisations/" + oid).with(as(accounts, PETERIS))
                            .contentType(MediaType.APPLICATION_JSON).content(json(form)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.users.length()").value(2));
            mvc.perform(get("/api/v1/organisations/" + oid + "/invitations").with(as(accounts, ANNA)))
                    .andExpect(jsonPath("$.length()").value(0));
        }

        @Test
        void anOfficerOfAnotherAgencyCannotAddHimselfToAnOrganisation() throws Exception {
            String oid = registeredBy(ANNA, aSchoolOfAnna());
            mvc.perform(post("/api/v1/organisations/" + oid + "/users").with(as(accounts, JANIS_LV02_OFFICER))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"email\":\"" + JANIS_LV02_OFFICER + "\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/organisations/" + oid + "/users").with(as(accounts, ILZE_LV01_OFFICER))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"email\":\"" + ILZE_LV01_OFFICER + "\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/organisations/" + oid).with(as(accounts, ANNA)))
                    .andExpect(jsonPath("$.users.length()").value(1));
            mvc.perform(get("/api/v1/organisation-invitations").with(as(accounts, JANIS_LV02_OFFICER)))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString(oid))));
        }

        @Test
        void aDeclinedOrRevokedInvitationCannotBeAccepted() throws Exception {
            String oid = registeredBy(ANNA, aSchoolOfAnna());
            invite(oid, PETERIS);
            String declined = invitationOf(PETERIS, oid);
            mvc.perform(post("/api/v1/organisation-invitations/" + declined + "/refusal").with(as(accounts, PETERIS)))
                    .andExpect(status().isOk());
            mvc.perform(post("/api/v1/organisation-invitations/" + declined + "/acceptance")
                            .with(as(accounts, PETERIS)))
                    .andExpect(status().isNotFound());
            invite(oid, PETERIS);
            String revoked = invitationOf(PETERIS, oid);
            mvc.perform(delete("/api/v1/organisations/" + oid + "/invitations/" + revoked).with(as(accounts, PETERIS)))
                    .andExpect(status().isForbidden());
            mvc.perform(delete("/api/v1/organisations/" + oid + "/invitations/" + revoked).with(as(accounts, ANNA)))
                    .andExpect(status().isNoContent());
            mvc.perform(post("/api/v1/organisation-invitations/" + revoked + "/acceptance")
                            .with(as(accounts, PETERIS)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/organisations/" + oid).with(as(accounts, ANNA)))
                    .andExpect(jsonPath("$.users.length()").value(1));
        }

        @Test
        void onlyTheInviteeAcceptsTheirInvitation() throws Exception {
            String oid = registeredBy(ANNA, aSchoolOfAnna());
            invite(oid, PETERIS);
            String invitation = invitationOf(PETERIS, oid);
            mvc.perform(post("/api/v1/organisation-invitations/" + invitation + "/acceptance")
                            .with(as(accounts, JANIS_LV02_OFFICER)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/organisations/" + oid).with(as(accounts, ANNA)))
                    .andExpect(jsonPath("$.users.length()").value(1));
        }

        @Test
        void answersAnAddressWithAndWithoutAnAccountAlike() throws Exception {
            String oid = registeredBy(ANNA, aSchoolOfAnna());
            String known = mvc.perform(post("/api/v1/organisations/" + oid + "/users").with(as(accounts, ANNA))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"" + PETERIS + "\"}"))
                    .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
            String unknown = mvc.perform(post("/api/v1/organisations/" + oid + "/users").with(as(accounts, ANNA))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"nobody@example.org\"}"))
                    .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
            org.assertj.core.api.Assertions.assertThat(unknown.replace("nobody@example.org", PETERIS))
                    .isEqualTo(known);
            mvc.perform(post("/api/v1/organisations/" + oid + "/users").with(as(accounts, ANNA))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"not an address\"}"))
                    .andExpect(status().isBadRequest());
        }

        @Test
        void theInviteeAcceptsOnTheInvitationsPageAndTheUsersSeeWhatIsPending() throws Exception {
            String oid = registeredBy(ANNA, aSchoolOfAnna());
            mvc.perform(post("/organisations/" + oid + "/users").param("email", PETERIS)
                            .with(csrf()).with(as(accounts, ANNA)))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(get("/organisations/" + oid).with(as(accounts, ANNA)))
                    .andExpect(content().string(containsString("pending-invitations")))
                    .andExpect(content().string(containsString(PETERIS)));
            mvc.perform(get("/").with(as(accounts, PETERIS)))
                    .andExpect(content().string(containsString("href=\"/invitations\"")));
            mvc.perform(get("/invitations").header("Accept-Language", "lv").with(as(accounts, PETERIS)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Uzaicinājumi darboties organizācijas vārdā")))
                    .andExpect(content().string(containsString(oid)));
            String invitation = invitationOf(PETERIS, oid);
            mvc.perform(post("/invitations/" + invitation + "/acceptance").with(csrf()).with(as(accounts, PETERIS)))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(header().string("Location", "/organisations/" + oid + "?joined"));
            mvc.perform(get("/organisations/" + oid).with(as(accounts, PETERIS)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Pēteris Kalniņš")));
        }

        @Test
        void aUserLeavesOrRemovesAnotherAndTheLastUserStays() throws Exception {
            String oid = registeredBy(ANNA, aSchoolOfAnna());
            String peteris = accounts.byEmail(PETERIS).orElseThrow().id().value().toString();
            String anna = accounts.byEmail(ANNA).orElseThrow().id().value().toString();
            join(oid, PETERIS);

            // Only the organisation's own users end a membership; an unknown account is no user.
            mvc.perform(delete("/api/v1/organisations/" + oid + "/users/" + peteris)
                            .with(as(accounts, JANIS_LV02_OFFICER)))
                    .andExpect(status().isForbidden());
            mvc.perform(delete("/api/v1/organisations/" + oid + "/users/" + java.util.UUID.randomUUID())
                            .with(as(accounts, ANNA)))
                    .andExpect(status().isNotFound());

            // Anna removes Pēteris on the page: he no longer changes the record, and his period has ended.
            mvc.perform(get("/organisations/" + oid).header("Accept-Language", "lv").with(as(accounts, ANNA)))
                    .andExpect(content().string(containsString("end-membership-" + peteris)))
                    .andExpect(content().string(containsString("Pamest šo organizāciju")))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("SCHOOL_EDUCATION"))))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString(">true<"))));
            mvc.perform(post("/organisations/" + oid + "/users/" + peteris + "/removal").with(csrf())
                            .with(as(accounts, ANNA)))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(header().string("Location", "/organisations/" + oid + "?removed=#users"));
            mvc.perform(put("/api/v1/organisations/" + oid).with(as(accounts, PETERIS))
                            .contentType(MediaType.APPLICATION_JSON).content(json(aSchoolOfAnna())))
                    .andExpect(status().isForbidden());
            org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                            SELECT COUNT(*) FROM organisation_membership m JOIN organisation o ON o.id = m.organisation_id
                            WHERE o.oid = ? AND m.account_id = ? AND m.member_until IS NOT NULL""")
                    .params(oid, java.util.UUID.fromString(peteris)).query(Integer.class).single()).isEqualTo(1);

            // The last user stays, in the caller's language.
            mvc.perform(delete("/api/v1/organisations/" + oid + "/users/" + anna).header("Accept-Language", "lv")
                            .with(as(accounts, ANNA)))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail", containsString("pēdējais lietotājs")));
            mvc.perform(post("/organisations/" + oid + "/users/" + anna + "/removal").with(csrf())
                            .with(as(accounts, ANNA)))
                    .andExpect(header().string("Location", "/organisations/" + oid + "?lastUser=#users"));

            // Invited again, Pēteris leaves by himself, on the API this time after the page.
            join(oid, PETERIS);
            mvc.perform(post("/organisations/" + oid + "/users/" + peteris + "/removal").with(csrf())
                            .with(as(accounts, PETERIS)))
                    .andExpect(header().string("Location", "/organisations?left=" + oid));
            mvc.perform(get("/organisations?left=" + oid).header("Accept-Language", "lv").with(as(accounts, PETERIS)))
                    .andExpect(content().string(containsString("Jūs vairs nedarbojaties " + oid + " vārdā")));
            mvc.perform(get("/api/v1/organisations/" + oid).with(as(accounts, ANNA)))
                    .andExpect(jsonPath("$.users.length()").value(1));
        }

        void join(String oid, String email) throws Exception {
            invite(oid, email);
            mvc.perform(post("/api/v1/organisation-invitations/" + invitationOf(email, oid) + "/acceptance")
                            .with(as(accounts, email)))
                    .andExpect(status().isOk());
        }

        void invite(String oid, String email) throws Exception {
            mvc.perform(post("/api/v1/organisations/" + oid + "/users").with(as(accounts, ANNA))
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
            String oid = registeredBy(ANNA, aSchoolOfAnna());
            mvc.perform(get("/organisations").with(as(accounts, ILZE_LV01_OFFICER)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(oid)));
        }


        @Test
        void anOfficerOfTheCountrysAgencyValidatesAndTheStatusShows() throws Exception {
            String oid = registeredBy(ANNA, aSchoolOfAnna());
            mvc.perform(post("/api/v1/organisations/" + oid + "/decision").with(as(accounts, ILZE_LV01_OFFICER))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"VALIDATED\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("VALIDATED"));
            mvc.perform(get("/partners/" + oid).param("lang", "lv"))
                    .andExpect(content().string(containsString("Apstiprināta")));
            mvc.perform(get("/api/v1/organisations").param("q", oid).with(as(accounts, PETERIS)))
                    .andExpect(jsonPath("$.organisations[0].status").value("VALIDATED"));
        }

        @Test
        void aRejectionNeedsAReasonThatTheOrganisationReads() throws Exception {
            String oid = registeredBy(ANNA, aSchoolOfAnna());
            mvc.perform(post("/api/v1/organisations/" + oid + "/decision").with(as(accounts, ILZE_LV01_OFFICER))
                            .header("Accept-Language", "lv")
                            .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"REJECTED\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value("Norādiet noraidījuma iemeslu"));
            mvc.perform(post("/api/v1/organisations/" + oid + "/decision").with(as(accounts, ILZE_LV01_OFFICER))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"decision\":\"REJECTED\",\"reason\":\"Not found in the Enterprise Register\"}"))
                    .andExpect(jsonPath("$.status").value("REJECTED"));
            mvc.perform(get("/organisations/" + oid).with(as(accounts, ANNA)))
                    .andExpect(content().string(containsString("Not found in the Enterprise Register")))
                    .andExpect(content().string(containsString("Rejected")));
        }

        @Test
        void theOrganisationsOwnUserCannotValidateIt() throws Exception {
            String oid = registeredBy(ANNA, aSchoolOfAnna());
            mvc.perform(post("/api/v1/organisations/" + oid + "/decision").with(as(accounts, ANNA))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"VALIDATED\"}"))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void keepsEveryChangeWithWhoWhenAndBeforeAndAfter() throws Exception {
        var form = aSchoolOfAnna();
        String oid = registeredBy(ANNA, form);
        form.put("website", "https://skola.example.lv");
        mvc.perform(put("/api/v1/organisations/" + oid).with(as(accounts, ANNA))
                .contentType(MediaType.APPLICATION_JSON).content(json(form))).andExpect(status().isOk());
        mvc.perform(get("/organisations/" + oid).with(as(accounts, ANNA)))
                .andExpect(content().string(containsString("https://skola.example.lv")))
                .andExpect(content().string(containsString("Anna Bērziņa")))
                .andExpect(content().string(containsString("Website")));
    }

    @Test
    void answersInvalidFieldsWithAProblemListingEachField() throws Exception {
        var form = aSchoolOfAnna();
        form.put("pic", "12");
        form.put("organisationType", "CASTLE");
        mvc.perform(post("/api/v1/organisations").with(as(accounts, ANNA)).header("Accept-Language", "lv")
                        .contentType(MediaType.APPLICATION_JSON).content(json(form)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("pic")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("Ievadiet PIC kā 9 ciparus vai atstājiet tukšu")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("organisationType")));
    }

    @Test
    void answersAPossibleDuplicateWith409UntilAReasonIsGiven() throws Exception {
        var form = aSchoolOfAnna();
        String oid = registeredBy(ANNA, form);
        mvc.perform(post("/api/v1/organisations").with(as(accounts, PETERIS))
                        .contentType(MediaType.APPLICATION_JSON).content(json(form)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.possibleDuplicates[0].oid").value(oid));
        form.put("duplicateReason", "We are the evening school sharing the building");
        registeredBy(PETERIS, form);
    }

    @Test
    void answersAnUnknownOrganisationIdWith404() throws Exception {
        mvc.perform(get("/api/v1/organisations/E99999999").with(as(accounts, ANNA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organisations/nonsense").with(as(accounts, ANNA)))
                .andExpect(status().isNotFound());
    }

    @Test
    void documentsTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/organisations/{oid}")));
    }
}

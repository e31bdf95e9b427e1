package eu.sadarbe.accounts.administration;

import static eu.sadarbe.accounts.SignedInSessions.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SettableClockInAccounts;
import eu.sadarbe.web.MailServer;

/**
 * Administrators' work on accounts at /admin/users: who may, what each change does, and its security event. A module
 * test of accounts with its pages, behind the real security chain (accounts holds it), with sign-in through the form
 * and sessions in the database, on accounts of its own; the page each person opens to prove their session is their
 * own account's, {@code /account}. That a new expert joins the agency's pool is assessment's
 * ({@code ExpertPoolPageTests}).
 */
@ModuleTest
@Import({SettableClockInAccounts.class, MailServer.class})
@AutoConfigureMockMvc
class UserAdministrationTests {

    static final String PASSWORD = "administrators-own-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRegister register;

    @Autowired
    JdbcClient jdbc;

    AccountSummary administrator;
    Cookie session;
    AccountSummary agencyOfficer;

    @BeforeEach
    void anAdministratorSignsIn() throws Exception {
        administrator = register.open("admin-" + UUID.randomUUID() + "@example.eu", "Test Administrator", PASSWORD,
                Set.of(Role.ADMIN), null);
        session = signIn(mvc, administrator.email(), PASSWORD).session();
        agencyOfficer = register.open("ozola-" + UUID.randomUUID() + "@example.eu", "Ilze Ozola " + administrator.id(),
                PASSWORD, Set.of(Role.NA_OFFICER), "LV01");
    }

    @Test
    void isForAdministratorsOnly() throws Exception {
        Cookie officersSession = signIn(mvc, agencyOfficer.email(), PASSWORD).session();
        mvc.perform(get("/admin/users").cookie(officersSession)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users").cookie(officersSession).with(csrf()).param("email", "x@example.eu")
                .param("displayName", "X").param("role", "NA_OFFICER").param("agency", "LV01"))
                .andExpect(status().isForbidden());
        assertThat(register.byEmail("x@example.eu")).isEmpty();
        mvc.perform(get("/admin/users").accept("text/html")).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void listsAndFindsAccountsWithRolesAgencyAndLastSignIn() throws Exception {
        mvc.perform(get("/admin/users").param("q", agencyOfficer.email()).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Accounts found: 1")))
                .andExpect(content().string(containsString(agencyOfficer.displayName())))
                .andExpect(content().string(containsString("National Agency officer")))
                .andExpect(content().string(containsString("LV01")));
        mvc.perform(get("/admin/users").param("role", "ADMIN").param("q", administrator.email()).cookie(session))
                .andExpect(content().string(containsString("Accounts found: 1")))
                .andExpect(content().string(not(containsString(">never<"))));
        mvc.perform(get("/admin/users").param("q", "%").param("role", "nonsense").param("page", "x").cookie(session))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/users?lang=lv").param("q", agencyOfficer.email()).cookie(session))
                .andExpect(content().string(containsString("Atrasti konti: 1")));
    }

    @Test
    void opensAnLv01OfficerWhoChoosesTheirOwnPasswordAtTheFirstSignIn() throws Exception {
        String email = "officer-" + UUID.randomUUID() + "@example.eu";
        var opened = mvc.perform(post("/admin/users").cookie(session).with(csrf()).param("email", email)
                        .param("displayName", "Līga Jaunā").param("role", "NA_OFFICER").param("agency", "LV01"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String firstPassword = (String) opened.getFlashMap().get("firstPassword");
        AccountSummary officer = register.byEmail(email).orElseThrow();
        assertThat(officer.roles()).containsExactly(Role.NA_OFFICER);
        assertThat(officer.nationalAgencyCode()).isEqualTo("LV01");
        assertThat(lastEvent("ACCOUNT_OPENED", email)).contains(administrator.email());

        var first = signIn(mvc, email, firstPassword);
        assertThat(first.redirectedTo()).isEqualTo("/sign-in/new-password");
        mvc.perform(get("/account").cookie(first.session()))
                .andExpect(redirectedUrl("/sign-in/new-password"));
        mvc.perform(post("/sign-in/new-password").cookie(first.session()).with(csrf())
                        .param("password", firstPassword).param("repeated", firstPassword))
                .andExpect(content().string(containsString("Choose a password other than the one you had")));
        mvc.perform(post("/sign-in/new-password").cookie(first.session()).with(csrf())
                        .param("password", "short").param("repeated", "short"))
                .andExpect(content().string(containsString("at least 12 characters")));
        var done = mvc.perform(post("/sign-in/new-password").cookie(first.session()).with(csrf())
                        .param("password", "officers-own-password").param("repeated", "officers-own-password"))
                .andExpect(redirectedUrl("/")).andReturn();
        Cookie signedIn = done.getResponse().getCookie("SESSION") != null ? done.getResponse().getCookie("SESSION")
                : first.session();
        mvc.perform(get("/account").cookie(signedIn)).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT last_signed_in_at IS NOT NULL FROM account WHERE email = :email")
                .param("email", email).query(Boolean.class).single()).as("the last sign-in is recorded").isTrue();
        assertThat(signIn(mvc, email, "officers-own-password").redirectedTo()).isEqualTo("/");
    }

    @Test
    void refusesAnIncompleteOrDuplicateAccountWithMessages() throws Exception {
        mvc.perform(post("/admin/users").cookie(session).with(csrf()).param("email", "not-an-address")
                        .param("displayName", "").param("role", "ADMIN").param("agency", "XX99"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the person&#39;s e-mail address")))
                .andExpect(content().string(containsString("Enter the person&#39;s name")))
                .andExpect(content().string(containsString("Choose a role: agency officer or expert")))
                .andExpect(content().string(containsString("Choose the National Agency")));
        mvc.perform(post("/admin/users?lang=lv").cookie(session).with(csrf()).param("email", agencyOfficer.email())
                        .param("displayName", "Ilze").param("role", "NA_OFFICER").param("agency", "LV01"))
                .andExpect(content().string(containsString("Konts ar šo e-pasta adresi jau ir")));
    }

    @Test
    void givesAndTakesRolesEndingThePersonsSessions() throws Exception {
        AccountSummary person = person();
        Cookie theirs = signIn(mvc, person.email(), "persons-own-password").session();

        mvc.perform(post("/admin/users/" + person.id() + "/roles").cookie(session).with(csrf())
                        .param("role", "EXPERT").param("agency", "LV02"))
                .andExpect(flash().attribute("done", "users.done.granted"));
        assertThat(register.byId(person.id()).orElseThrow().roles()).containsExactlyInAnyOrder(Role.APPLICANT, Role.EXPERT);
        assertThat(lastEvent("ROLE_GRANTED", person.email())).contains(administrator.email()).contains("EXPERT");
        mvc.perform(get("/account").cookie(theirs).accept("text/html")).andExpect(redirectedUrl("/sign-in"));

        mvc.perform(post("/admin/users/" + person.id() + "/roles/APPLICANT/removal").cookie(session).with(csrf()))
                .andExpect(flash().attribute("done", "users.done.revoked"));
        assertThat(register.byId(person.id()).orElseThrow().roles()).containsExactly(Role.EXPERT);
        assertThat(lastEvent("ROLE_REVOKED", person.email())).contains("APPLICANT");

        mvc.perform(post("/admin/users/" + person.id() + "/roles/EXPERT/removal").cookie(session).with(csrf()))
                .andExpect(flash().attribute("refused", "users.refused.lastRole"));
        mvc.perform(post("/admin/users/" + person.id() + "/roles").cookie(session).with(csrf()).param("role", "NA_OFFICER"))
                .andExpect(flash().attribute("refused", "users.refused.agencyNeeded"));
        mvc.perform(post("/admin/users/" + person.id() + "/roles").cookie(session).with(csrf())
                        .param("role", "NA_OFFICER").param("agency", "LV02"))
                .andExpect(flash().attribute("done", "users.done.granted"));
        assertThat(register.byId(person.id()).orElseThrow().nationalAgencyCode()).isEqualTo("LV02");
    }

    @Test
    void anAdministratorCannotTakeTheirOwnAdministratorRole() throws Exception {
        register.open("second-admin-" + UUID.randomUUID() + "@example.eu", "Other", PASSWORD, Set.of(Role.ADMIN), null);
        mvc.perform(post("/admin/users/" + administrator.id() + "/roles").cookie(session).with(csrf()).param("role", "APPLICANT"));
        Cookie again = signIn(mvc, administrator.email(), PASSWORD).session();
        mvc.perform(post("/admin/users/" + administrator.id() + "/roles/ADMIN/removal").cookie(again).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + administrator.id()))
                .andExpect(flash().attribute("refused", "users.refused.ownAdministratorRole"));
        assertThat(register.byId(administrator.id()).orElseThrow().roles()).contains(Role.ADMIN);
        mvc.perform(get("/admin/users/" + administrator.id()).cookie(again)
                        .flashAttr("refused", "users.refused.ownAdministratorRole"))
                .andExpect(content().string(containsString("You cannot take away your own administrator role")));
        mvc.perform(post("/admin/users/" + administrator.id() + "/deactivation").cookie(again).with(csrf()))
                .andExpect(flash().attribute("refused", "users.refused.deactivateSelf"));
    }

    @Test
    void deactivationEndsTheSessionsAndRefusesSignInUntilReactivated() throws Exception {
        AccountSummary person = person();
        Cookie theirs = signIn(mvc, person.email(), "persons-own-password").session();
        mvc.perform(get("/account").cookie(theirs)).andExpect(status().isOk());

        mvc.perform(post("/admin/users/" + person.id() + "/deactivation").cookie(session).with(csrf()))
                .andExpect(flash().attribute("done", "users.done.deactivated"));
        mvc.perform(get("/account").cookie(theirs).accept("text/html")).andExpect(redirectedUrl("/sign-in"));
        assertThat(signIn(mvc, person.email(), "persons-own-password").redirectedTo()).isEqualTo("/sign-in?error");
        assertThat(lastEvent("ACCOUNT_DEACTIVATED", person.email())).contains(administrator.email())
                .contains("\"sessionsEnded\":1");

        mvc.perform(post("/admin/users/" + person.id() + "/reactivation").cookie(session).with(csrf()))
                .andExpect(flash().attribute("done", "users.done.reactivated"));
        assertThat(signIn(mvc, person.email(), "persons-own-password").redirectedTo()).isEqualTo("/");
        assertThat(lastEvent("ACCOUNT_REACTIVATED", person.email())).contains(administrator.email());
    }

    @Test
    void aForcedResetEndsTheSessionsAndTheNextSignInSetsANewPassword() throws Exception {
        AccountSummary person = person();
        Cookie theirs = signIn(mvc, person.email(), "persons-own-password").session();
        mvc.perform(post("/admin/users/" + person.id() + "/password-reset").cookie(session).with(csrf()))
                .andExpect(flash().attribute("done", "users.done.passwordReset"));
        mvc.perform(get("/account").cookie(theirs).accept("text/html")).andExpect(redirectedUrl("/sign-in"));
        assertThat(lastEvent("PASSWORD_RESET_FORCED", person.email())).contains(administrator.email());
        var next = signIn(mvc, person.email(), "persons-own-password");
        assertThat(next.redirectedTo()).isEqualTo("/sign-in/new-password");
        mvc.perform(get("/api/v1/applications").cookie(next.session())).andExpect(status().isUnauthorized());
        mvc.perform(get("/admin/users/" + person.id()).cookie(session))
                .andExpect(content().string(containsString("id=\"new-password-required\">Yes<")));
    }

    @Test
    void signInSetsTheIdleTimeOutOfTheRole() throws Exception {
        AccountSummary applicant = person();
        signIn(mvc, agencyOfficer.email(), PASSWORD);
        signIn(mvc, applicant.email(), "persons-own-password");
        assertThat(longestIdleTimeOut(agencyOfficer.email())).isEqualTo(30 * 60);
        assertThat(longestIdleTimeOut(administrator.email())).isEqualTo(15 * 60);
        assertThat(longestIdleTimeOut(applicant.email())).isEqualTo(2 * 60 * 60);
    }

    private int longestIdleTimeOut(String email) {
        List<Integer> timeouts = jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE principal_name = :email")
                .param("email", email).query(Integer.class).list();
        return timeouts.stream().max(Integer::compare).orElseThrow();
    }

    private AccountSummary person() {
        return register.open("person-" + UUID.randomUUID() + "@example.eu", "Persona", "persons-own-password",
                Set.of(Role.APPLICANT), null);
    }

    private String lastEvent(String kind, String about) {
        return jdbc.sql("""
                        SELECT email || ' ' || detail FROM account_security_event
                        WHERE kind = :kind AND detail LIKE :about ORDER BY occurred_at DESC LIMIT 1""")
                .param("kind", kind).param("about", "%" + about + "%").query(String.class).single();
    }
}

package eu.sadarbe.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.hamcrest.Matchers.containsString;
import static eu.sadarbe.accounts.domain.SignInThrottleTests.from;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.demo.DemoAccounts;
import eu.sadarbe.web.LanguageChoice;

@SadarbeTest
class SignInTests {

    static final java.util.List<String> demoEmails = DemoAccounts.ALL.stream().map(DemoAccounts.DemoAccount::email).toList();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountRegister register;

    @ParameterizedTest
    @FieldSource("demoEmails")
    void everyDemoUserSignsIn(String email) throws Exception {
        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(DemoAccounts.PASSWORD))
                .andExpect(authenticated())
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void signingInFromTheLatvianPageStaysInLatvianAndTheAccountRemembersIt() throws Exception {
        String email = "latvian-page-" + UUID.randomUUID() + "@example.eu";
        AccountSummary account = register.open(email, "Latvian Page", "right-password-1", Set.of(Role.APPLICANT), null);
        assertThat(account.language()).isEqualTo("en");

        mvc.perform(get("/sign-in").cookie(new Cookie(LanguageChoice.COOKIE, "lv")))
                .andExpect(content().string(containsString("name=\"lang\" value=\"lv\"")));
        mvc.perform(post("/sign-in").param("email", email).param("password", "right-password-1")
                        .param("lang", "lv").with(csrf()))
                .andExpect(authenticated())
                .andExpect(cookie().value(LanguageChoice.COOKIE, "lv"));

        assertThat(register.byEmail(email).orElseThrow().language()).isEqualTo("lv");
        assertThat(register.byEmail(email).orElseThrow().roles()).as("the roles are left as they were")
                .containsExactly(Role.APPLICANT);
    }

    @Test
    void switchingBackInTheSameSessionIsRememberedToo() throws Exception {
        String email = "switch-back-" + UUID.randomUUID() + "@example.eu";
        register.open(email, "Switch Back", "right-password-1", Set.of(Role.APPLICANT), null);
        var signedIn = mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password("right-password-1"))
                .andExpect(authenticated()).andReturn();
        Cookie session = signedIn.getResponse().getCookie("SESSION");

        mvc.perform(get("/?lang=lv").cookie(session)).andExpect(status().isOk());
        assertThat(register.byEmail(email).orElseThrow().language()).isEqualTo("lv");
        mvc.perform(get("/?lang=en").cookie(session)).andExpect(status().isOk());
        assertThat(register.byEmail(email).orElseThrow().language()).as("the switch back to English").isEqualTo("en");
    }

    @Test
    void withoutAPageLanguageTheAccountsOwnLanguageApplies() throws Exception {
        String email = "own-language-" + UUID.randomUUID() + "@example.eu";
        AccountSummary account = register.open(email, "Own Language", "right-password-1", Set.of(Role.APPLICANT), null);
        register.preferLanguage(account.id(), java.util.Locale.forLanguageTag("lv"));

        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password("right-password-1"))
                .andExpect(authenticated())
                .andExpect(cookie().value(LanguageChoice.COOKIE, "lv"));
    }

    @Test
    void refusesAWrongPasswordWithoutSayingWhichPartWasWrongOrPuttingTheAddressInTheUrl() throws Exception {
        var refused = mvc.perform(post("/sign-in").param("email", "anna.berzina@demo.sadarbe.eu")
                        .param("password", "nope").with(csrf()).with(from("2001:db8::5167:1")))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/sign-in?error"))
                .andReturn();
        mvc.perform(get("/sign-in?error").cookie(refused.getResponse().getCookie("SESSION")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"anna.berzina@demo.sadarbe.eu\"")))
                .andExpect(content().string(containsString("The e-mail address or the password is not right.")));
    }

    @Test
    void keepsTheSessionInTheDatabaseSoThatAnyNodeCanServeIt() throws Exception {
        var signIn = mvc.perform(formLogin("/sign-in").userParameter("email").user("marta.jansone@demo.sadarbe.eu")
                .password(DemoAccounts.PASSWORD)).andReturn();
        assertThat(signIn.getResponse().getCookie("SESSION")).isNotNull();
        Integer rows = jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = :email")
                .param("email", "marta.jansone@demo.sadarbe.eu").query(Integer.class).single();
        assertThat(rows).isPositive();
    }

    @Test
    void answersTheApiWithBasicAuthenticationAndProblemsWhenUnauthorised() throws Exception {
        mvc.perform(get("/api/v1/reference/countries").with(httpBasic("admin@demo.sadarbe.eu", DemoAccounts.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/applications"))
                .andExpect(status().isUnauthorized())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("WWW-Authenticate", "Basic realm=\"Sadarbe\""));
    }

    @Test
    void sendsAnonymousVisitorsOfPrivatePagesToSignIn() throws Exception {
        mvc.perform(get("/applications").accept("text/html"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void signsOut() throws Exception {
        mvc.perform(post("/sign-out").accept("text/html").with(csrf()).with(user(DemoAccounts.ALL.get(0).email()).roles("APPLICANT")))
                .andExpect(redirectedUrl("/?signedOut"))
                .andExpect(unauthenticated());
    }

    @Test
    void withoutProviderSettingsTheSignInPageOffersNoSingleSignOnAndItsAddressLeadsNowhere() throws Exception {
        mvc.perform(get("/sign-in"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("single-sign-on"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/oauth2/authorization"))));
        // No provider: no such page, like any unknown address (issue #13 item 9)
        mvc.perform(get(eu.sadarbe.accounts.singlesignon.SingleSignOn.SIGN_IN_PATH).accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
        mvc.perform(get("/sign-in").param("sso", "unverified"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("single-sign-on-refused"))));
    }
}

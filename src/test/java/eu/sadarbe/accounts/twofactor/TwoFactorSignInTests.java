package eu.sadarbe.accounts.twofactor;

import static eu.sadarbe.accounts.SignedInSessions.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.Role;

/** Two-factor sign-in through the pages: enrolment on /account, the second step, recovery codes, refusals. */
@SadarbeTest
class TwoFactorSignInTests {

    static final String PASSWORD = "two-factor-password-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRegister register;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aPersonEnrolsAndThenSignsInWithACodeOnlyAfterThePassword() throws Exception {
        AccountSummary person = person(Role.ADMIN);
        Cookie session = signIn(mvc, person.email(), PASSWORD).session();
        Enrolled enrolled = enrol(session);
        assertThat(enrolled.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
        assertThat(jdbc.sql("SELECT two_factor_secret FROM account WHERE id = :id").param("id", person.id().value())
                .query(String.class).single()).as("kept encrypted").doesNotContain(enrolled.secret());
        assertThat(event("TWO_FACTOR_ENROLLED", person.email())).isEqualTo(1);

        var next = signIn(mvc, person.email(), PASSWORD);
        assertThat(next.redirectedTo()).isEqualTo("/sign-in/two-factor");
        mvc.perform(get("/admin/users").cookie(next.session())).andExpect(redirectedUrl("/sign-in/two-factor"));
        mvc.perform(get("/api/v1/reference/countries").cookie(next.session())).andExpect(status().isUnauthorized());

        mvc.perform(post("/sign-in/two-factor").cookie(next.session()).with(csrf()).param("code", "000000"))
                .andExpect(content().string(containsString("The code is not right")));
        assertThat(event("TWO_FACTOR_FAILED", person.email())).isEqualTo(1);

        String code = codeNow(enrolled.secret(), 1);
        Cookie signedIn = secondStep(next.session(), code);
        mvc.perform(get("/admin/users").cookie(signedIn)).andExpect(status().isOk());
        mvc.perform(get("/sign-in/two-factor").cookie(signedIn)).andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql("SELECT last_signed_in_at IS NOT NULL FROM account WHERE id = :id")
                .param("id", person.id().value()).query(Boolean.class).single()).isTrue();

        var replay = signIn(mvc, person.email(), PASSWORD);
        mvc.perform(post("/sign-in/two-factor").cookie(replay.session()).with(csrf()).param("code", code))
                .andExpect(content().string(containsString("The code is not right")));
    }

    @Test
    void aRecoveryCodeSignsInOnceInsteadOfTheApp() throws Exception {
        AccountSummary person = person(Role.NA_OFFICER);
        Enrolled enrolled = enrol(signIn(mvc, person.email(), PASSWORD).session());
        String recovery = enrolled.recoveryCodes().get(3);

        var first = signIn(mvc, person.email(), PASSWORD);
        Cookie signedIn = secondStep(first.session(), recovery.toUpperCase());
        assertThat(event("RECOVERY_CODE_USED", person.email())).isEqualTo(1);
        mvc.perform(get("/account").cookie(signedIn))
                .andExpect(content().string(containsString("Unused recovery codes: 9.")));

        var second = signIn(mvc, person.email(), PASSWORD);
        mvc.perform(post("/sign-in/two-factor").cookie(second.session()).with(csrf()).param("code", recovery))
                .andExpect(content().string(containsString("The code is not right")));
    }

    @Test
    void passwordsAloneDoNotOpenTheApiForAnEnrolledAccount() throws Exception {
        AccountSummary person = person(Role.APPLICANT);
        mvc.perform(get("/api/v1/reference/countries").with(httpBasic(person.email(), PASSWORD))).andExpect(status().isOk());
        enrol(signIn(mvc, person.email(), PASSWORD).session());
        mvc.perform(get("/api/v1/reference/countries").with(httpBasic(person.email(), PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void someoneWhoseRoleAllowsItTurnsItOffWithACode() throws Exception {
        AccountSummary person = person(Role.APPLICANT);
        Enrolled enrolled = enrol(signIn(mvc, person.email(), PASSWORD).session());
        var next = signIn(mvc, person.email(), PASSWORD);
        Cookie signedIn = secondStep(next.session(), codeNow(enrolled.secret(), 0));
        mvc.perform(post("/account/two-factor/removal").cookie(signedIn).with(csrf()).param("code", "123"))
                .andExpect(redirectedUrl("/account"));
        assertThat(jdbc.sql("SELECT two_factor_secret IS NOT NULL FROM account WHERE id = :id")
                .param("id", person.id().value()).query(Boolean.class).single()).isTrue();
        mvc.perform(post("/account/two-factor/removal").cookie(signedIn).with(csrf())
                        .param("code", enrolled.recoveryCodes().get(0)))
                .andExpect(redirectedUrl("/account"));
        assertThat(signIn(mvc, person.email(), PASSWORD).redirectedTo()).isEqualTo("/");
        assertThat(event("TWO_FACTOR_REMOVED", person.email())).isEqualTo(1);
    }

    @Test
    void theStepPagesAreForAnUnfinishedSignInOnly() throws Exception {
        mvc.perform(get("/sign-in/two-factor")).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/sign-in/new-password")).andExpect(redirectedUrl("/sign-in"));
        Cookie applicant = signIn(mvc, person(Role.APPLICANT).email(), PASSWORD).session();
        mvc.perform(get("/sign-in/two-factor/enrolment").cookie(applicant)).andExpect(redirectedUrl("/"));
        mvc.perform(get("/account?lang=lv").cookie(applicant))
                .andExpect(content().string(containsString("Divpakāpju pierakstīšanās")))
                .andExpect(content().string(containsString("Lejupielādēt savus personas datus")));
    }

    /** The second step of the sign-in: it ends on the start page, with a new session id. */
    private Cookie secondStep(Cookie session, String code) throws Exception {
        var done = mvc.perform(post("/sign-in/two-factor").cookie(session).with(csrf()).param("code", code))
                .andExpect(redirectedUrl("/")).andReturn();
        Cookie renewed = done.getResponse().getCookie("SESSION");
        assertThat(renewed).as("a new session id after the last step").isNotNull();
        assertThat(renewed.getValue()).isNotEqualTo(session.getValue());
        return renewed;
    }

    /** Enrols on /account with a code computed as the authenticator app would; returns the secret and codes. */
    private Enrolled enrol(Cookie session) throws Exception {
        String page = mvc.perform(get("/account/two-factor").cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data:image/png;base64,");
        Matcher key = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<").matcher(page);
        assertThat(key.find()).isTrue();
        String secret = key.group(1).replace(" ", "");
        mvc.perform(post("/account/two-factor").cookie(session).with(csrf()).param("code", "999999"))
                .andExpect(content().string(containsString("The code is not right")));
        String codes = mvc.perform(post("/account/two-factor").cookie(session).with(csrf())
                        .param("code", codeNow(secret, -1)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> recovery = Pattern.compile("<code class=\"sadarbe-code\">([a-z0-9]{5}-[a-z0-9]{5})</code>")
                .matcher(codes).results().map(found -> found.group(1)).toList();
        return new Enrolled(secret, recovery);
    }

    private String codeNow(String secret, int drift) {
        TotpCodes codes = new TotpCodes(clock);
        return codes.codeAt(secret, codes.currentStep() + drift);
    }

    private AccountSummary person(Role role) {
        return register.open("two-factor-" + UUID.randomUUID() + "@example.eu", "Divi Faktori", PASSWORD, Set.of(role),
                role == Role.NA_OFFICER ? "LV01" : null);
    }

    private int event(String kind, String email) {
        return jdbc.sql("SELECT COUNT(*) FROM account_security_event WHERE kind = :kind AND (email = :email OR detail LIKE :like)")
                .param("kind", kind).param("email", email).param("like", "%" + email + "%").query(Integer.class).single();
    }

    record Enrolled(String secret, List<String> recoveryCodes) {
    }
}

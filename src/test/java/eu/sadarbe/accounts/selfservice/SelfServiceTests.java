package eu.sadarbe.accounts.selfservice;

import static eu.sadarbe.accounts.domain.SignInThrottleTests.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SettableClockInAccounts;
import eu.sadarbe.submission.SettableClock;
import eu.sadarbe.web.MailParts;
import eu.sadarbe.web.MailServer;

/**
 * Sign-up, e-mail verification and password reset (issue #15) through the pages, with the e-mails received by a
 * real SMTP server ({@link MailServer}) and time moved by the test's clock. A module test of accounts with its pages,
 * which has the real security chain (sign-in, sessions, the request throttle): no other module takes part. Each test
 * uses its own addresses, and its own client address for the request throttle.
 */
@ModuleTest
@Import({SettableClockInAccounts.class, MailServer.class})
@AutoConfigureMockMvc
class SelfServiceTests {

    static final String PASSWORD = "lilac ferry cobalt orchard";
    static final Pattern LINK = Pattern.compile("http://localhost:8080(/(?:sign-up/verify|password-reset)/[A-Za-z0-9_.-]+)");
    static final AtomicInteger CLIENTS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    GreenMail greenMail;

    @Autowired
    SettableClock clock;

    @Autowired
    AccountRegister register;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FirstAdministrator firstAdministrator;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aNewcomerSignsInOnlyAfterOpeningTheEmailedLinkWhichWorksOnce() throws Exception {
        String email = unique("newcomer");
        signUp("Ilze Newcomer", email, PASSWORD, "lv").andExpect(redirectedUrl("/sign-up/sent"));

        assertThat(register.byEmail(email).orElseThrow().roles()).containsExactly(Role.APPLICANT);
        assertThat(register.byEmail(email).orElseThrow().language()).isEqualTo("lv");
        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(PASSWORD))
                .andExpect(unauthenticated());

        MimeMessage mail = mailTo(email, "Aktivizējiet savu Sadarbe kontu");
        assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(mail.getMessageID()).endsWith("@localhost>");
        assertThat(MailParts.text(mail)).contains("Labdien, Ilze Newcomer!");
        assertThat(MailParts.html(mail)).contains("lang=\"lv\"", "Aktivizēt manu kontu");
        String link = link(mail);
        assertThat(hashesStored(link)).as("only the link's hash is stored").isZero();

        mvc.perform(get(link)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Your account is active")));
        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(PASSWORD))
                .andExpect(authenticated());
        mvc.perform(get(link)).andExpect(status().isOk())
                .andExpect(content().string(containsString("This link does not work")));
    }

    @Test
    void aSignUpForAnAddressWithAnAccountAnswersAlikeAndMailsItsOwnerInstead() throws Exception {
        String fresh = unique("fresh");
        MvcResult newcomer = signUp("Fresh Person", fresh, PASSWORD, "en").andReturn();
        String owner = unique("owner");
        register.open(owner, "Owner Person", PASSWORD, java.util.Set.of(Role.APPLICANT), null);
        MvcResult again = signUp("Someone Else", owner.toUpperCase(), PASSWORD, "en").andReturn();

        assertThat(again.getResponse().getStatus()).isEqualTo(newcomer.getResponse().getStatus());
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(newcomer.getResponse().getRedirectedUrl());
        assertThat(register.byEmail(owner).orElseThrow().displayName()).isEqualTo("Owner Person");
        MimeMessage mail = mailTo(owner, "You already have a Sadarbe account");
        assertThat(MailParts.text(mail)).contains("Hello Owner Person,", "/password-reset")
                .doesNotContain("/sign-up/verify/");
    }

    @Test
    void refusesWeakPasswordsWithTheReasonInTheReadersLanguage() throws Exception {
        String email = unique("weak");
        signUp("Anna Weak", email, "short-one", "en")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a password of at least 12 characters.")));
        signUp("Anna Weak", email, "password1234", "en")
                .andExpect(content().string(containsString("This password is too easy to guess")));
        signUp("Anna Weak", email, "annaweak2024!", "lv")
                .andExpect(content().string(containsString("Neizmantojiet parolē savu vārdu vai e-pasta adresi.")));
        signUp("Qwerty Person", email, "qwertyuiop123", "lv")
                .andExpect(content().string(containsString("Šo paroli ir pārāk viegli uzminēt")));
        assertThat(register.byEmail(email)).as("nothing was opened").isEmpty();
    }

    @Test
    void theVerificationLinkExpiresAfter24Hours() throws Exception {
        Instant start = Instant.parse("2026-11-02T10:00:00Z");
        clock.set(start);
        String email = unique("late");
        signUp("Late Person", email, PASSWORD, "en");
        String link = link(mailTo(email, "Activate your Sadarbe account"));

        clock.set(start.plus(Duration.ofHours(24)).plusSeconds(1));
        mvc.perform(get(link)).andExpect(content().string(containsString("This link does not work")));

        mvc.perform(post("/sign-up/resend").param("email", email).with(csrf()).with(from(client())))
                .andExpect(redirectedUrl("/sign-up/sent"));
        String second = await().atMost(Duration.ofSeconds(30)).until(() -> linksTo(email), links -> links.size() == 2)
                .get(1);
        mvc.perform(get(second)).andExpect(content().string(containsString("Your account is active")));
    }

    @Test
    void aResetRequestAnswersAlikeWhetherOrNotTheAddressHasAnAccount() throws Exception {
        String nobody = unique("nobody");
        String somebody = unique("somebody");
        register.open(somebody, "Some Body", PASSWORD, java.util.Set.of(Role.APPLICANT), null);

        MvcResult unknown = requestReset(nobody).andExpect(redirectedUrl("/password-reset/sent")).andReturn();
        MvcResult known = requestReset(somebody).andExpect(redirectedUrl("/password-reset/sent")).andReturn();

        mvc.perform(get("/password-reset/sent").cookie(unknown.getResponse().getCookie("SESSION")))
                .andExpect(content().string(containsString("If " + nobody + " has an account")));
        mvc.perform(get("/password-reset/sent").cookie(known.getResponse().getCookie("SESSION")))
                .andExpect(content().string(containsString("If " + somebody + " has an account")));
        mailTo(somebody, "Choose a new Sadarbe password");
        assertThat(greenMail.getReceivedMessagesForDomain(nobody)).isEmpty();
    }

    @Test
    void aResetLinkWorksOnceForAnHourAndEndsEverySessionOfTheAccount() throws Exception {
        String email = unique("reset");
        register.open(email, "Reset Person", PASSWORD, java.util.Set.of(Role.APPLICANT), null);
        Cookie elsewhere = mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(PASSWORD))
                .andExpect(authenticated()).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/account").cookie(elsewhere)).andExpect(status().isOk());
        assertThat(sessionsOf(email)).as("sessions in the database").isPositive();

        Instant start = Instant.parse("2026-11-03T10:00:00Z");
        clock.set(start);
        requestReset(email);
        String expired = link(mailTo(email, "Choose a new Sadarbe password"));
        clock.set(start.plus(Duration.ofMinutes(61)));
        mvc.perform(get(expired)).andExpect(content().string(containsString("This link does not work")));

        requestReset(email);
        String link = await().atMost(Duration.ofSeconds(30)).until(() -> linksTo(email), links -> links.size() == 2)
                .get(1);
        String tampered = link.substring(0, link.length() - 3) + (link.endsWith("AAA") ? "BBB" : "AAA");
        mvc.perform(get(tampered)).andExpect(content().string(containsString("This link does not work")));
        mvc.perform(post(tampered).param("password", "walnut harbour glacier violet").with(csrf()))
                .andExpect(content().string(containsString("This link does not work")));
        String newPassword = "walnut harbour glacier violet";
        mvc.perform(post(link).param("password", "password1234").with(csrf()))
                .andExpect(content().string(containsString("This password is too easy to guess")));
        mvc.perform(post(link).param("password", newPassword).with(csrf()))
                .andExpect(content().string(containsString("Your password is saved")));

        assertThat(sessionsOf(email)).as("sessions left in the database").isZero();
        signedOutOfThisThread();
        mvc.perform(get("/account").cookie(elsewhere)).andExpect(signedOut());
        mvc.perform(post(link).param("password", "another fine long phrase").with(csrf()))
                .andExpect(content().string(containsString("This link does not work")));
        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(PASSWORD))
                .andExpect(unauthenticated());
        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(newPassword))
                .andExpect(authenticated());
    }

    @Test
    void changingThePasswordOnTheAccountPageEndsTheOtherSessionsOnly() throws Exception {
        String email = unique("change");
        register.open(email, "Change Person", PASSWORD, java.util.Set.of(Role.APPLICANT), null);
        Cookie here = signIn(email, PASSWORD);
        Cookie elsewhere = signIn(email, PASSWORD);

        mvc.perform(post("/account/password").cookie(here).with(csrf())
                        .param("current-password", "not it at all").param("new-password", "walnut harbour glacier violet"))
                .andExpect(content().string(containsString("The current password is not right.")));
        mvc.perform(post("/account/password").cookie(here).with(csrf())
                        .param("current-password", PASSWORD).param("new-password", "walnut harbour glacier violet"))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute("saved", "password"));

        signedOutOfThisThread();
        mvc.perform(get("/account").cookie(here)).andExpect(status().isOk());
        mvc.perform(get("/account").cookie(elsewhere)).andExpect(signedOut());
    }

    @Test
    void theAccountPageChangesTheNameAndLanguage() throws Exception {
        String email = unique("details");
        register.open(email, "Old Name", PASSWORD, java.util.Set.of(Role.APPLICANT), null);
        Cookie session = signIn(email, PASSWORD);

        mvc.perform(post("/account/name").cookie(session).with(csrf()).param("name", " "))
                .andExpect(content().string(containsString("Enter your full name.")));
        mvc.perform(post("/account/name").cookie(session).with(csrf()).param("name", "Jauns Vārds"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(post("/account/language").cookie(session).with(csrf()).param("language", "lv"))
                .andExpect(redirectedUrl("/account"));

        assertThat(register.byEmail(email).orElseThrow().displayName()).isEqualTo("Jauns Vārds");
        assertThat(register.byEmail(email).orElseThrow().language()).isEqualTo("lv");
        mvc.perform(get("/account").cookie(session))
                .andExpect(content().string(containsString("Jauns Vārds")))
                .andExpect(content().string(not(containsString("Old Name"))));
    }

    @Test
    void theFirstAdministratorGetsOneSetUpLinkToChooseNameAndPassword() throws Exception {
        String email = unique("root");
        assertThat(firstAdministrator.invite(email)).isTrue();
        assertThat(firstAdministrator.invite(email)).as("once: the address is an administrator now").isFalse();

        MimeMessage mail = mailTo(email, "Set up your Sadarbe administrator account");
        String link = link(mail);
        mvc.perform(get(link)).andExpect(content().string(containsString("Set up your administrator account")));
        mvc.perform(post(link).param("name", "").param("password", PASSWORD).with(csrf()))
                .andExpect(content().string(containsString("Enter your full name.")));
        mvc.perform(post(link).param("name", "Rūta Administratore").param("password", PASSWORD).with(csrf()))
                .andExpect(content().string(containsString("Your password is saved")));

        assertThat(register.byEmail(email).orElseThrow().displayName()).isEqualTo("Rūta Administratore");
        assertThat(register.byEmail(email).orElseThrow().roles()).containsExactly(Role.ADMIN);
        mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(PASSWORD))
                .andExpect(authenticated().withRoles("ADMIN"));
        assertThat(linksTo(email)).as("no second e-mail").hasSize(1);
    }

    @Test
    void signUpsFromOneAddressAreThrottled() throws Exception {
        String client = client();
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/password-reset").param("email", unique("flood")).with(csrf()).with(from(client)))
                    .andExpect(redirectedUrl("/password-reset/sent"));
        }
        mvc.perform(post("/sign-up").param("name", "Flood Person").param("email", unique("flood"))
                        .param("password", PASSWORD).with(csrf()).with(from(client)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Too many requests from your IP address")));
    }

    org.springframework.test.web.servlet.ResultActions signUp(String name, String email, String password,
                                                              String language) throws Exception {
        return mvc.perform(post("/sign-up").param("name", name).param("email", email).param("password", password)
                .param("lang", language).with(csrf()).with(from(client())));
    }

    org.springframework.test.web.servlet.ResultActions requestReset(String email) throws Exception {
        return mvc.perform(post("/password-reset").param("email", email).with(csrf()).with(from(client())));
    }

    Cookie signIn(String email, String password) throws Exception {
        return mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(password))
                .andExpect(authenticated()).andReturn().getResponse().getCookie("SESSION");
    }

    MimeMessage mailTo(String email, String subject) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> isTo(message, email) && subject.equals(subjectOf(message)))
                .findFirst().orElse(null), found -> found != null);
    }

    List<String> linksTo(String email) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> isTo(message, email))
                .map(SelfServiceTests::linkOrNull).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Spring Security's MockMvc support keeps the last authentication of the test's thread for the next request;
     * only the session cookie may count here.
     */
    static void signedOutOfThisThread() {
        org.springframework.security.test.context.TestSecurityContextHolder.clearContext();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    /** The session is gone: sign in first (401 to a client that does not ask for a page). */
    static org.springframework.test.web.servlet.ResultMatcher signedOut() {
        return result -> assertThat(result.getResponse().getStatus()).as("signed out").isIn(302, 401);
    }

    int sessionsOf(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?").param(email)
                .query(Integer.class).single();
    }

    int hashesStored(String link) {
        String token = link.substring(link.lastIndexOf('/') + 1);
        return jdbc.sql("SELECT COUNT(*) FROM account_token WHERE token_hash = ?").param(token)
                .query(Integer.class).single();
    }

    static String link(MimeMessage mail) throws Exception {
        Matcher found = LINK.matcher(MailParts.text(mail));
        assertThat(found.find()).as("a link in the e-mail").isTrue();
        return found.group(1);
    }

    static String linkOrNull(MimeMessage mail) {
        try {
            Matcher found = LINK.matcher(MailParts.text(mail));
            return found.find() ? found.group(1) : null;
        } catch (Exception unreadable) {
            return null;
        }
    }

    static boolean isTo(MimeMessage message, String email) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().equalsIgnoreCase(email));
        } catch (Exception unreadable) {
            return false;
        }
    }

    static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception unreadable) {
            return "";
        }
    }

    static String unique(String who) {
        return who + "-" + UUID.randomUUID() + "@example.eu";
    }

    /** A documentation address of its own (RFC 3849), so that no two requests share a throttle bucket. */
    static String client() {
        return "2001:db8:15::" + Integer.toHexString(CLIENTS.incrementAndGet() + (int) (Math.random() * 60000));
    }
}

package eu.sadarbe.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import eu.sadarbe.BothDatabases;
import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.Role;

/**
 * Issue 12, section 4: failed sign-ins are limited per client address and per account and address, in the
 * database, so that an attacker elsewhere cannot lock the owner out and one address cannot spray many accounts.
 */
@SadarbeTest
@BothDatabases   // Bucket4j's PostgreSQL back-end on PostgreSQL, H2SelectForUpdateProxyManager on H2
public class SignInThrottleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRegister register;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    /** A request from the given client address, as the servlet container resolved it. */
    public static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** A documentation address (RFC 3849) of its own for each test: no test shares a bucket with another. */
    static String anAddress() {
        return "2001:db8::" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff)) + ":"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff));
    }

    @Test
    void anAttackerAtAnotherAddressCannotLockTheOwnerOut() throws Exception {
        String email = anAccount();
        String attacker = anAddress();
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn(email, "guess-" + attempt, attacker).andExpect(redirectedUrl("/sign-in?error"));
        }
        signIn(email, "guess-5", attacker).andExpect(redirectedUrl("/sign-in?throttled"));
        // Even the right password waits at the attacker's address …
        signIn(email, "right-password-1", attacker)
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/sign-in?throttled"));
        // … while the owner signs in from her own.
        signIn(email, "right-password-1", anAddress()).andExpect(authenticated());
    }

    @Test
    void theOwnerWhoFailedAFewTimesIsForgivenWhenSheSignsIn() throws Exception {
        String email = anAccount();
        String home = anAddress();
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn(email, "typo-" + attempt, home).andExpect(redirectedUrl("/sign-in?error"));
        }
        signIn(email, "right-password-1", home).andExpect(authenticated());
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn(email, "typo-again-" + attempt, home).andExpect(redirectedUrl("/sign-in?error"));
        }
    }

    @Test
    void oneAddressTryingThirtyAccountsIsThrottled() throws Exception {
        String sprayer = anAddress();
        List<String> outcomes = new ArrayList<>();
        long started = System.nanoTime();
        for (int account = 1; account <= 30; account++) {
            String target = "sprayed-" + account + "-" + UUID.randomUUID() + "@example.eu";
            outcomes.add(signIn(target, "Summer2026!", sprayer).andReturn().getResponse().getRedirectedUrl());
        }
        // Ten failures at once, then one more every six seconds (10 a minute): how many had their password checked
        // depends on how long the thirty attempts took on this machine, never on how many accounts were tried.
        long regained = Duration.ofNanos(System.nanoTime() - started).toSeconds() / 6 + 1;
        long checked = outcomes.stream().filter("/sign-in?error"::equals).count();
        assertThat(outcomes.subList(0, 9)).containsOnly("/sign-in?error");
        assertThat(checked).isLessThanOrEqualTo(9 + regained);
        assertThat(outcomes.indexOf("/sign-in?throttled")).isBetween(9, (int) (9 + regained));
        assertThat(outcomes.subList(20, 30)).contains("/sign-in?throttled");
        // Unknown and known accounts alike: the limit tells nothing about which accounts exist.
        signIn("anna.berzina@demo.sadarbe.eu", "sadarbe-demo", sprayer).andExpect(redirectedUrl("/sign-in?throttled"));
        signIn("anna.berzina@demo.sadarbe.eu", "sadarbe-demo", anAddress()).andExpect(authenticated());
    }

    @Test
    void theThrottledPageSaysWhenToTryAgainInTheChosenLanguage() throws Exception {
        String email = anAccount();
        String attacker = anAddress();
        ResultActions last = null;
        for (int attempt = 1; attempt <= 5; attempt++) {
            last = signIn(email, "guess-" + attempt, attacker);
        }
        var throttled = last.andExpect(redirectedUrl("/sign-in?throttled")).andReturn();
        mvc.perform(get("/sign-in?throttled&lang=lv").cookie(throttled.getResponse().getCookie("SESSION")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mēģiniet vēlreiz ne agrāk kā")))
                .andExpect(content().string(containsString("(Briseles laiks)")))
                .andExpect(content().string(containsString("value=\"" + email + "\"")));
        mvc.perform(get("/sign-in?throttled&lang=en"))
                .andExpect(content().string(containsString("Wait a few minutes, then try again.")));
    }

    @Test
    void theApiAnswers429WithRetryAfterAndAProblemAfterRepeatedFailures() throws Exception {
        String email = anAccount();
        String client = anAddress();
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(get("/api/v1/applications").with(httpBasic(email, "guess-" + attempt)).with(from(client)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/applications").with(httpBasic(email, "guess-5")).with(from(client))
                        .header("Accept-Language", "lv"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", matchesPattern("[1-9][0-9]*")))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.detail", containsString("Mēģiniet vēlreiz ne agrāk kā")))
                .andExpect(jsonPath("$.retryAt").exists());
        mvc.perform(get("/api/v1/applications").with(httpBasic(email, "right-password-1")).with(from(client)))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/api/v1/applications").with(httpBasic(email, "right-password-1")).with(from(anAddress())))
                .andExpect(status().isOk());
    }

    @Test
    void theCountersLiveInTheDatabaseSoThatEveryNodeSharesThem() throws Exception {
        String email = anAccount();
        String attacker = anAddress();
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(email, "guess-" + attempt, attacker);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account_sign_in_bucket WHERE id LIKE :key")
                .param("key", "%" + attacker).query(Integer.class).single()).isEqualTo(2);
        // A second node: its own throttle on the same database, nothing shared in memory.
        SignInThrottle otherNode = new SignInThrottle(dataSource, jdbc, new SignInSettings(null, null), clock);
        assertThat(otherNode.refusal(email, attacker)).isPresent();
        assertThat(otherNode.refusal(email, anAddress())).isEmpty();
    }

    @Test
    void forgetsBucketsThatHaveRefilledAndKeepsTheOthers() {
        String address = anAddress();
        jdbc.sql("INSERT INTO account_sign_in_bucket (id, state, expires_at) VALUES (:id, :state, :at)")
                .param("id", "address:" + address + "-old").param("state", new byte[] {1})
                .param("at", clock.millis() - 1000).update();
        jdbc.sql("INSERT INTO account_sign_in_bucket (id, state, expires_at) VALUES (:id, :state, :at)")
                .param("id", "address:" + address + "-current").param("state", new byte[] {1})
                .param("at", clock.millis() + 3_600_000).update();
        new SignInThrottle(dataSource, jdbc, new SignInSettings(null, null), clock).forgetOldFailures();
        assertThat(jdbc.sql("SELECT id FROM account_sign_in_bucket WHERE id LIKE :key")
                .param("key", "address:" + address + "%").query(String.class).list())
                .containsExactly("address:" + address + "-current");
    }

    private String anAccount() {
        String email = "throttled-" + UUID.randomUUID() + "@example.eu";
        register.open(email, "Throttled Tester", "right-password-1", Set.of(Role.APPLICANT), null);
        return email;
    }

    private ResultActions signIn(String email, String password, String address) throws Exception {
        return mvc.perform(post("/sign-in").param("email", email).param("password", password)
                .with(csrf()).with(from(address)));
    }
}

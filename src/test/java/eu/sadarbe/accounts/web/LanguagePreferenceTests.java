package eu.sadarbe.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.SignedInUser;

/**
 * Issue #12: switching language while signed in rewrote the account's roles (the whole aggregate was saved) and,
 * when that write failed, answered a bare 500. Choosing a language writes the language only: it goes through
 * even while another transaction holds the account's role rows.
 */
@SadarbeTest
class LanguagePreferenceTests {

    static final String EMAIL = "edgars.silins@demo.sadarbe.eu";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRegister accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void switchingLanguageWritesTheLanguageAndLeavesTheRolesAlone() throws Exception {
        AccountSummary account = accounts.byEmail(EMAIL).orElseThrow();
        List<String> rolesBefore = roles(account);
        SignedInUser signedIn = new SignedInUser(account.id(), account.email(), account.displayName(),
                account.roles(), account.nationalAgencyCode(), "en", true, null);

        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TransactionTemplate otherTransaction = new TransactionTemplate(transactions);
        otherTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        CompletableFuture<Void> holding = CompletableFuture.runAsync(() -> otherTransaction.executeWithoutResult(s -> {
            jdbc.sql("SELECT role FROM account_role WHERE account_id = ? FOR UPDATE").param(account.id().value())
                    .query(String.class).list();
            held.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }));
        try {
            held.await(10, TimeUnit.SECONDS);
            int status = CompletableFuture.supplyAsync(() -> {
                try {
                    return mvc.perform(get("/").param("lang", "lv").with(user(signedIn))).andReturn().getResponse()
                            .getStatus();
                } catch (Exception failed) {
                    throw new IllegalStateException(failed);
                }
            }).get(10, TimeUnit.SECONDS);
            assertThat(status).isEqualTo(200);
        } finally {
            release.countDown();
            holding.get(30, TimeUnit.SECONDS);
        }

        assertThat(accounts.byEmail(EMAIL).orElseThrow().language()).isEqualTo("lv");
        assertThat(roles(account)).isEqualTo(rolesBefore);
    }

    @AfterEach
    void backToEnglish() {
        jdbc.sql("UPDATE account SET preferred_language = 'en' WHERE email = ?").param(EMAIL).update();
    }

    private List<String> roles(AccountSummary account) {
        return jdbc.sql("SELECT role FROM account_role WHERE account_id = ? ORDER BY role")
                .param(account.id().value()).query(String.class).list();
    }
}

package eu.sadarbe.accounts.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.sadarbe.BrowserTest;
import eu.sadarbe.Browsers;
import eu.sadarbe.Sadarbe;
import eu.sadarbe.accounts.twofactor.AuthenticatorApp;
import eu.sadarbe.web.MailParts;
import eu.sadarbe.web.ReceivedMail;

/**
 * Issue #15's "Done when", on a fresh production install: Sadarbe started here with the {@code postgres} profile (no
 * demo data, two-factor sign-in required) on a PostgreSQL database of its own, {@code sadarbe.accounts.admin-email}
 * set and a real SMTP server (GreenMail). The administrator opens the e-mailed set-up link, chooses a password, enrols
 * an authenticator app (the code computed here with the app's own TOTP library), keeps the recovery codes, defines an
 * open round and opens an LV01 officer's and an expert's accounts; a newcomer signs up in Latvian, verifies the
 * address, registers an organisation and starts an application; a forgotten password is reset through the e-mailed
 * link. axe checks every page at 1280 and 375 px.
 * <p>
 * One application start for the whole class (its own, since the shared test context has the demo data), run once, in
 * {@code DatabaseSuite}'s JVM (tags {@code browser} and {@code needs-postgres}). The database is named after the PostgreSQL
 * test database with {@code _fresh} appended; without a reachable PostgreSQL the journey is skipped with a warning, unless
 * {@code sadarbe.test.postgres.required} is true.
 */
@Tag("needs-postgres")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FreshInstallBrowserTests extends BrowserTest {

    static final Pattern LINK = Pattern.compile("https?://[^/\\s\"]+(/(?:sign-up/verify|password-reset)/[A-Za-z0-9_.-]+)");
    static final String ADMIN = "first-admin@fresh.sadarbe.test";
    static final String ADMIN_PASSWORD = "violet harbour morning kettle";
    static final String NEWCOMER_PASSWORD = "dzeltena laiva kalnā zied";
    static final String NEWCOMER_NEW_PASSWORD = "zaļa pļava rīta miglā";

    private @Nullable GreenMail greenMail;
    private @Nullable ConfigurableApplicationContext sadarbe;
    private @Nullable BrowserContext admin;
    private final String newcomer = "jaunpienacejs-" + UUID.randomUUID() + "@example.lv";
    private @Nullable String organisation;

    @BeforeAll
    void startFreshProductionInstall() {
        String url = freshDatabase();
        greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
        // Command-line arguments outrank the system properties the H2 run sets (spring.datasource.url).
        sadarbe = new SpringApplicationBuilder(Sadarbe.class).run(
                "--spring.profiles.active=postgres",
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--spring.datasource.hikari.maximum-pool-size=4",
                "--server.servlet.session.cookie.secure=false",
                "--sadarbe.accounts.admin-email=" + ADMIN,
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + greenMail.getSmtp().getPort(),
                "--spring.mail.default-encoding=UTF-8");
        port = ((WebServerApplicationContext) sadarbe).getWebServer().getPort();
    }

    @AfterAll
    void stop() {
        if (admin != null) {
            admin.close();
        }
        if (sadarbe != null) {
            sadarbe.close();
        }
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    @Test
    @Order(1)
    void theFirstAdministratorSetsUpTheAccountAndTwoFactorSignIn() throws Exception {
        JdbcClient jdbc = sadarbe.getBean(JdbcClient.class);
        assertThat(jdbc.sql("SELECT email FROM account").query(String.class).list())
                .as("a production install opens no account but the first administrator's").containsExactly(ADMIN);

        admin = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 900));
        Page page = admin.newPage();
        page.navigate(url(link(ReceivedMail.to(greenMail, ADMIN, "Set up your Sadarbe administrator account"))));
        assertThat(page.locator("#name")).isVisible();
        accessibleAtBothWidths(page);
        page.locator("#name").fill("Agnese Pirmā");
        page.locator("#password").fill(ADMIN_PASSWORD);
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("h1")).hasText("Your password is saved");
        accessibleAtBothWidths(page);

        page.locator("main a[href$='/sign-in']").click();
        signInWithPassword(page, ADMIN, ADMIN_PASSWORD);
        assertThat(page.locator("h1")).hasText("Set up two-factor sign-in");
        accessibleAtBothWidths(page);
        String secret = page.locator("#secret").textContent().replace(" ", "");
        page.locator("#code").fill(code(secret, 0));
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("#recovery-codes li")).hasCount(10);
        accessibleAtBothWidths(page);
        List<String> recoveryCodes = page.locator("#recovery-codes li").allTextContents();
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("[data-role=ADMIN]")).isVisible();

        page.locator("[data-testid=sign-out]").click();
        signInWithPassword(page, ADMIN, ADMIN_PASSWORD);
        assertThat(page.locator("h1")).hasText("Enter your sign-in code");
        accessibleAtBothWidths(page);
        page.locator("#code").fill(recoveryCodes.get(0).strip());
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("[data-role=ADMIN]")).isVisible(); // a kept recovery code signs in
    }

    @Test
    @Order(2)
    void theAdministratorOpensARoundAnLv01OfficerAndAnExpert() {
        assumeTrue(admin != null, "the administrator is set up");
        Page page = admin.pages().get(0);
        page.setViewportSize(1280, 900);
        page.navigate(url("/rounds/new?lang=en"));
        page.locator("#callYear").fill("2020");
        page.locator("#roundNumber").fill("3");
        page.locator("#label").fill("Fresh install round");
        page.locator("#labelLv").fill("Jaunās uzstādīšanas kārta");
        page.getByLabel("KA204", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#deadlineDate").fill(LocalDate.now(Clock.system(ZoneId.of("Europe/Brussels")))
                .plusDays(30).toString());
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("saved");
        accessibleAtBothWidths(page);

        String officer = "lv01-officer-" + UUID.randomUUID() + "@fresh.sadarbe.test";
        page.navigate(url("/admin/users/new?lang=lv"));
        assertThat(page.locator("#email")).isVisible();
        accessibleAtBothWidths(page);
        page.locator("#email").fill(officer);
        page.locator("#displayName").fill("Ieva Bērziņa");
        page.locator("#role").check();
        page.locator("#agency").selectOption("LV01");
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("#roles")).hasText("Valsts aģentūras darbinieks");
        accessibleAtBothWidths(page);

        String expert = "lv01-expert-" + UUID.randomUUID() + "@fresh.sadarbe.test";
        page.navigate(url("/admin/users/new?lang=en"));
        page.locator("#email").fill(expert);
        page.locator("#displayName").fill("Oskars Eksperts");
        page.locator("#role-EXPERT").check();
        page.locator("#agency").selectOption("LV01");
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("#roles")).hasText("Expert");
        page.navigate(url("/admin/users?q=lv01-"));
        assertThat(page.locator("#accounts")).containsText(officer);
        assertThat(page.locator("#accounts")).containsText(expert);
        accessibleAtBothWidths(page);
    }

    @Test
    @Order(3)
    void aNewcomerSignsUpInLatvianVerifiesRegistersAnOrganisationAndStartsAnApplication() throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("lv-LV"))) {
            Page page = context.newPage();
            page.navigate(url("/?lang=lv"));
            page.locator("#sign-up-link").click();
            assertThat(page.locator("h1")).hasText("Izveidot kontu");
            accessibleAtBothWidths(page);
            page.locator("#name").fill("Līga Jaunā");
            page.locator("#email").fill(newcomer);
            page.locator("#password").fill(NEWCOMER_PASSWORD);
            page.locator("main form button[type=submit]").click();
            assertThat(page.locator("h1")).hasText("Pārbaudiet savu e-pastu");
            accessibleAtBothWidths(page);

            page.navigate(url(link(ReceivedMail.to(greenMail, newcomer, "Aktivizējiet savu Sadarbe kontu"))));
            assertThat(page.locator("h1")).hasText("Jūsu konts ir aktīvs");
            accessibleAtBothWidths(page);

            page.locator("main a[href$='/sign-in']").click();
            signInWithPassword(page, newcomer, NEWCOMER_PASSWORD);
            assertThat(page.locator(".sadarbe-signed-in")).containsText("Līga Jaunā");

            page.navigate(url("/organisations/new?lang=lv"));
            String number = String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L));
            page.locator("#legalName").fill("Cēsu pieaugušo izglītības biedrība " + number);
            page.locator("#country").selectOption("LV");
            page.locator("#city").fill("Cēsis");
            page.locator("#address").fill("Raunas iela 4");
            page.locator("#organisationType").selectOption("NGO");
            page.locator("#registrationNumber").fill(number);
            page.locator("#legalRepresentativeName").fill("Līga Jaunā");
            page.locator("#contactName").fill("Līga Jaunā");
            page.locator("#contactEmail").fill(newcomer);
            page.locator("label[for=field-0]").click();
            accessibleAtBothWidths(page);
            page.locator("form button[type=submit]").last().click();
            assertThat(page.locator("#oid")).hasText(Pattern.compile("^E\\d{8}$"));
            organisation = page.locator("#oid").textContent().strip();
            accessibleAtBothWidths(page);

            page.navigate(url("/applications/new?lang=lv"));
            assertThat(page.locator("#round")).containsText("Jaunās uzstādīšanas kārta");
            page.locator("#actionType").selectOption("KA204");
            page.locator("#applicant").selectOption(organisation);
            page.locator("#title").fill("Pieaugušo digitālās prasmes Cēsīs");
            accessibleAtBothWidths(page);
            page.locator("#main-content form button[type=submit]").click();
            assertThat(page.locator("h1")).hasText("Pieaugušo digitālās prasmes Cēsīs");
            accessibleAtBothWidths(page);
        }
    }

    @Test
    @Order(4)
    void theNewcomerResetsAForgottenPasswordThroughTheEmailedLink() throws Exception {
        assumeTrue(organisation != null, "the newcomer has signed up");
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("lv-LV"))) {
            Page page = context.newPage();
            page.navigate(url("/sign-in?lang=lv"));
            page.locator("#password-reset-link").click();
            accessibleAtBothWidths(page);
            page.locator("#email").fill(newcomer);
            page.locator("main form button[type=submit]").click();
            assertThat(page.locator("main")).containsText("Ja adresei " + newcomer + " ir konts");
            accessibleAtBothWidths(page);

            page.navigate(url(link(ReceivedMail.to(greenMail, newcomer, "Izvēlieties jaunu Sadarbe paroli"))));
            accessibleAtBothWidths(page);
            page.locator("#password").fill(NEWCOMER_NEW_PASSWORD);
            page.locator("main form button[type=submit]").click();
            assertThat(page.locator(".govuk-panel__title")).isVisible();
            accessibleAtBothWidths(page);

            signInWithPassword(page, newcomer, NEWCOMER_PASSWORD);
            assertThat(page.locator(".sadarbe-signed-in")).hasCount(0);
            signInWithPassword(page, newcomer, NEWCOMER_NEW_PASSWORD);
            assertThat(page.locator(".sadarbe-signed-in")).containsText("Līga Jaunā");
            page.navigate(url("/applications"));
            assertThat(page.locator("main")).containsText("Pieaugušo digitālās prasmes Cēsīs");
            accessibleAtBothWidths(page);
        }
    }

    private void signInWithPassword(Page page, String email, String password) {
        page.navigate(url("/sign-in"));
        page.locator("#email").fill(email);
        page.locator("#password").fill(password);
        page.locator("main form button[type=submit]").click();
    }

    /** The code the authenticator app shows now, by the same TOTP library Sadarbe checks it with. */
    private static String code(String secret, int drift) {
        return AuthenticatorApp.code(Clock.systemUTC(), secret, drift);
    }

    private static String link(MimeMessage mail) throws Exception {
        Matcher found = LINK.matcher(MailParts.text(mail));
        assertThat(found.find()).as("a link in the e-mail").isTrue();
        return found.group(1);
    }

    private static void accessibleAtBothWidths(Page page) {
        page.setViewportSize(1280, 900);
        Browsers.assertAccessible(page);
        page.setViewportSize(375, 800);
        Browsers.assertAccessible(page);
        page.setViewportSize(1280, 900);
    }

    /**
     * A database of this journey's own, created afresh beside the PostgreSQL test database ({@code
     * sadarbe.test.postgres.url}, as CI sets it) with {@code _fresh} appended to its name.
     */
    private static String freshDatabase() {
        String suite = System.getProperty("sadarbe.test.postgres.url",
                "jdbc:postgresql://127.0.0.1:5432/sadarbe_test");
        String url = suite + "_fresh";
        String database = url.substring(url.lastIndexOf('/') + 1);
        String server = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection connection = DriverManager.getConnection(server, "postgres", "");
             Statement sql = connection.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + database);
            return url;
        } catch (SQLException unreachable) {
            String message = "PostgreSQL is not reachable at " + server + " (" + unreachable.getMessage() + ")";
            if (Boolean.getBoolean("sadarbe.test.postgres.required")) {
                throw new ExtensionConfigurationException(message + "; the fresh-install journey is required here.");
            }
            System.err.println("[sadarbe] WARNING: " + message + ". The fresh production install journey "
                    + "(FreshInstallBrowserTests) is SKIPPED.");
            assumeTrue(false, message + " — fresh production install journey skipped");
            throw new IllegalStateException("unreachable");
        }
    }
}

package eu.sadarbe.accounts.singlesignon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import eu.sadarbe.Browsers;
import eu.sadarbe.Sadarbe;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.Role;

/**
 * Single sign-on through a real OpenID Connect provider (issue #15): NAV's mock-oauth2-server, started once for
 * this class, issues signed ID tokens through the whole authorization-code flow (discovery, redirect, code,
 * token, keys, user info). Sadarbe runs in one extra context configured for it, on H2 only: which account an
 * identity reaches is tested on both databases in {@link ProviderAccountsTests}.
 */
@SpringBootTest(classes = Sadarbe.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SingleSignOnFlowTests {

    static final String ISSUER_ID = "sadarbe-test";
    static final String CLIENT_ID = "sadarbe-client";
    static final String PROVIDER_NAME = "Test ID";
    /** While set, the provider answers every request with 503, as one that is down for maintenance. */
    static final java.util.concurrent.atomic.AtomicBoolean OUTAGE = new java.util.concurrent.atomic.AtomicBoolean();
    static final MockOAuth2Server PROVIDER = started();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add("sadarbe.accounts.single-sign-on.issuer", () -> PROVIDER.issuerUrl(ISSUER_ID).toString());
        properties.add("sadarbe.accounts.single-sign-on.client-id", () -> CLIENT_ID);
        properties.add("sadarbe.accounts.single-sign-on.client-secret", () -> "not-so-secret");
        properties.add("sadarbe.accounts.single-sign-on.display-name", () -> PROVIDER_NAME);
        // As in production: administrators and agency officers sign in with two factors, also through the provider.
        properties.add("sadarbe.accounts.two-factor-required", () -> "true");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @LocalServerPort
    int port;

    @Autowired
    AccountRegister register;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    /** First of all: Sadarbe started without asking the provider anything, and copes while it does not answer. */
    @Test
    @Order(1)
    void whileTheProviderDoesNotAnswerTheSignInPageSaysSoAndOnceItAnswersSignInWorks() throws Exception {
        Visitor visitor = new Visitor();
        OUTAGE.set(true);
        URI landed;
        HttpResponse<String> apiCall;
        try {
            landed = visitor.location(visitor.get(SingleSignOn.SIGN_IN_PATH));
            apiCall = api("/api/v1/applications", token(UUID.randomUUID().toString(), CLIENT_ID));
        } finally {
            OUTAGE.set(false);
        }
        assertThat(apiCall.statusCode()).as("a token that cannot be checked now").isEqualTo(401);

        assertThat(landed.getPath()).isEqualTo("/sign-in");
        assertThat(landed.getQuery()).isEqualTo("sso=unavailable");
        assertThat(visitor.get("/sign-in?sso=unavailable").body()).contains("Test ID cannot be reached at the moment");

        String email = unique("after-outage");
        assertThat(visitor.signInThroughProvider(UUID.randomUUID().toString(), claims(email, true, null, List.of()))
                .getPath()).isEqualTo("/");
        assertThat(register.byEmail(email)).isPresent();
    }

    @Test
    void whenTheProviderFailsToGiveTheTokensThePersonIsToldItCannotBeReached() throws Exception {
        Visitor visitor = new Visitor();
        URI authorize = visitor.location(visitor.get(SingleSignOn.SIGN_IN_PATH));
        PROVIDER.enqueueCallback(callback(UUID.randomUUID().toString(), claims(unique("x"), true, null, List.of())));
        URI callback = visitor.location(visitor.send(authorize));
        OUTAGE.set(true);
        URI landed;
        try {
            landed = visitor.location(visitor.send(callback));
        } finally {
            OUTAGE.set(false);
        }

        assertThat(landed.getQuery()).isEqualTo("sso=unavailable");
        assertThat(visitor.get("/applications").statusCode()).as("not signed in").isEqualTo(302);
    }

    @Test
    void anExistingAccountSignsInThroughTheProviderWithItsOwnRolesAndKeepsItsLinkWhenTheAddressChanges()
            throws Exception {
        AccountSummary officer = register.open(unique("officer"), "Officer Through Provider", "right-password-1",
                java.util.Set.of(Role.NA_OFFICER), "LV02");
        String subject = UUID.randomUUID().toString();
        Visitor first = new Visitor();

        URI landed = first.signInThroughProvider(subject,
                claims(officer.email().toUpperCase(), true, "Somebody At The Provider", List.of("ADMIN")));

        assertThat(landed.getPath()).isEqualTo("/sign-in/two-factor/enrolment");
        String secret = first.enrol();
        assertThat(first.get("/").body()).contains("Officer Through Provider");
        assertThat(first.get("/agency/applications").statusCode()).as("the account's own role").isEqualTo(200);
        assertThat(first.get("/admin/security-events").statusCode()).as("never a role from the token").isEqualTo(403);
        assertThat(linkedAccount(subject)).contains(officer.id().value());
        assertThat(jdbc.sql("SELECT detail FROM account_security_event WHERE account_id = :account AND kind = 'SIGN_IN'")
                .param("account", officer.id().value()).query(String.class).list())
                .anySatisfy(detail -> assertThat(detail).contains("single-sign-on", PROVIDER.issuerUrl(ISSUER_ID).toString()));

        String changed = unique("changed-at-the-provider");
        Visitor later = new Visitor();
        assertThat(later.signInThroughProvider(subject, claims(changed, false, null, List.of())).getPath())
                .isEqualTo("/sign-in/two-factor");
        assertThat(later.giveCode(secret).getPath()).isEqualTo("/");

        assertThat(later.get("/agency/applications").statusCode()).isEqualTo(200);
        assertThat(later.get("/").body()).contains("Officer Through Provider");
        assertThat(register.byEmail(changed)).isEmpty();
    }

    /**
     * With {@code two-factor-required} on, the provider's sign-in is only the first factor for an administrator or
     * an agency officer: {@code SignInSteps.providerAccepted} sends them to enrol an authenticator app first, and
     * later to give its code, and until then they have none of their roles.
     */
    @Test
    void twoFactorSignInIsStillRequiredAfterTheProviderForAnAdministrator() throws Exception {
        AccountSummary administrator = register.open(unique("sso-admin"), "Administrator Through Provider",
                "right-password-1", java.util.Set.of(Role.ADMIN), null);
        String subject = UUID.randomUUID().toString();
        Visitor first = new Visitor();

        URI landed = first.signInThroughProvider(subject, claims(administrator.email(), true, null, List.of()));

        assertThat(landed.getPath()).isEqualTo("/sign-in/two-factor/enrolment");
        assertThat(first.get("/admin/users").statusCode()).as("no role before the second factor").isNotEqualTo(200);
        String secret = first.enrol();
        assertThat(first.get("/admin/users").statusCode()).isEqualTo(200);

        Visitor later = new Visitor();
        assertThat(later.signInThroughProvider(subject, claims(administrator.email(), true, null, List.of()))
                .getPath()).isEqualTo("/sign-in/two-factor");
        assertThat(later.get("/admin/users").statusCode()).as("no role before the code").isNotEqualTo(200);
        assertThat(later.post("/sign-in/two-factor", "code=000000&_csrf=" + later.csrf("/sign-in/two-factor"))
                .body()).as("a wrong code").contains("id=\"code-error\"");
        assertThat(later.get("/admin/users").statusCode()).isNotEqualTo(200);
        assertThat(later.giveCode(secret).getPath()).isEqualTo("/");
        assertThat(later.get("/admin/users").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account_security_event WHERE account_id = :account AND kind = 'SIGN_IN'")
                .param("account", administrator.id().value()).query(Integer.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aNewVerifiedAddressOpensAnApplicantAccount() throws Exception {
        String email = unique("newcomer");
        Visitor visitor = new Visitor();

        URI landed = visitor.signInThroughProvider(UUID.randomUUID().toString(),
                claims(email, true, "Jauns Pieteicējs", List.of("ADMIN", "NA_OFFICER")));

        assertThat(landed.getPath()).isEqualTo("/");
        AccountSummary opened = register.byEmail(email).orElseThrow();
        assertThat(opened.roles()).containsExactly(Role.APPLICANT);
        assertThat(opened.displayName()).isEqualTo("Jauns Pieteicējs");
        assertThat(visitor.get("/").body()).contains("Jauns Pieteicējs");
        assertThat(visitor.get("/agency/applications").statusCode()).isEqualTo(403);
    }

    @Test
    void anUnverifiedAddressIsRefusedWithAMessageInThePersonsLanguage() throws Exception {
        String email = unique("unverified");
        Visitor visitor = new Visitor();

        URI landed = visitor.signInThroughProvider(UUID.randomUUID().toString(), claims(email, false, "Not Verified",
                List.of()));

        assertThat(landed.getPath()).isEqualTo("/sign-in");
        assertThat(landed.getQuery()).isEqualTo("sso=unverified");
        assertThat(register.byEmail(email)).isEmpty();
        assertThat(visitor.get("/sign-in?sso=unverified").body())
                .contains("Test ID has not verified your e-mail address");
        assertThat(visitor.get("/sign-in?sso=unverified&lang=lv").body())
                .contains("Pakalpojums Test ID nav apstiprinājis jūsu e-pasta adresi");
        assertThat(visitor.get("/applications").statusCode()).as("not signed in").isEqualTo(302);
    }

    @Test
    void withoutTheEmailVerifiedClaimTheAddressIsNotTrustedEither() throws Exception {
        String email = unique("no-claim");
        Map<String, Object> claims = new HashMap<>(claims(email, true, null, List.of()));
        claims.remove("email_verified");

        URI landed = new Visitor().signInThroughProvider(UUID.randomUUID().toString(), claims);

        assertThat(landed.getQuery()).isEqualTo("sso=unverified");
        assertThat(register.byEmail(email)).isEmpty();
    }

    @Test
    void cancellingAtTheProviderLeadsBackToTheSignInPageWithAMessage() throws Exception {
        Visitor visitor = new Visitor();
        URI authorize = visitor.location(visitor.get(SingleSignOn.SIGN_IN_PATH));
        String state = query(authorize, "state").orElseThrow();

        // What a provider sends when the person cancels there (RFC 6749, 4.1.2.1)
        URI landed = visitor.location(visitor.get("/login/oauth2/code/sso?error=access_denied&state=" + state));

        assertThat(landed.getPath()).isEqualTo("/sign-in");
        assertThat(landed.getQuery()).isEqualTo("sso=failed");
        assertThat(visitor.get("/sign-in?sso=failed").body()).contains("Signing in with Test ID did not succeed");
    }

    @Test
    void peopleWhoAreNotSignedInStillReachSadarbesOwnSignInPageWithTheProviderAsAChoice() throws Exception {
        Visitor visitor = new Visitor();

        URI signIn = visitor.location(visitor.get("/applications"));

        assertThat(signIn.getPath()).isEqualTo("/sign-in");
        String page = visitor.get("/sign-in").body();
        assertThat(page).contains("href=\"/oauth2/authorization/sso\"", ">Sign in with Test ID<");
        assertThat(visitor.get("/sign-in?lang=lv").body()).contains(">Pierakstīties ar Test ID<");
    }

    @Test
    void passwordsStillWorkBesideTheProvider() throws Exception {
        String email = unique("password");
        register.open(email, "Password Person", "right-password-1", java.util.Set.of(Role.APPLICANT), null);
        Visitor visitor = new Visitor();
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(visitor.get("/sign-in").body());
        assertThat(csrf.find()).isTrue();

        URI landed = visitor.location(visitor.post("/sign-in", "email=" + email + "&password=right-password-1&_csrf="
                + csrf.group(1)));

        assertThat(landed.getPath()).isEqualTo("/");
        assertThat(visitor.get("/").body()).contains("Password Person");
    }

    @Test
    void theProvidersAccessTokensActOnTheApiAsTheLinkedAccountWithItsRoles() throws Exception {
        AccountSummary officer = register.open(unique("api-officer"), "API Officer", "right-password-1",
                java.util.Set.of(Role.NA_OFFICER), "LV02");
        String officerSubject = UUID.randomUUID().toString();
        new Visitor().signInThroughProvider(officerSubject, claims(officer.email(), true, null, List.of()));
        String applicantSubject = UUID.randomUUID().toString();
        new Visitor().signInThroughProvider(applicantSubject, claims(unique("api-applicant"), true, null, List.of()));

        HttpResponse<String> asOfficer = api("/api/v1/agency/LV02/applications", token(officerSubject, CLIENT_ID));
        assertThat(asOfficer.statusCode()).isEqualTo(200);
        assertThat(asOfficer.headers().allValues("Set-Cookie")).as("no session for a token").isEmpty();
        assertThat(api("/api/v1/agency/LV02/applications", token(applicantSubject, CLIENT_ID)).statusCode())
                .as("the account's roles, not the token's").isEqualTo(403);
        assertThat(api("/api/v1/applications", token(applicantSubject, CLIENT_ID)).statusCode()).isEqualTo(200);
    }

    @Test
    void tokensForAnotherClientFromAnotherIssuerOrOfAnUnlinkedIdentityAreRefused() throws Exception {
        String subject = UUID.randomUUID().toString();
        new Visitor().signInThroughProvider(subject, claims(unique("api-refused"), true, null, List.of()));

        for (String token : List.of(token(subject, "another-client"),
                PROVIDER.issueToken("another-issuer", CLIENT_ID, new DefaultOAuth2TokenCallback("another-issuer",
                        subject, "JWT", List.of(CLIENT_ID), Map.of(), 3600)).serialize(),
                token(UUID.randomUUID().toString(), CLIENT_ID),
                "not-a-token")) {
            HttpResponse<String> refused = api("/api/v1/applications", token);
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.headers().allValues("WWW-Authenticate")).anySatisfy(challenge ->
                    assertThat(challenge).startsWith("Bearer"));
        }
        HttpResponse<String> page = new Visitor().client.send(HttpRequest.newBuilder(URI.create(url("/applications")))
                .header("Accept", "text/html").header("Authorization", "Bearer " + token(subject, CLIENT_ID))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as("pages keep their sign-in").isEqualTo(302);
    }

    /** The button on the Latvian sign-in page on a phone, through the provider and back, and a refusal: axe-clean. */
    @Test
    void theButtonWorksInTheBrowserAndThePagesAreAccessible() {
        String email = unique("browser");
        try (Playwright playwright = Browsers.playwright()) {
            Browser browser = Browsers.launch(playwright);
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("lv-LV")
                    .setViewportSize(375, 740))) {
                Page page = context.newPage();
                page.navigate(url("/sign-in?lang=lv"));
                Browsers.assertAccessible(page);

                PROVIDER.enqueueCallback(callback(UUID.randomUUID().toString(), claims(email, true, "Pārlūka Lietotājs",
                        List.of())));
                page.locator("#single-sign-on").click();
                page.waitForURL(url("/"));
                assertThat(page.locator("body").innerText()).contains("Pārlūka Lietotājs");
                assertThat(register.byEmail(email).orElseThrow().language()).as("the language chosen before")
                        .isEqualTo("lv");
            }
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
                Page page = context.newPage();
                page.navigate(url("/sign-in?sso=unavailable"));
                assertThat(page.locator(".govuk-error-summary").innerText())
                        .contains("Test ID cannot be reached at the moment");
                Browsers.assertAccessible(page);
            }
        }
    }

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server(new Route() {
            @Override
            public boolean match(OAuth2HttpRequest request) {
                return OUTAGE.get();
            }

            @Override
            public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
                return new OAuth2HttpResponse(Headers.of(), 503, "Down for maintenance", null);
            }
        });
        server.start();
        return server;
    }

    private String code(String secret, int drift) {
        return eu.sadarbe.accounts.twofactor.AuthenticatorApp.code(clock, secret, drift);
    }

    private static String csrfIn(String page) {
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(page);
        assertThat(csrf.find()).as("a form with a CSRF token").isTrue();
        return java.net.URLEncoder.encode(csrf.group(1), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Map<String, Object> claims(String email, boolean verified, String name, List<String> roles) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("email", email);
        claims.put("email_verified", verified);
        if (name != null) {
            claims.put("name", name);
        }
        claims.put("roles", roles);
        return claims;
    }

    private static DefaultOAuth2TokenCallback callback(String subject, Map<String, Object> claims) {
        return new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID), claims, 3600);
    }

    private static String token(String subject, String audience) {
        return PROVIDER.issueToken(ISSUER_ID, CLIENT_ID,
                new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(audience), Map.of(), 3600))
                .serialize();
    }

    private HttpResponse<String> api(String path, String token) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Accept", "application/json").header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Optional<UUID> linkedAccount(String subject) {
        return jdbc.sql("SELECT account_id FROM account_provider_link WHERE subject = :subject")
                .param("subject", subject).query(UUID.class).optional();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID() + "@example.eu";
    }

    private static Optional<String> query(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return Optional.of(java.net.URLDecoder.decode(pair.substring(name.length() + 1),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    /** A browser as far as redirects and cookies go: each visitor has their own cookies (their own session). */
    private final class Visitor {

        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        /** Clicks "Sign in with …", lets the provider answer with these claims and follows the redirects back. */
        URI signInThroughProvider(String subject, Map<String, Object> claims) throws IOException, InterruptedException {
            PROVIDER.enqueueCallback(callback(subject, claims));
            URI authorize = location(get(SingleSignOn.SIGN_IN_PATH));
            assertThat(authorize.toString()).startsWith(PROVIDER.authorizationEndpointUrl(ISSUER_ID).toString());
            assertThat(query(authorize, "code_challenge")).as("PKCE").isPresent();
            URI callback = location(send(authorize));
            assertThat(callback.getPath()).isEqualTo("/login/oauth2/code/sso");
            return location(send(callback));
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(URI.create(url(path)));
        }

        HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> send(URI uri) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** On the enrolment step: sets up the authenticator app and keeps the recovery codes; its secret. */
        String enrol() throws IOException, InterruptedException {
            String page = get("/sign-in/two-factor/enrolment").body();
            java.util.regex.Matcher secret = java.util.regex.Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<")
                    .matcher(page);
            assertThat(secret.find()).as("the secret on the enrolment page").isTrue();
            String key = secret.group(1).replace(" ", "");
            HttpResponse<String> codes = post("/sign-in/two-factor/enrolment",
                    "code=" + code(key, -1) + "&_csrf=" + csrfIn(page));
            assertThat(codes.body()).contains("id=\"recovery-codes\"");
            assertThat(location(post("/sign-in/two-factor/enrolment/continue", "_csrf=" + csrfIn(codes.body())))
                    .getPath()).isEqualTo("/");
            return key;
        }

        /** On the code step: gives the authenticator app's current code; where that leads. */
        URI giveCode(String secret) throws IOException, InterruptedException {
            return location(post("/sign-in/two-factor", "code=" + code(secret, 0) + "&_csrf="
                    + csrf("/sign-in/two-factor")));
        }

        String csrf(String path) throws IOException, InterruptedException {
            return csrfIn(get(path).body());
        }

        URI location(HttpResponse<String> response) {
            assertThat(response.statusCode()).as(() -> response.uri() + " answered " + response.body()).isEqualTo(302);
            return response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
        }
    }
}

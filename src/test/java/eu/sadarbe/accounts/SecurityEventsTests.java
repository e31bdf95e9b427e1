package eu.sadarbe.accounts;

import static eu.sadarbe.accounts.domain.SignInThrottleTests.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.demo.DemoAccounts;
import eu.sadarbe.organisations.Oid;
import eu.sadarbe.organisations.domain.Actor;
import eu.sadarbe.organisations.domain.MembershipInvitations;

/**
 * Issue 12, section 7: sign-ins, failures, throttling, sign-outs, new accounts, organisation membership and
 * officers' downloads of submitted applications are kept as security events (who, what, when, from where) and
 * logged; administrators read them on a page with filters.
 */
@SadarbeTest
@ExtendWith(OutputCaptureExtension.class)
class SecurityEventsTests {

    static final String ADMIN = "admin@demo.sadarbe.eu";
    static final String ILZE = "ilze.ozola@demo.sadarbe.eu";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountRegister register;

    @Autowired
    MembershipInvitations invitations;

    @Autowired
    UserDetailsService users;

    @Test
    void keepsSignInsFailuresThrottlingAndSignOutsWithTheClientAddress(CapturedOutput log) throws Exception {
        String email = "events-" + UUID.randomUUID() + "@example.eu";
        register.open(email, "Event Tester", "right-password-1", Set.of(Role.APPLICANT), null);
        String address = "2001:db8::e7:" + Integer.toHexString(UUID.randomUUID().hashCode() & 0xfff);
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(post("/sign-in").param("email", email).param("password", "wrong-" + attempt)
                    .with(csrf()).with(from(address)));
        }
        var signedIn = mvc.perform(post("/sign-in").param("email", email).param("password", "right-password-1")
                .with(csrf()).with(from("2001:db8::a11")))
                .andReturn();
        mvc.perform(post("/sign-out").with(csrf()).with(from("2001:db8::a11"))
                .cookie(signedIn.getResponse().getCookie("SESSION")));

        assertThat(kinds(email, address)).containsExactly("SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED",
                "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_THROTTLED");
        assertThat(kinds(email, "2001:db8::a11")).containsExactly("SIGN_IN", "SIGN_OUT");
        assertThat(kinds(email, null)).startsWith("ACCOUNT_OPENED");
        assertThat(log.getOut()).contains("kind=SIGN_IN_THROTTLED account=- email=\"" + email + "\" address=\""
                + address + "\" detail={\"channel\":\"form\"");
    }

    @Test
    void aTypedAddressCannotForgeALogLine(CapturedOutput log) throws Exception {
        mvc.perform(post("/sign-in").param("email", "x@example.eu\nkind=SIGN_IN account=forged")
                .param("password", "nope").with(csrf()).with(from("2001:db8::bad")));
        assertThat(log.getOut()).doesNotContain("\nkind=SIGN_IN account=forged");
    }

    @Test
    void keepsWhoJoinedAnOrganisationAndWhoInvitedThem() {
        String email = "member-" + UUID.randomUUID() + "@example.eu";
        AccountSummary member = register.open(email, "New Member", "password-1", Set.of(Role.APPLICANT), null);
        SignedInUser anna = (SignedInUser) users.loadUserByUsername("anna.berzina@demo.sadarbe.eu");
        invitations.invite(Oid.of("E10000002"), email, Actor.of(anna));
        UUID invitation = invitations.pendingFor(email).get(0).id();
        invitations.accept(invitation, member.id(), email);

        Map<String, Object> event = jdbc.sql("""
                        SELECT account_id, email, detail FROM account_security_event
                        WHERE kind = 'ORGANISATION_MEMBER_ADDED' AND detail LIKE :member""")
                .param("member", "%" + member.id() + "%").query().singleRow();
        assertThat(event.get("email")).isEqualTo(email);
        assertThat((String) event.get("detail")).contains("\"organisation\":\"E10000002\"")
                .contains("\"invitedBy\":\"" + anna.id() + "\"");
    }

    @Test
    void keepsAnOfficersDownloadsOfSubmittedApplicationsButNotTheApplicantsOwn() throws Exception {
        Map<String, Object> submission = jdbc.sql("""
                        SELECT id, application_id, submitted_by FROM submission
                        WHERE national_agency_code = 'LV01' ORDER BY application_number LIMIT 1""")
                .query().singleRow();
        String path = "/api/v1/applications/" + submission.get("application_id") + "/submissions/"
                + submission.get("id");
        int before = downloads(submission.get("id"));
        mvc.perform(get(path).with(httpBasic(ILZE, DemoAccounts.PASSWORD)).with(from("2001:db8::0ff1")))
                .andExpect(status().isOk());
        mvc.perform(get(path + "/pdf").with(httpBasic(ILZE, DemoAccounts.PASSWORD)).with(from("2001:db8::0ff1")))
                .andExpect(status().isOk());
        assertThat(downloads(submission.get("id"))).isEqualTo(before + 2);
        List<String> rows = jdbc.sql("""
                        SELECT email || ' ' || client_address || ' ' || detail FROM account_security_event
                        WHERE kind = 'SUBMISSION_DOWNLOADED' AND detail LIKE :submission ORDER BY occurred_at""")
                .param("submission", "%" + submission.get("id") + "%").query(String.class).list();
        assertThat(rows.get(rows.size() - 1)).startsWith(ILZE + " 2001:db8::0ff1 ").contains("\"format\":\"pdf\"");
    }

    @Test
    void administratorsReadTheEventsFilteredAndPagedAndOthersMayNot() throws Exception {
        String address = "2001:db8::f1:" + Integer.toHexString(UUID.randomUUID().hashCode() & 0xfff);
        for (int attempt = 1; attempt <= 3; attempt++) {
            mvc.perform(post("/sign-in").param("email", "filter-" + attempt + "@example.eu")
                    .param("password", "nope").with(csrf()).with(from(address)));
        }
        mvc.perform(get("/admin/security-events").param("kind", "SIGN_IN_FAILED").param("address", address)
                        .with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Events found: 3")))
                .andExpect(content().string(containsString("filter-3@example.eu")));
        // Accept-Language, not ?lang=: a chosen language would become the demo administrator's preference.
        mvc.perform(get("/admin/security-events").param("person", "FILTER-2@").header("Accept-Language", "lv")
                        .with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Drošības notikumi")))
                .andExpect(content().string(containsString("filter-2@example.eu")))
                .andExpect(content().string(not(containsString("filter-3@example.eu"))));
        mvc.perform(get("/admin/security-events").param("from", "4 December").param("page", "x%00")
                        .with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the first day as a date")));
        mvc.perform(get("/admin/security-events").with(user((SignedInUser) users.loadUserByUsername(ILZE))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/security-events").with(httpBasic(ILZE, DemoAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesHoldFiftyEventsNewestFirst() throws Exception {
        String address = "2001:db8::50:" + Integer.toHexString(UUID.randomUUID().hashCode() & 0xfff);
        SecurityEvents events = new SecurityEvents(jdbc, java.time.Clock.systemUTC());
        var request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setRemoteAddr(address);
        org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                new org.springframework.web.context.request.ServletRequestAttributes(request));
        try {
            for (int n = 1; n <= 51; n++) {
                events.record(SecurityEventKind.SIGN_IN_FAILED, null, "page-" + n + "@example.eu", Map.of());
            }
        } finally {
            org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        }
        String first = mvc.perform(get("/admin/security-events").param("address", address).with(user(admin())))
                .andExpect(content().string(containsString("Page 1 of 2")))
                .andReturn().getResponse().getContentAsString();
        assertThat(first).contains("page-51@example.eu").doesNotContain("page-1@example.eu");
        mvc.perform(get("/admin/security-events").param("address", address).param("page", "2").with(user(admin())))
                .andExpect(content().string(containsString("page-1@example.eu")))
                .andExpect(content().string(not(containsString("page-2@example.eu"))));
    }

    private SignedInUser admin() {
        return (SignedInUser) users.loadUserByUsername(ADMIN);
    }

    private int downloads(Object submissionId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM account_security_event
                        WHERE kind = 'SUBMISSION_DOWNLOADED' AND detail LIKE :submission""")
                .param("submission", "%" + submissionId + "%").query(Integer.class).single();
    }

    private List<String> kinds(String email, @org.jspecify.annotations.Nullable String address) {
        return jdbc.sql("""
                        SELECT kind FROM account_security_event
                        WHERE (email = :email OR detail LIKE :quoted)
                          AND (CAST(:address AS VARCHAR(64)) IS NULL OR client_address = :address)
                        ORDER BY occurred_at, kind""")
                .param("email", email).param("quoted", "%\"" + email + "\"%").param("address", address)
                .query(String.class).list();
    }
}

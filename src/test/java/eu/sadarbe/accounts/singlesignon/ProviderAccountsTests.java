package eu.sadarbe.accounts.singlesignon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.sadarbe.ModuleTest;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SettableClockInAccounts;
import eu.sadarbe.accounts.singlesignon.ProviderSignIn.Admitted;
import eu.sadarbe.accounts.singlesignon.ProviderSignIn.Refusal;
import eu.sadarbe.accounts.singlesignon.ProviderSignIn.Refused;
import eu.sadarbe.web.MailServer;

/**
 * Which account an identity at an OpenID Connect provider signs in to (issue #15): a module test of the accounts
 * module, which starts with what it depends on and no provider configured. The whole redirect flow through a real
 * provider is in {@link SingleSignOnFlowTests}; the sign-in page without a provider in {@code SignInTests}. Annotated
 * as the module's page tests ({@code SelfServiceTests}) are, so that it shares their context.
 */
@ModuleTest
@Import({SettableClockInAccounts.class, MailServer.class})
@AutoConfigureMockMvc
class ProviderAccountsTests {

    static final String ISSUER = "https://id.example/realms/sadarbe";

    @Autowired
    ProviderAccounts provider;

    @Autowired
    AccountRegister register;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFirstSignInWithAVerifiedAddressLinksTheAccountWithThatAddressAndKeepsItsRoles() {
        String email = unique("officer");
        AccountSummary officer = register.open(email, "Officer", "right-password-1", Set.of(Role.NA_OFFICER), "LV01");
        String subject = UUID.randomUUID().toString();

        Admitted admitted = admitted(provider.signIn(
                new ProviderIdentity(ISSUER, subject, email.toUpperCase(), true, "Someone Else")));

        assertThat(admitted.user().id()).isEqualTo(officer.id());
        assertThat(admitted.user().roles()).containsExactly(Role.NA_OFFICER);
        assertThat(admitted.user().nationalAgencyCode()).isEqualTo("LV01");
        assertThat(admitted.user().getPassword()).as("no password hash goes into the session").isNull();
        assertThat(admitted.linked()).isTrue();
        assertThat(admitted.accountOpened()).isFalse();
        assertThat(register.byId(officer.id()).orElseThrow().displayName()).as("the account's own name stays")
                .isEqualTo("Officer");
        assertThat(events(officer)).contains("SINGLE_SIGN_ON_LINKED");
    }

    @Test
    void aLinkedIdentityLandsOnItsAccountWhateverAddressTheProviderGivesLater() {
        String email = unique("moved");
        AccountSummary account = register.open(email, "Moved", "right-password-1", Set.of(Role.EXPERT), null);
        String subject = UUID.randomUUID().toString();
        admitted(provider.signIn(new ProviderIdentity(ISSUER, subject, email, true, null)));

        String newAddress = unique("new-address");
        Admitted later = admitted(provider.signIn(new ProviderIdentity(ISSUER, subject, newAddress, false, null)));

        assertThat(later.user().id()).isEqualTo(account.id());
        assertThat(later.user().roles()).containsExactly(Role.EXPERT);
        assertThat(later.linked()).isFalse();
        assertThat(register.byEmail(newAddress)).as("no second account for the new address").isEmpty();
    }

    @Test
    void aNewVerifiedAddressOpensAnApplicantAccountInThePersonsName() {
        String email = unique("newcomer");
        String subject = UUID.randomUUID().toString();

        Admitted admitted = admitted(provider.signIn(new ProviderIdentity(ISSUER, subject, email, true, "Līga Jaunā")));

        AccountSummary opened = register.byEmail(email).orElseThrow();
        assertThat(admitted.user().id()).isEqualTo(opened.id());
        assertThat(admitted.accountOpened()).isTrue();
        assertThat(opened.roles()).containsExactly(Role.APPLICANT);
        assertThat(opened.displayName()).isEqualTo("Līga Jaunā");
        assertThat(events(opened)).contains("SINGLE_SIGN_ON_LINKED");
        assertThat(linkedAccount(subject)).contains(opened.id().value());
    }

    @Test
    void aNewAccountWithoutANameFromTheProviderIsNamedByItsAddress() {
        String email = unique("nameless");

        admitted(provider.signIn(new ProviderIdentity(ISSUER, UUID.randomUUID().toString(), email, true, "  ")));

        assertThat(register.byEmail(email).orElseThrow().displayName()).isEqualTo(email);
    }

    @Test
    void anAddressTheProviderHasNotVerifiedIsRefusedAndNothingIsOpenedOrLinked() {
        String email = unique("unverified");
        String subject = UUID.randomUUID().toString();

        assertThat(refusal(provider.signIn(new ProviderIdentity(ISSUER, subject, email, false, "Not Verified"))))
                .isEqualTo(Refusal.UNVERIFIED);

        assertThat(register.byEmail(email)).isEmpty();
        assertThat(linkedAccount(subject)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account_security_event WHERE kind = 'SINGLE_SIGN_ON_REFUSED' "
                        + "AND email = :email AND detail LIKE '%unverified%'")
                .param("email", email).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anUnverifiedAddressDoesNotLinkAnExistingAccountEither() {
        String email = unique("takeover");
        AccountSummary account = register.open(email, "Owner", "right-password-1", Set.of(Role.ADMIN), null);
        String subject = UUID.randomUUID().toString();

        assertThat(refusal(provider.signIn(new ProviderIdentity(ISSUER, subject, email, false, null))))
                .isEqualTo(Refusal.UNVERIFIED);

        assertThat(linkedAccount(subject)).isEmpty();
        assertThat(register.byId(account.id()).orElseThrow().roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void withoutAUsableAddressThereIsNothingToFindOrOpen() {
        for (String missing : new String[] {null, "", "not-an-address", "two@at@example.eu", "a b@example.eu"}) {
            assertThat(refusal(provider.signIn(
                    new ProviderIdentity(ISSUER, UUID.randomUUID().toString(), missing, true, "No Address"))))
                    .as(String.valueOf(missing)).isEqualTo(Refusal.NO_EMAIL);
        }
    }

    @Test
    void anAccountThatIsNotActiveIsRefusedLinkedOrNot() {
        String email = unique("inactive");
        AccountSummary account = register.open(email, "Inactive", "right-password-1", Set.of(Role.APPLICANT), null);
        String subject = UUID.randomUUID().toString();
        admitted(provider.signIn(new ProviderIdentity(ISSUER, subject, email, true, null)));
        jdbc.sql("UPDATE account SET enabled = FALSE WHERE id = :id").param("id", account.id().value()).update();

        assertThat(refusal(provider.signIn(new ProviderIdentity(ISSUER, subject, email, true, null))))
                .as("linked").isEqualTo(Refusal.INACTIVE);
        assertThat(refusal(provider.signIn(new ProviderIdentity("https://other.example", "x", email, true, null))))
                .as("not linked yet").isEqualTo(Refusal.INACTIVE);
    }

    @Test
    void anAccountLinkedToOnePersonAtAProviderCannotBeTakenOverByAnotherThereWithTheSameAddress() {
        String email = unique("reassigned");
        AccountSummary account = register.open(email, "First Holder", "right-password-1", Set.of(Role.APPLICANT), null);
        admitted(provider.signIn(new ProviderIdentity(ISSUER, "first-" + UUID.randomUUID(), email, true, null)));

        String secondSubject = "second-" + UUID.randomUUID();
        assertThat(refusal(provider.signIn(new ProviderIdentity(ISSUER, secondSubject, email, true, null))))
                .isEqualTo(Refusal.OTHER_IDENTITY);
        assertThat(linkedAccount(secondSubject)).isEmpty();

        Admitted elsewhere = admitted(provider.signIn(
                new ProviderIdentity("https://eid.example", secondSubject, email, true, null)));
        assertThat(elsewhere.user().id()).as("another provider may link the same account").isEqualTo(account.id());
    }

    private static Admitted admitted(ProviderSignIn outcome) {
        assertThat(outcome).isInstanceOf(Admitted.class);
        return (Admitted) outcome;
    }

    private static Refusal refusal(ProviderSignIn outcome) {
        assertThat(outcome).isInstanceOf(Refused.class);
        return ((Refused) outcome).reason();
    }

    private java.util.Optional<UUID> linkedAccount(String subject) {
        return jdbc.sql("SELECT account_id FROM account_provider_link WHERE issuer = :issuer AND subject = :subject")
                .param("issuer", ISSUER).param("subject", subject).query(UUID.class).optional();
    }

    private List<String> events(AccountSummary account) {
        return jdbc.sql("SELECT kind FROM account_security_event WHERE account_id = :account")
                .param("account", account.id().value()).query(String.class).list();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID() + "@example.eu";
    }
}

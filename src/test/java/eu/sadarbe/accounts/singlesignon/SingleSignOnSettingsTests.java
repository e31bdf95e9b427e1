package eu.sadarbe.accounts.singlesignon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

/** The settings of single sign-on, and its registration when the provider is not there yet. No Spring context. */
class SingleSignOnSettingsTests {

    @Test
    void withoutAnIssuerThereIsNoSingleSignOn() {
        assertThat(new SingleSignOnSettings(null, null, null, null, null).configured()).isFalse();
        assertThat(new SingleSignOnSettings(" ", "", "", "", "").configured()).as("empty environment variables")
                .isFalse();
    }

    @Test
    void anIssuerNeedsTheClientIdAndSecret() {
        assertThatThrownBy(() -> new SingleSignOnSettings("https://keycloak.example/realms/sadarbe", "sadarbe", " ",
                null, null)).hasMessageContaining("SADARBE_SSO_CLIENT_SECRET");
        assertThatThrownBy(() -> new SingleSignOnSettings("keycloak.example", "sadarbe", "secret", null, null))
                .hasMessageContaining("issuer URL");
    }

    @Test
    void theClaimDefaultsToEmailAndTheButtonToTheProvidersHostName() {
        SingleSignOnSettings settings = new SingleSignOnSettings("https://keycloak.example/realms/sadarbe", "sadarbe",
                "secret", null, " ");

        assertThat(settings.configured()).isTrue();
        assertThat(settings.emailClaim()).isEqualTo("email");
        assertThat(settings.displayName()).isEqualTo("keycloak.example");
        assertThat(new SingleSignOnSettings("https://id.example", "c", "s", "mail", "Latvija.lv").displayName())
                .isEqualTo("Latvija.lv");
    }

    @Test
    void theRegistrationIsMissingWhileTheProviderCannotBeReachedAndKeptOnceItAnswers() {
        AtomicInteger attempts = new AtomicInteger();
        ClientRegistration registration = ClientRegistration.withRegistrationId("sso").clientId("sadarbe")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE).redirectUri("{baseUrl}/cb")
                .authorizationUri("https://id.example/auth").tokenUri("https://id.example/token").build();
        DiscoveredRegistration registrations = new DiscoveredRegistration("sso", () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalArgumentException("Unable to resolve the Configuration with the provided Issuer");
            }
            return registration;
        });

        assertThat(registrations.findByRegistrationId("sso")).as("provider down").isNull();
        assertThat(registrations.findByRegistrationId("sso")).isSameAs(registration);
        assertThat(registrations.findByRegistrationId("sso")).isSameAs(registration);
        assertThat(registrations.findByRegistrationId("other")).isNull();
        assertThat(attempts).hasValue(2);
    }
}

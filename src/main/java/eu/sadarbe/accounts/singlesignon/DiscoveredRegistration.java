package eu.sadarbe.accounts.singlesignon;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Sadarbe's one client registration at the provider, read from the provider's discovery document when first needed
 * and kept. Sadarbe starts while the provider is down; until it answers, the registration is missing, and a sign-in
 * through it ends on the sign-in page with a message instead of an error.
 */
final class DiscoveredRegistration implements ClientRegistrationRepository {

    private static final Logger LOG = LoggerFactory.getLogger(DiscoveredRegistration.class);

    private final String registrationId;
    private final Supplier<ClientRegistration> discovery;
    private volatile @Nullable ClientRegistration discovered;

    DiscoveredRegistration(String registrationId, Supplier<ClientRegistration> discovery) {
        this.registrationId = registrationId;
        this.discovery = discovery;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String id) {
        if (!registrationId.equals(id)) {
            return null;
        }
        ClientRegistration registration = discovered;
        if (registration == null) {
            try {
                registration = discovery.get();
                discovered = registration;
            } catch (RuntimeException unreachable) {
                LOG.warn("The single sign-on provider's discovery document could not be read: {}",
                        unreachable.getMessage());
                return null;
            }
        }
        return registration;
    }
}

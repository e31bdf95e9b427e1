package eu.sadarbe.accounts.twofactor;

import java.time.Duration;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

import eu.sadarbe.accounts.Role;

/**
 * What a sign-in must go through and how long a session may stay idle ({@code sadarbe.accounts.*}). With
 * {@code two-factor-required} on, administrators and agency officers must sign in with a second factor; others
 * may. The secret of each person's authenticator is kept encrypted with {@code two-factor.key}. A session ends
 * after the idle time-out of the person's most powerful role: officers and administrators sooner than applicants.
 */
@ConfigurationProperties("sadarbe.accounts")
public record SignInPolicy(boolean twoFactorRequired, TwoFactor twoFactor, IdleTimeout idleTimeout) {

    public SignInPolicy(boolean twoFactorRequired, @Nullable TwoFactor twoFactor, @Nullable IdleTimeout idleTimeout) {
        this.twoFactorRequired = twoFactorRequired;
        this.twoFactor = twoFactor == null ? new TwoFactor(null, null, null) : twoFactor;
        this.idleTimeout = idleTimeout == null ? new IdleTimeout(null, null, null, null) : idleTimeout;
    }

    /** Whether a person with these roles must use a second factor. */
    public boolean requiresSecondFactor(Set<Role> roles) {
        return twoFactorRequired && (roles.contains(Role.ADMIN) || roles.contains(Role.NA_OFFICER));
    }

    /** The key that encrypts the authenticator secrets, the salt (hex) and the name authenticator apps show. */
    public record TwoFactor(String key, String salt, String issuer) {

        public TwoFactor(@Nullable String key, @Nullable String salt, @Nullable String issuer) {
            this.key = key == null || key.isBlank() ? "sadarbe-development-key-change-me" : key;
            this.salt = salt == null || salt.isBlank() ? "5c0744940b5c369b" : salt;
            this.issuer = issuer == null || issuer.isBlank() ? "Sadarbe" : issuer;
        }
    }

    /** The idle time-out per role; a person with several roles gets the shortest. */
    public record IdleTimeout(Duration applicant, Duration expert, Duration officer, Duration administrator) {

        public IdleTimeout(@Nullable Duration applicant, @Nullable Duration expert, @Nullable Duration officer,
                           @Nullable Duration administrator) {
            this.applicant = applicant == null ? Duration.ofHours(2) : applicant;
            this.expert = expert == null ? Duration.ofHours(1) : expert;
            this.officer = officer == null ? Duration.ofMinutes(30) : officer;
            this.administrator = administrator == null ? Duration.ofMinutes(15) : administrator;
        }

        public Duration of(Set<Role> roles) {
            Duration shortest = applicant;
            for (Role role : roles) {
                Duration limit = switch (role) {
                    case APPLICANT -> applicant;
                    case EXPERT -> expert;
                    case NA_OFFICER -> officer;
                    case ADMIN -> administrator;
                };
                shortest = limit.compareTo(shortest) < 0 ? limit : shortest;
            }
            return shortest;
        }
    }
}

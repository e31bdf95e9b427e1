package eu.sadarbe.accounts.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

import eu.sadarbe.accounts.Role;

class SignInPolicyTests {

    @Test
    void requiresASecondFactorOfAdministratorsAndOfficersOnlyWhenTurnedOn() {
        SignInPolicy on = new SignInPolicy(true, null, null);
        assertThat(on.requiresSecondFactor(Set.of(Role.ADMIN))).isTrue();
        assertThat(on.requiresSecondFactor(Set.of(Role.NA_OFFICER))).isTrue();
        assertThat(on.requiresSecondFactor(Set.of(Role.APPLICANT, Role.EXPERT))).isFalse();
        assertThat(new SignInPolicy(false, null, null).requiresSecondFactor(Set.of(Role.ADMIN))).isFalse();
    }

    @Test
    void givesThePersonTheShortestIdleTimeOutOfTheirRoles() {
        SignInPolicy.IdleTimeout timeouts = new SignInPolicy(false, null, null).idleTimeout();
        assertThat(timeouts.of(Set.of(Role.APPLICANT))).isEqualTo(Duration.ofHours(2));
        assertThat(timeouts.of(Set.of(Role.APPLICANT, Role.NA_OFFICER))).isEqualTo(Duration.ofMinutes(30));
        assertThat(timeouts.of(Set.of(Role.ADMIN, Role.EXPERT))).isEqualTo(Duration.ofMinutes(15));
        assertThat(timeouts.applicant()).isGreaterThan(timeouts.officer());
    }
}

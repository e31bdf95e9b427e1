package eu.sadarbe.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * {@code sadarbe.accounts.password-hash-strength}: bcrypt at 2^10 rounds unless set (the test suite sets 4, issue #14),
 * a hash made at one strength still checked at another, so a change locks nobody out, and a strength bcrypt cannot
 * take is refused at start with the setting's name.
 */
class PasswordHashStrengthTests {

    final SecurityConfiguration configuration = new SecurityConfiguration();

    @Test
    void theDefaultIsTenRoundsAndTheSettingChangesOnlyNewHashes() {
        PasswordEncoder byDefault = configuration.passwordEncoder(10);
        PasswordEncoder cheaper = configuration.passwordEncoder(4);

        String madeAtTen = byDefault.encode("a long enough secret phrase");
        assertThat(madeAtTen).startsWith("{bcrypt}$2a$10$");
        assertThat(cheaper.encode("a long enough secret phrase")).startsWith("{bcrypt}$2a$04$");

        assertThat(cheaper.matches("a long enough secret phrase", madeAtTen)).isTrue();
        assertThat(cheaper.matches("another phrase altogether", madeAtTen)).isFalse();
    }

    @Test
    void aHashOfAnotherKindIsStillChecked() {
        assertThat(configuration.passwordEncoder(4).matches("secret", "{noop}secret")).isTrue();
    }

    @Test
    void aStrengthBcryptCannotTakeStopsTheStartWithTheSettingsName() {
        assertThatThrownBy(() -> configuration.passwordEncoder(3))
                .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("sadarbe.accounts.password-hash-strength")
                .hasMessageContaining("4 to 31");
        assertThatThrownBy(() -> configuration.passwordEncoder(32))
                .hasMessageContaining("4 to 31");
    }
}

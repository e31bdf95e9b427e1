package eu.sadarbe.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The sign-in limits bind from {@code sadarbe.accounts.sign-in.*} and fall back to the README's defaults. */
class SignInSettingsTests {

    @Test
    void takesTheDefaultsWhenNothingIsSet() {
        SignInSettings settings = bind(Map.of());
        assertThat(settings.perAddress()).containsExactly(new SignInSettings.Allowance(10, Duration.ofMinutes(1)),
                new SignInSettings.Allowance(30, Duration.ofMinutes(15)),
                new SignInSettings.Allowance(100, Duration.ofDays(1)));
        assertThat(settings.perAccountAndAddress()).containsExactly(
                new SignInSettings.Allowance(5, Duration.ofMinutes(5)),
                new SignInSettings.Allowance(10, Duration.ofHours(1)),
                new SignInSettings.Allowance(20, Duration.ofDays(1)));
    }

    @Test
    void bindsAllowancesGivenAsIndexedProperties() {
        SignInSettings settings = bind(Map.of(
                "sadarbe.accounts.sign-in.per-address[0].failures", "3",
                "sadarbe.accounts.sign-in.per-address[0].period", "PT2M",
                "sadarbe.accounts.sign-in.per-account-and-address[0].failures", "2",
                "sadarbe.accounts.sign-in.per-account-and-address[0].period", "1h"));
        assertThat(settings.perAddress()).containsExactly(new SignInSettings.Allowance(3, Duration.ofMinutes(2)));
        assertThat(settings.perAccountAndAddress()).containsExactly(new SignInSettings.Allowance(2, Duration.ofHours(1)));
    }

    @Test
    void refusesAnAllowanceThatAllowsNothing() {
        assertThatThrownBy(() -> new SignInSettings.Allowance(0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignInSettings.Allowance(5, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static SignInSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("sadarbe.accounts.sign-in", SignInSettings.class);
    }
}

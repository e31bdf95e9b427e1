package eu.sadarbe.accounts.domain;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How failed sign-ins are throttled ({@code sadarbe.accounts.sign-in.*}). Each list holds allowances that apply
 * together: {@code failures} failed sign-ins per {@code period}, regained evenly over the period. Several
 * allowances of growing periods make the wait grow the longer failures go on. {@code perAddress} counts every
 * failure from one client address, whatever account it names; {@code perAccountAndAddress} counts failures for
 * one account from one address, so that failures elsewhere never keep the owner out.
 */
@ConfigurationProperties("sadarbe.accounts.sign-in")
public record SignInSettings(List<Allowance> perAddress, List<Allowance> perAccountAndAddress) {

    static final List<Allowance> DEFAULT_PER_ADDRESS = List.of(
            new Allowance(10, Duration.ofMinutes(1)),
            new Allowance(30, Duration.ofMinutes(15)),
            new Allowance(100, Duration.ofDays(1)));

    static final List<Allowance> DEFAULT_PER_ACCOUNT_AND_ADDRESS = List.of(
            new Allowance(5, Duration.ofMinutes(5)),
            new Allowance(10, Duration.ofHours(1)),
            new Allowance(20, Duration.ofDays(1)));

    public SignInSettings(@Nullable List<Allowance> perAddress, @Nullable List<Allowance> perAccountAndAddress) {
        this.perAddress = perAddress == null || perAddress.isEmpty() ? DEFAULT_PER_ADDRESS : List.copyOf(perAddress);
        this.perAccountAndAddress = perAccountAndAddress == null || perAccountAndAddress.isEmpty()
                ? DEFAULT_PER_ACCOUNT_AND_ADDRESS : List.copyOf(perAccountAndAddress);
    }

    /** So many failed sign-ins per period, regained evenly over it. */
    public record Allowance(int failures, Duration period) {

        public Allowance {
            if (failures < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("An allowance needs at least one failure per positive period");
            }
        }
    }
}

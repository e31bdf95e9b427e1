package eu.sadarbe.accounts;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import eu.sadarbe.submission.SettableClock;

/**
 * {@link SettableClock} as the {@code @Primary} clock of the accounts module's tests. {@link SettableClock.AsTheClock}
 * does not serve here: it is a configuration of submission, which a module test of accounts does not start, and
 * Modulith drops it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SettableClockInAccounts {

    @Bean
    @Primary
    SettableClock settableClock() {
        return new SettableClock();
    }
}

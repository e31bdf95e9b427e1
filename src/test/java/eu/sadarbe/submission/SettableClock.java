package eu.sadarbe.submission;

import java.time.LocalDateTime;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.demo.DemoClock;

/**
 * The server's clock, under the test's control: it follows the real time until a test sets it, and again after
 * {@link #reset()}. Tests annotated {@link SubmissionTest} get it as the {@code @Primary} clock of every module (CallRounds,
 * SubmissionDesk, …) in their test context; being a {@link DemoClock}, it is also the clock the demo data moves back
 * while it brings in its past rounds at start-up.
 */
public class SettableClock extends DemoClock {

    /** Stops the clock at this local time in Brussels. */
    public void setBrussels(LocalDateTime brusselsTime) {
        set(brusselsTime.atZone(CallRoundSummary.BRUSSELS).toInstant());
    }

    /**
     * The settable clock as the {@code @Primary} clock of a module test's context (without {@link SubmissionTest}'s
     * mail server). Here in the submission module, which every module test that submits has among its dependencies:
     * Modulith drops a configuration of a module the test does not start.
     */
    @TestConfiguration(proxyBeanMethods = false)
    public static class AsTheClock {

        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock();
        }
    }
}

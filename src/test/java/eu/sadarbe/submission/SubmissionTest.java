package eu.sadarbe.submission;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import eu.sadarbe.SadarbeTest;
import eu.sadarbe.web.MailServer;

/**
 * The full Sadarbe of {@link SadarbeTest}, with a clock the test sets ({@link SettableClock}, replacing the
 * {@code Clock} bean) and a real SMTP server in the same JVM ({@link MailServer}) that receives the receipts.
 * All submission tests share this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SadarbeTest
@Import(SubmissionTest.Configuration.class)
public @interface SubmissionTest {

    @TestConfiguration(proxyBeanMethods = false)
    @Import(MailServer.class)
    class Configuration {

        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock();
        }
    }
}

package eu.sadarbe.submission;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import eu.sadarbe.SadarbeTest;

/**
 * The full Sadarbe of {@link SadarbeTest}, with a clock the test sets ({@link SettableClock}, replacing the
 * {@code Clock} bean) and a real SMTP server in the same JVM (GreenMail on a free port) that receives the receipts.
 * All submission tests share this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SadarbeTest
@Import(SubmissionTest.Configuration.class)
public @interface SubmissionTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Configuration {

        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock();
        }

        @Bean(destroyMethod = "stop")
        GreenMail greenMail() {
            GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            greenMail.start();
            return greenMail;
        }

        @Bean
        JavaMailSenderImpl mailSender(GreenMail greenMail) {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(greenMail.getSmtp().getPort());
            sender.setDefaultEncoding("UTF-8");
            return sender;
        }
    }
}

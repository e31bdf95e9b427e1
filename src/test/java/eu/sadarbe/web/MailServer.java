package eu.sadarbe.web;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server in the test's JVM (GreenMail on a free port) and the mail sender {@link Mails} sends through, for
 * a module test whose module e-mails people. A module test's context has no mail sender otherwise (no
 * {@code spring.mail.host}), and {@link Mails} then sends nothing. Here in {@code web}, a shared module that every
 * module test starts: Modulith drops a configuration of a module the test does not start. A module's tests import it
 * alike, so that they share one context, unless one needs Sadarbe without a mail server
 * ({@code SelectionModuleTests}): with it, every submission in the context also e-mails its receipt. The whole
 * application's {@code SubmissionTest} imports it too.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MailServer {

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

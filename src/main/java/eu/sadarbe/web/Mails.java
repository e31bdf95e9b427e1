package eu.sadarbe.web;

import java.util.UUID;
import java.util.concurrent.Executor;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Sends every e-mail Sadarbe sends: plain text and HTML from the Thymeleaf templates {@code <name>.txt} and
 * {@code <name>.html} in the recipient's language, from {@link MailSettings#from()}, replies to the sending agency,
 * a Message-ID under the site's host, and {@code Auto-Submitted: auto-generated} so that mail servers send no
 * out-of-office answers back (RFC 3834). Nothing is sent when no SMTP server is configured.
 */
@Service
public class Mails {

    private static final Logger LOG = LoggerFactory.getLogger(Mails.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final MailSettings settings;
    private final PublicSite site;
    private final Executor executor;
    private final ApplicationContext context;
    private final SpringTemplateEngine text;
    private final SpringTemplateEngine html;

    Mails(ObjectProvider<JavaMailSender> mailSender, MailSettings settings, PublicSite site, MessageSource messages,
          @Qualifier("applicationTaskExecutor") Executor executor, ApplicationContext context) {
        this.mailSender = mailSender;
        this.settings = settings;
        this.site = site;
        this.executor = executor;
        this.context = context;
        this.text = engine(TemplateMode.TEXT, ".txt", messages, context);
        this.html = engine(TemplateMode.HTML, ".html", messages, context);
    }

    /** Whether e-mails go out at all: an SMTP server is configured ({@code spring.mail.host}). */
    public boolean configured() {
        return mailSender.getIfAvailable() != null;
    }

    /** True once the SMTP server took the e-mail; false when no server is configured; throws when sending fails. */
    public boolean send(Mail mail) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return false;
        }
        sender.send(message(sender, mail));
        return true;
    }

    /**
     * Sends after the current transaction commits (at once without one), off the request thread, so that the
     * answer takes the same time whether or not an e-mail goes out. A failure is logged, never the e-mail's links;
     * the person can ask again (resend, reset again).
     */
    public void sendAfterCommit(Mail mail) {
        Runnable sending = () -> executor.execute(() -> {
            try {
                send(mail);
            } catch (MailException failed) {
                LOG.warn("Could not send the e-mail {} ({}): {}", mail.template(), mail.language(),
                        failed.getMessage());
            }
        });
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sending.run();
                }
            });
        } else {
            sending.run();
        }
    }

    private MimeMessage message(JavaMailSender sender, Mail mail) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                    "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(mail.to());
            String replyTo = settings.replyTo(mail.agencyCode());
            if (replyTo != null) {
                helper.setReplyTo(replyTo);
            }
            helper.setSubject(context.getMessage(mail.subjectKey(), mail.subjectArguments().toArray(),
                    mail.language()));
            Context variables = variables(mail);
            helper.setText(text.process(mail.template(), variables), html.process(mail.template(), variables));
            for (Mail.Attachment attachment : mail.attachments()) {
                helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
                        attachment.contentType());
            }
            message.setHeader("Auto-Submitted", "auto-generated");
            // JavaMailSenderImpl keeps a Message-ID set before sending, instead of one under this machine's name.
            message.setHeader("Message-ID", "<" + UUID.randomUUID() + "@" + site.host() + ">");
        } catch (MessagingException malformed) {
            throw new MailPreparationException(malformed);
        }
        return message;
    }

    private Context variables(Mail mail) {
        Context variables = new Context(mail.language(), mail.variables());
        variables.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        variables.setVariable("siteUrl", site.link("/"));
        return variables;
    }

    private static SpringTemplateEngine engine(TemplateMode mode, String suffix, MessageSource messages,
                                               ApplicationContext context) {
        SpringResourceTemplateResolver templates = new SpringResourceTemplateResolver();
        templates.setApplicationContext(context);
        templates.setPrefix("classpath:/templates/");
        templates.setSuffix(suffix);
        templates.setTemplateMode(mode);
        templates.setCharacterEncoding("UTF-8");
        templates.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }
}

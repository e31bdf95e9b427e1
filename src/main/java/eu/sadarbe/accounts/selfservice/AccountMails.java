package eu.sadarbe.accounts.selfservice;

import java.util.Locale;

import org.springframework.stereotype.Component;

import eu.sadarbe.web.Mail;
import eu.sadarbe.web.Mails;
import eu.sadarbe.web.PublicSite;

/** The e-mails of self-service, each in the recipient's language and sent after the change commits. */
@Component
class AccountMails {

    private final Mails mails;
    private final PublicSite site;

    AccountMails(Mails mails, PublicSite site) {
        this.mails = mails;
        this.site = site;
    }

    void verification(String to, String name, Locale language, String token) {
        mails.sendAfterCommit(Mail.to(to, language)
                .template("accounts/mail/verification", "accounts.mail.verification.subject")
                .with("name", name).with("link", site.link("/sign-up/verify/{token}", token)));
    }

    /** To the owner of an address someone tried to sign up with again: no second account, but a way in. */
    void alreadyRegistered(String to, String name, Locale language) {
        mails.sendAfterCommit(Mail.to(to, language)
                .template("accounts/mail/already-registered", "accounts.mail.alreadyRegistered.subject")
                .with("name", name).with("signIn", site.link("/sign-in"))
                .with("reset", site.link("/password-reset")));
    }

    void passwordReset(String to, String name, Locale language, String token) {
        mails.sendAfterCommit(Mail.to(to, language)
                .template("accounts/mail/password-reset", "accounts.mail.reset.subject")
                .with("name", name).with("link", site.link("/password-reset/{token}", token)));
    }

    void setUp(String to, Locale language, String token) {
        mails.sendAfterCommit(Mail.to(to, language)
                .template("accounts/mail/set-up", "accounts.mail.setUp.subject")
                .with("link", site.link("/password-reset/{token}", token)));
    }
}

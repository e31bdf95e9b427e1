package eu.sadarbe.web;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;

/** Waiting for an e-mail that Sadarbe sends after a commit, off the request thread, to reach GreenMail. */
public final class ReceivedMail {

    private ReceivedMail() {
    }

    /** The first e-mail to the address (with this subject, if one is given), waiting up to 30 seconds. */
    public static MimeMessage to(GreenMail greenMail, String email, @Nullable String subject) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> isTo(message, email) && (subject == null || subject.equals(subjectOf(message))))
                .findFirst().orElse(null), found -> found != null);
    }

    public static boolean isTo(MimeMessage message, String email) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().equalsIgnoreCase(email));
        } catch (Exception unreadable) {
            return false;
        }
    }

    public static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception unreadable) {
            return "";
        }
    }
}

package eu.sadarbe.web;

import java.io.IOException;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** The plain-text and HTML versions of an e-mail that {@link Mails} sent, found inside its multipart structure. */
public final class MailParts {

    private MailParts() {
    }

    public static String text(Part mail) throws MessagingException, IOException {
        return find(mail, "text/plain");
    }

    public static String html(Part mail) throws MessagingException, IOException {
        return find(mail, "text/html");
    }

    private static String find(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart child = parts.getBodyPart(i);
                String found = find(child, type);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }
}

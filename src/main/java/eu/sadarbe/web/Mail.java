package eu.sadarbe.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One e-mail to one person, before it is rendered: the templates (text and HTML, under {@code templates/},
 * without the ending), the subject's message key, the variables, and the National Agency that sends it, if one does
 * (its address then answers replies). Build it with {@link #to(String, Locale)} and the {@code with…} methods.
 */
public record Mail(String to, Locale language, String template, String subjectKey, List<Object> subjectArguments,
                   Map<String, Object> variables, @Nullable String agencyCode, List<Attachment> attachments) {

    public Mail {
        subjectArguments = List.copyOf(subjectArguments);
        variables = Map.copyOf(variables);
        attachments = List.copyOf(attachments);
    }

    public static Mail to(String address, Locale language) {
        return new Mail(address, language, "", "", List.of(), Map.of(), null, List.of());
    }

    /** The templates {@code templates/<template>.txt} and {@code .html}, and the subject's message key with its arguments. */
    public Mail template(String name, String subject, Object... arguments) {
        return new Mail(to, language, name, subject, List.of(arguments), variables, agencyCode, attachments);
    }

    public Mail with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(variables);
        more.put(name, value);
        return new Mail(to, language, template, subjectKey, subjectArguments, more, agencyCode, attachments);
    }

    /** Sent on behalf of this National Agency: replies go to its address (setting), or else to the global one. */
    public Mail fromAgency(@Nullable String code) {
        return new Mail(to, language, template, subjectKey, subjectArguments, variables, code, attachments);
    }

    public Mail attach(String fileName, byte[] content, String contentType) {
        List<Attachment> more = new java.util.ArrayList<>(attachments);
        more.add(new Attachment(fileName, content, contentType));
        return new Mail(to, language, template, subjectKey, subjectArguments, variables, agencyCode, more);
    }

    /** A file sent with the e-mail (a decision letter's PDF). */
    public record Attachment(String fileName, byte[] content, String contentType) {
    }
}

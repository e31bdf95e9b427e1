package eu.sadarbe.eligibility.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import eu.sadarbe.applications.DocumentFault;
import eu.sadarbe.applications.Finding;

/** Words findings and document faults in the reader's language, from the message bundles. */
@Component
class CheckMessages {

    private final MessageSource messages;

    CheckMessages(MessageSource messages) {
        this.messages = messages;
    }

    String of(Finding finding, Locale locale) {
        return messages.getMessage(finding.messageKey(), finding.arguments().toArray(), locale);
    }

    String of(DocumentFault fault, Locale locale) {
        return messages.getMessage("document.fault." + fault.kind().name(), fault.arguments().toArray(), locale);
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}

package eu.sadarbe.eligibility.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

import eu.sadarbe.applications.document.DocumentFault;
import eu.sadarbe.calls.Finding;

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

    /** The fault in words for a person at a form field: "Participants: enter a whole number, such as 24." */
    String of(DocumentFault fault, MessageSourceResolvable field, Locale locale) {
        Object[] arguments = new Object[fault.arguments().size() + 1];
        arguments[0] = field;
        for (int index = 0; index < fault.arguments().size(); index++) {
            arguments[index + 1] = fault.arguments().get(index);
        }
        String kind = fault.kind() == DocumentFault.Kind.WRONG_TYPE && !fault.arguments().isEmpty()
                ? "WRONG_TYPE." + fault.arguments().get(0) : fault.kind().name();
        return messages.getMessage("check.fieldFault." + kind, arguments, locale);
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}

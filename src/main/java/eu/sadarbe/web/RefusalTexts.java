package eu.sadarbe.web;

import java.util.Locale;

import org.springframework.context.MessageSource;

import eu.sadarbe.shared.Refusal;

/** The words of a refusal in the reader's language: one title per status everywhere, the detail from its key. */
record RefusalTexts(MessageSource messages, Locale locale) implements Refusal.Wording {

    /** The title of a status, the same in every module ({@code problem.title.403}…), in both languages. */
    String title(int status) {
        return messages.getMessage("problem.title." + status, null, messages.getMessage("problem.title.other", null,
                locale), locale);
    }

    /** A typed problem may have its type's title; {@code about:blank} has the status's (RFC 9457, 4.2.1). */
    String title(Refusal refusal) {
        String key = refusal.titleKey();
        return key == null || refusal.problemType() == null ? title(refusal.kind().status())
                : messages.getMessage(key, null, locale);
    }

    String detail(Refusal refusal) {
        return refusal.detail(this);
    }

    /** The message, or its key where a finding names one the bundles do not hold (never a 500 for a word). */
    @Override
    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}

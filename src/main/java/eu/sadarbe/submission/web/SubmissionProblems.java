package eu.sadarbe.submission.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import eu.sadarbe.submission.DeadlinePassed;

/** Words the refusals of a submission in the page's language, where the page shows them beside the form. */
@Component
class SubmissionProblems {

    private final MessageSource messages;

    SubmissionProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** The deadline and the server time as people read them, in Brussels time. */
    String[] deadlineText(DeadlinePassed late, Locale locale) {
        String zone = text("submission.brusselsTime", locale);
        return new String[] {DeadlinePassed.BRUSSELS_TIME.format(late.deadline()) + " " + zone,
                DeadlinePassed.BRUSSELS_TIME.format(late.serverTime()) + " " + zone};
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}

package eu.sadarbe.assessment.inbox;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import eu.sadarbe.assessment.AssessmentCompleted;
import eu.sadarbe.submission.ApplicationSubmitted;

/** Keeps the inbox up to date: a new submission enters it; a consolidated score (R-AWD-01…03) makes it ASSESSED. */
@Component
class InboxEvents {

    private final Inbox inbox;
    private final InboxEntries entries;

    InboxEvents(Inbox inbox, InboxEntries entries) {
        this.inbox = inbox;
        this.entries = entries;
    }

    @ApplicationModuleListener
    void on(ApplicationSubmitted submitted) {
        inbox.register(submitted.applicationId());
    }

    @ApplicationModuleListener
    void on(AssessmentCompleted completed) {
        entries.assessed(completed.applicationId(), completed.total());
    }
}

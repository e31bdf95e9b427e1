package eu.sadarbe.assessment.inbox;

import java.util.List;

/** One page of the inbox as filtered, with the number of applications the filter matches. */
public record InboxPage(List<InboxEntry> entries, int total, int page, int pageSize) {

    public InboxPage {
        entries = List.copyOf(entries);
    }

    public int pages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}

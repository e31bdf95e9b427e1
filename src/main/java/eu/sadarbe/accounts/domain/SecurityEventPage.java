package eu.sadarbe.accounts.domain;

import java.util.List;

/** One page of security events, newest first. */
public record SecurityEventPage(List<SecurityEventView> events, int page, int pages, long total) {

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}

package eu.sadarbe.accounts.administration;

import java.util.List;

/** One page of accounts found by an administrator's search. */
public record AccountList(List<AccountRow> accounts, int page, int pages, long total) {

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}

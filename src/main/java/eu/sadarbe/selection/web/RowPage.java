package eu.sadarbe.selection.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Issue 21: one page of at most {@value #SIZE} rows of a list on the ranking page, which renders a ranking of 2,000
 * candidates in 614 ms when it shows them all. The pages are laid from an anchor row that starts one of them (the
 * rows before it make the pages before it, the first one shorter when they do not divide by {@value #SIZE}), and
 * that page is shown unless another is asked for. {@code first} counts the list's rows from 1; the figures above
 * the lists are still computed over every row, and the exports keep every row.
 */
public record RowPage<T>(List<T> rows, int page, int pages, int anchorPage, int first, int total) {

    public static final int SIZE = 50;

    /** Pages of {@value #SIZE} from the first row; the first page unless another is asked for. */
    public static <T> RowPage<T> of(List<T> all, @Nullable Integer requested) {
        return anchored(all, 0, requested);
    }

    /**
     * R-AWD-05: the page that holds the cut-off line drawn above the row at index {@code line} (the number of funded
     * applications), with half a page of the last funded ones above it and half a page of the reserve list and of
     * the ones not funded below it, unless the list ends sooner; any page when asked for.
     */
    public static <T> RowPage<T> around(List<T> all, int line, @Nullable Integer requested) {
        return anchored(all, Math.max(0, Math.min(line - SIZE / 2, all.size() - SIZE)), requested);
    }

    private static <T> RowPage<T> anchored(List<T> all, int anchor, @Nullable Integer requested) {
        int total = all.size();
        // Empty rows put before the first one, so that the anchor starts a page of the padded list.
        int padding = (SIZE - anchor % SIZE) % SIZE;
        int pages = Math.max(1, (total + padding + SIZE - 1) / SIZE);
        int anchorPage = (anchor + padding) / SIZE + 1;
        int page = requested != null && requested >= 1 && requested <= pages ? requested
                : requested != null && requested > pages ? pages : anchorPage;
        int from = Math.max(0, (page - 1) * SIZE - padding);
        int to = Math.min(total, page * SIZE - padding);
        return new RowPage<>(List.copyOf(all.subList(from, Math.max(from, to))), page, pages, anchorPage, from + 1,
                total);
    }

    /** A page number as typed in the address: null when it is none, so that the default page is shown. */
    public static @Nullable Integer number(@Nullable String typed) {
        return typed == null || !typed.matches("\\d{1,6}") ? null : Integer.valueOf(typed);
    }

    /** The number of the last row shown, counted from 1. */
    public int last() {
        return first + rows.size() - 1;
    }

    public boolean paged() {
        return pages > 1;
    }

    public boolean holdsTheLastRow() {
        return page == pages;
    }
}

package eu.sadarbe.assessment.inbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.assessment.BackOfficeStatus;

/**
 * What the officer narrows the inbox to (round {@code 2020-2}, action type, status) and how it is sorted; blank
 * or unknown values mean "all" and the default order (application number).
 */
public record InboxFilter(@Nullable String round, @Nullable String actionType, @Nullable BackOfficeStatus status,
                          Sort sort, boolean descending, int page, @Nullable Stage stage, @Nullable String search) {

    /** The inbox page's applications a page (issue 21: the page of 50 the benchmark's target is set for). */
    public static final int PAGE_SIZE = 50;

    /** The inbox API's applications a page, as its documentation has said since it was published. */
    public static final int API_PAGE_SIZE = 100;

    public static InboxFilter of(@Nullable String round, @Nullable String actionType, @Nullable String status,
                                 @Nullable String sort, @Nullable String direction, @Nullable Integer page) {
        return of(round, actionType, status, sort, direction, page, null, null);
    }

    /**
     * With the round dashboard's stage (issue 13, item 16) and a search for an applicant's name, an Organisation ID,
     * an application number or a title.
     */
    public static InboxFilter of(@Nullable String round, @Nullable String actionType, @Nullable String status,
                                 @Nullable String sort, @Nullable String direction, @Nullable Integer page,
                                 @Nullable String stage, @Nullable String search) {
        String words = blankToNull(search);
        return new InboxFilter(blankToNull(round), blankToNull(actionType), statusOf(status), Sort.of(sort),
                "desc".equalsIgnoreCase(direction), page == null || page < 1 ? 1 : page, Stage.of(stage),
                words == null || words.length() <= 200 ? words : words.substring(0, 200));
    }

    /**
     * The inbox page's parameters whose value is not understood, in the order of the page's fields: a round not
     * written {@code 2020-2}, an action type not {@code KA2..}, an unknown status, sort, order or stage, a page below
     * 1. The page says so (it used to ignore them without a word) and leaves them out.
     */
    public static List<String> notUnderstood(@Nullable String round, @Nullable String actionType,
                                             @Nullable String status, @Nullable String sort,
                                             @Nullable String direction, @Nullable Integer page,
                                             @Nullable String stage) {
        List<String> ignored = new ArrayList<>();
        String wantedRound = blankToNull(round);
        if (wantedRound != null && !wantedRound.matches("\\d{4}-\\d{1,2}")) {
            ignored.add("round");
        }
        String wantedType = blankToNull(actionType);
        if (wantedType != null && !wantedType.matches("KA2\\d\\d")) {
            ignored.add("actionType");
        }
        if (blankToNull(status) != null && statusOf(status) == null) {
            ignored.add("status");
        }
        String wantedSort = blankToNull(sort);
        if (wantedSort != null && Arrays.stream(Sort.values())
                .noneMatch(each -> each.parameter().equalsIgnoreCase(wantedSort))) {
            ignored.add("sort");
        }
        String wantedDirection = blankToNull(direction);
        if (wantedDirection != null && !wantedDirection.matches("(?i)asc|desc")) {
            ignored.add("direction");
        }
        if (page != null && page < 1) {
            ignored.add("page");
        }
        if (blankToNull(stage) != null && Stage.of(stage) == null) {
            ignored.add("stage");
        }
        return List.copyOf(ignored);
    }

    public static InboxFilter all() {
        return new InboxFilter(null, null, null, Sort.NUMBER, false, 1, null, null);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static @Nullable BackOfficeStatus statusOf(@Nullable String status) {
        try {
            return status == null || status.isBlank() ? null : BackOfficeStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The columns the inbox sorts by, each with its SQL (never taken from the request). */
    public enum Sort {
        NUMBER("application_number"), SCORE("final_score"), GRANT("requested_grant"), SUBMITTED("submitted_at");

        private final String column;

        Sort(String column) {
            this.column = column;
        }

        String column() {
            return column;
        }

        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Sort of(@Nullable String sort) {
            for (Sort candidate : values()) {
                if (candidate.parameter().equalsIgnoreCase(sort == null ? "" : sort.strip())) {
                    return candidate;
                }
            }
            return NUMBER;
        }
    }
}

package eu.sadarbe.reporting.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.reporting.ReportStatus;

/**
 * The portfolio page's filters and order from request parameters: a call year, a round ({@code 2019/1}), an action
 * type, the final report's status, a flag ({@code late}, {@code low}); sorted by agreement number, the final
 * report's due date, the absorption or the awarded grant, ascending or descending; pages of {@link #PAGE_SIZE}. A
 * value it does not understand is dropped and named in {@link #ignored()}, never an error.
 */
public record PortfolioFilter(@Nullable Integer callYear, @Nullable String round, @Nullable String actionType,
                              @Nullable ReportStatus status, @Nullable Flag flag, Sort sort, boolean descending,
                              int page, List<String> ignored) {

    public static final int PAGE_SIZE = 50;

    public enum Flag { LATE, LOW }

    public enum Sort { NUMBER, DUE, ABSORPTION, AWARDED }

    public static PortfolioFilter of(@Nullable String callYear, @Nullable String round, @Nullable String actionType,
                                     @Nullable String status, @Nullable String flag, @Nullable String sort,
                                     @Nullable String direction, @Nullable String page) {
        List<String> ignored = new ArrayList<>();
        Integer year = null;
        if (present(callYear)) {
            if (callYear.strip().matches("20\\d\\d")) {
                year = Integer.valueOf(callYear.strip());
            } else {
                ignored.add("callYear");
            }
        }
        String wantedRound = null;
        if (present(round)) {
            if (round.strip().matches("\\d{4}/\\d{1,2}")) {
                wantedRound = round.strip();
            } else {
                ignored.add("round");
            }
        }
        String type = null;
        if (present(actionType)) {
            if (actionType.strip().matches("KA2\\d\\d")) {
                type = actionType.strip();
            } else {
                ignored.add("actionType");
            }
        }
        ReportStatus wantedStatus = named(status, ReportStatus.class, "status", ignored);
        Flag wantedFlag = named(flag, Flag.class, "flag", ignored);
        Sort order = named(sort, Sort.class, "sort", ignored);
        int number = 0;
        if (present(page)) {
            try {
                number = Math.max(0, Integer.parseInt(page.strip()));
            } catch (NumberFormatException invalid) {
                ignored.add("page");
            }
        }
        return new PortfolioFilter(year, wantedRound, type, wantedStatus, wantedFlag,
                order == null ? Sort.NUMBER : order, "desc".equals(direction), number, List.copyOf(ignored));
    }

    boolean admits(PortfolioLine line) {
        return (callYear == null || line.agreement().callYear() == callYear)
                && (round == null || round.equals(line.round()))
                && (actionType == null || actionType.equals(line.agreement().actionType()))
                && (status == null || (line.fin() != null && line.fin().status() == status))
                && (flag == null || (flag == Flag.LATE ? line.lateReport() : line.lowAbsorption()));
    }

    /** The filter's parameters as the page's links and the export repeat them (page and order left out). */
    public String query() {
        StringBuilder query = new StringBuilder();
        append(query, "callYear", callYear == null ? null : callYear.toString());
        append(query, "round", round);
        append(query, "actionType", actionType);
        append(query, "status", status == null ? null : status.name());
        append(query, "flag", flag == null ? null : flag.name().toLowerCase(Locale.ROOT));
        return query.toString();
    }

    private static void append(StringBuilder query, String name, @Nullable String value) {
        if (value != null) {
            query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static <E extends Enum<E>> @Nullable E named(@Nullable String value, Class<E> type, String name,
                                                         List<String> ignored) {
        if (!present(value)) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        ignored.add(name);
        return null;
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}

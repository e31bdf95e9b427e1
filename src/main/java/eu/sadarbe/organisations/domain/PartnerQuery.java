package eu.sadarbe.organisations.domain;

import org.jspecify.annotations.Nullable;

/**
 * What a coordinator looks for: words of the name or an Organisation ID, country, city, type, field of activity
 * and topic — all optional — with the sort order and the page (from 1).
 */
public record PartnerQuery(@Nullable String text, @Nullable String country, @Nullable String city,
                           @Nullable String type, @Nullable String field, @Nullable String topic,
                           @Nullable Boolean lookingForPartners, Sort sort, boolean descending, int page,
                           int pageSize) {

    public static final int PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    public PartnerQuery {
        page = Math.max(page, 1);
        pageSize = Math.min(Math.max(pageSize, 1), MAX_PAGE_SIZE);
    }

    /** The columns a result list may be sorted by. */
    public enum Sort {
        NAME("o.name_key"), OID("o.oid"), COUNTRY("o.country_code"), CITY("o.city_key"), TYPE("o.organisation_type");

        final String column;

        Sort(String column) {
            this.column = column;
        }

        public static Sort parse(@Nullable String text) {
            for (Sort sort : values()) {
                if (sort.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                    return sort;
                }
            }
            return NAME;
        }
    }
}

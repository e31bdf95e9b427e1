package eu.sadarbe.organisations.web;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.organisations.domain.PartnerQuery;

/** The partner search as the page and the API receive it; anything unknown is ignored rather than refused. */
record PartnerSearchForm(@Nullable String q, @Nullable String country, @Nullable String city, @Nullable String type,
                         @Nullable String field, @Nullable String topic, @Nullable Boolean looking,
                         @Nullable String sort, @Nullable String dir, @Nullable String page) {

    PartnerQuery toQuery(int pageSize) {
        return new PartnerQuery(q, country, city, type, field, topic, looking, PartnerQuery.Sort.parse(sort),
                "desc".equalsIgnoreCase(dir), pageNumber(), pageSize);
    }

    int pageNumber() {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.trim()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    boolean descending() {
        return "desc".equalsIgnoreCase(dir);
    }
}

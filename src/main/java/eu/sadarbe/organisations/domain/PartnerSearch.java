package eu.sadarbe.organisations.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.organisations.Oid;
import eu.sadarbe.organisations.OrganisationId;
import eu.sadarbe.organisations.OrganisationStatus;
import eu.sadarbe.organisations.OrganisationSummary;
import eu.sadarbe.shared.CountryCode;
import eu.sadarbe.shared.OrganisationType;

/**
 * The public partner search: finds organisations by name, Organisation ID, country, city, type, field and topic,
 * compared without case and diacritics, one page at a time. It shows no personal data.
 */
@Service
public class PartnerSearch {

    private final JdbcClient jdbc;

    PartnerSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public PartnerPage search(PartnerQuery query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        String text = blankToNull(query.text());
        if (text != null && Oid.isOid(text)) {
            where.append(" AND o.oid = :oid");
            params.put("oid", Oid.of(text).value());
        } else if (text != null) {
            int word = 0;
            for (String part : SearchKeys.of(text).split(" ")) {
                where.append(" AND o.search_key LIKE :word").append(word).append(" ESCAPE '\\'");
                params.put("word" + word++, SearchKeys.likePattern(part));
            }
        }
        if (blankToNull(query.country()) != null) {
            where.append(" AND o.country_code = :country");
            params.put("country", query.country().trim().toUpperCase(java.util.Locale.ROOT));
        }
        if (blankToNull(query.city()) != null) {
            where.append(" AND o.city_key LIKE :city ESCAPE '\\'");
            params.put("city", SearchKeys.likePattern(SearchKeys.of(query.city())));
        }
        if (blankToNull(query.type()) != null) {
            where.append(" AND o.organisation_type = :type");
            params.put("type", query.type().trim());
        }
        if (blankToNull(query.field()) != null) {
            where.append(" AND EXISTS (SELECT 1 FROM organisation_field f WHERE f.organisation_id = o.id"
                    + " AND f.field = :field)");
            params.put("field", query.field().trim());
        }
        if (blankToNull(query.topic()) != null) {
            where.append(" AND EXISTS (SELECT 1 FROM organisation_topic t WHERE t.organisation_id = o.id"
                    + " AND t.topic_key LIKE :topic ESCAPE '\\')");
            params.put("topic", SearchKeys.likePattern(SearchKeys.of(query.topic())));
        }
        if (Boolean.TRUE.equals(query.lookingForPartners())) {
            where.append(" AND o.looking_for_partners = TRUE");
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM organisation o" + where).params(params)
                .query(Long.class).single();
        // The sort column comes from the Sort enum, never from the request text
        String order = " ORDER BY " + query.sort().column + (query.descending() ? " DESC" : " ASC") + ", o.oid";
        List<PartnerListing> listings = jdbc.sql("""
                        SELECT o.id, o.oid, o.legal_name, o.business_name, o.country_code, o.city,
                               o.organisation_type, o.status, o.eche_code, o.looking_for_partners, o.website
                        FROM organisation o""" + where + order + " LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", query.pageSize())
                .param("offset", (long) (query.page() - 1) * query.pageSize())
                .query((rs, row) -> new PartnerListing(new OrganisationSummary(
                        new OrganisationId(rs.getObject("id", java.util.UUID.class)), new Oid(rs.getString("oid")),
                        rs.getString("legal_name"), CountryCode.of(rs.getString("country_code")),
                        rs.getString("city"), OrganisationType.valueOf(rs.getString("organisation_type")),
                        OrganisationStatus.valueOf(rs.getString("status")), rs.getString("eche_code")),
                        rs.getString("business_name"), rs.getBoolean("looking_for_partners"),
                        rs.getString("website")))
                .list();
        return new PartnerPage(listings, total, query.page(), query.pageSize());
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** One organisation in a result list: public data only. */
    public record PartnerListing(OrganisationSummary organisation, @Nullable String businessName,
                                 boolean lookingForPartners, @Nullable String website) {
    }

    /** One page of results and where it stands among all. */
    public record PartnerPage(List<PartnerListing> listings, long total, int page, int pageSize) {

        public int pages() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }

        public long first() {
            return total == 0 ? 0 : (long) (page - 1) * pageSize + 1;
        }

        public long last() {
            return Math.min(total, (long) page * pageSize);
        }
    }
}

package eu.sadarbe.organisations.web;

import java.util.ArrayList;
import java.util.List;

import eu.sadarbe.organisations.domain.PartnerQuery;
import eu.sadarbe.organisations.domain.PartnerSearch;
import eu.sadarbe.organisations.domain.PartnerSearch.PartnerListing;
import eu.sadarbe.organisations.domain.PartnerSearch.PartnerPage;
import eu.sadarbe.web.CsvFiles;
import eu.sadarbe.web.Spreadsheets;

/** Search results as a CSV or Excel file: public data only, at most {@value #MAX_ROWS} rows. */
final class PartnerExport {

    static final int MAX_ROWS = 10_000;
    static final List<String> HEADERS = List.of("oid", "legal_name", "business_name", "country", "city",
            "organisation_type", "status", "eche_code", "looking_for_partners", "website");

    private PartnerExport() {
    }

    static List<List<String>> rows(PartnerSearch search, PartnerSearchForm form) {
        List<List<String>> rows = new ArrayList<>();
        int page = 1;
        PartnerPage results;
        do {
            PartnerQuery base = form.toQuery(PartnerQuery.MAX_PAGE_SIZE);
            results = search.search(new PartnerQuery(base.text(), base.country(), base.city(), base.type(),
                    base.field(), base.topic(), base.lookingForPartners(), base.sort(), base.descending(), page++,
                    PartnerQuery.MAX_PAGE_SIZE));
            results.listings().stream().map(PartnerExport::row).forEach(rows::add);
        } while (results.page() < results.pages() && rows.size() < MAX_ROWS);
        return rows;
    }

    private static List<String> row(PartnerListing listing) {
        var organisation = listing.organisation();
        return List.of(organisation.oid().value(), organisation.legalName(), text(listing.businessName()),
                organisation.country().value(), organisation.city(), organisation.type().name(),
                organisation.status().name(), text(organisation.echeCode()),
                String.valueOf(listing.lookingForPartners()), text(listing.website()));
    }

    static byte[] csv(List<List<String>> rows, CsvFiles.Separator separator) {
        return CsvFiles.write(separator, HEADERS, rows);
    }

    static byte[] xlsx(List<List<String>> rows) {
        try (Spreadsheets workbook = Spreadsheets.in(java.util.Locale.ROOT)) {
            return workbook.sheet("organisations", HEADERS, rows).bytes();
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}

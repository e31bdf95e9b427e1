package eu.sadarbe.organisations.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import eu.sadarbe.calls.CallYears;
import eu.sadarbe.calls.CountryChoices;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.organisations.Oid;
import eu.sadarbe.organisations.domain.Organisation;
import eu.sadarbe.organisations.domain.OrganisationRegistration;
import eu.sadarbe.organisations.domain.PartnerQuery;
import eu.sadarbe.organisations.domain.PartnerSearch;
import eu.sadarbe.organisations.domain.UnknownOrganisation;
import eu.sadarbe.shared.OrganisationType;
import eu.sadarbe.web.CsvFiles;
import eu.sadarbe.web.Pagination;
import eu.sadarbe.web.PublicPaths;

/** The public partner search and public profiles, without sign-in and without anyone's personal data. */
@Controller
class PartnerPageController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PartnerSearch search;
    private final OrganisationRegistration registration;
    private final ReferenceData reference;

    PartnerPageController(PartnerSearch search, OrganisationRegistration registration, ReferenceData reference) {
        this.search = search;
        this.registration = registration;
        this.reference = reference;
    }

    @Bean
    static PublicPaths partnerSearchPublicPaths() {
        return PublicPaths.of("/partners", "/partners/**");
    }

    @GetMapping("/partners")
    String search(PartnerSearchForm form, HttpServletRequest request, Model model) {
        PartnerSearch.PartnerPage results = search.search(form.toQuery(PartnerQuery.PAGE_SIZE));
        model.addAttribute("search", form);
        model.addAttribute("results", results);
        model.addAttribute("pagination", Pagination.of(request, results.page(), results.pages()));
        model.addAttribute("countries", CountryChoices.of(reference.countries(CallYears.LAST), LocaleContextHolder.getLocale()));
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("fields", OrganisationForm.FIELD_CODES);
        model.addAttribute("sortLinks", sortLinks(request, form));
        CsvFiles.Separator separator = CsvFiles.Separator.forLocale(LocaleContextHolder.getLocale());
        model.addAttribute("csvSeparator", separator.parameter());
        model.addAttribute("csvLink", exportLink(request, "/partners/export.csv", separator));
        model.addAttribute("csvOtherSeparator", separator.other().parameter());
        model.addAttribute("csvOtherLink", exportLink(request, "/partners/export.csv", separator.other()));
        model.addAttribute("xlsxLink", exportLink(request, "/partners/export.xlsx"));
        return "organisations/partners";
    }

    @GetMapping("/partners/{oid}")
    String profile(@PathVariable String oid, Model model) {
        if (!Oid.isOid(oid)) {
            throw new UnknownOrganisation(new Oid("E00000000"));
        }
        Organisation organisation = registration.find(Oid.of(oid))
                .orElseThrow(() -> new UnknownOrganisation(Oid.of(oid)));
        model.addAttribute("organisation", organisation);
        model.addAttribute("countryName", reference.countries(CallYears.LAST).stream()
                .filter(country -> country.code().equals(organisation.details().country())).findFirst()
                .map(country -> country.name()).orElse(null));
        return "organisations/profile";
    }

    @GetMapping("/partners/export.csv")
    ResponseEntity<byte[]> exportCsv(PartnerSearchForm form,
                                     @RequestParam(required = false) @Nullable String separator) {
        return download(PartnerExport.csv(PartnerExport.rows(search, form),
                        CsvFiles.Separator.chosen(separator, LocaleContextHolder.getLocale())), "organisations.csv",
                new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
    }

    @GetMapping("/partners/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(PartnerSearchForm form) {
        return download(PartnerExport.xlsx(PartnerExport.rows(search, form)), "organisations.xlsx", XLSX);
    }

    private static ResponseEntity<byte[]> download(byte[] content, String name, MediaType type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .contentType(type)
                .body(content);
    }

    private static List<SortLink> sortLinks(HttpServletRequest request, PartnerSearchForm form) {
        PartnerQuery.Sort current = PartnerQuery.Sort.parse(form.sort());
        List<SortLink> links = new ArrayList<>();
        for (PartnerQuery.Sort sort : PartnerQuery.Sort.values()) {
            boolean active = sort == current;
            String direction = active && !form.descending() ? "desc" : "asc";
            String href = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("sort",
                            sort.name().toLowerCase(java.util.Locale.ROOT))
                    .replaceQueryParam("dir", direction).replaceQueryParam("page").build().toUriString()
                    .replaceFirst("^[a-z]+://[^/]+", "");
            links.add(new SortLink(sort.name(), href, active ? (form.descending() ? "descending" : "ascending")
                    : "none"));
        }
        return links;
    }

    private static String exportLink(HttpServletRequest request, String path) {
        return ServletUriComponentsBuilder.fromRequest(request).replacePath(path).replaceQueryParam("page")
                .replaceQueryParam("lang").build().toUriString().replaceFirst("^[a-z]+://[^/]+", "");
    }

    private static String exportLink(HttpServletRequest request, String path, CsvFiles.Separator separator) {
        return ServletUriComponentsBuilder.fromRequest(request).replacePath(path).replaceQueryParam("page")
                .replaceQueryParam("lang").replaceQueryParam("separator", separator.parameter()).build()
                .toUriString().replaceFirst("^[a-z]+://[^/]+", "");
    }

    /** A sortable column heading: where it leads and its aria-sort state. */
    record SortLink(String column, String href, String state) {
    }
}

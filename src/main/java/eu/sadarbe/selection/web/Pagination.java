package eu.sadarbe.selection.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The GOV.UK pagination of one list of the ranking page: the first and last pages, the ones beside the current one
 * and the anchor page (the cut-off's, for the ranking), with ellipses between; every other parameter of the address
 * (the ranking, the what-if envelope, the other lists' pages) kept in the links.
 */
public record Pagination(List<Link> links, @Nullable String previous, @Nullable String next) {

    /** A numbered link; number 0 is an ellipsis; {@code anchor} marks the cut-off's page. */
    public record Link(int number, @Nullable String href, boolean current, boolean anchor) {

        public String modifier() {
            return number == 0 ? "govuk-pagination__item--ellipses" : current ? "govuk-pagination__item--current" : "";
        }
    }

    /** The links of {@code page}, each to the list's place on the page ({@code #fragment}). */
    static Pagination of(HttpServletRequest request, String parameter, RowPage<?> page, String fragment) {
        List<Link> links = new ArrayList<>();
        int previous = 0;
        for (int number = 1; number <= page.pages(); number++) {
            if (number == 1 || number == page.pages() || Math.abs(number - page.page()) <= 1
                    || number == page.anchorPage()) {
                if (previous != 0 && number - previous > 1) {
                    links.add(new Link(0, null, false, false));
                }
                links.add(new Link(number, link(request, parameter, number) + fragment, number == page.page(),
                        number == page.anchorPage()));
                previous = number;
            }
        }
        return new Pagination(links, page.page() > 1 ? link(request, parameter, page.page() - 1) + fragment : null,
                page.page() < page.pages() ? link(request, parameter, page.page() + 1) + fragment : null);
    }

    /** This address with the page parameter set to {@code number}, or without it when null: the default page. */
    static String link(HttpServletRequest request, String parameter, @Nullable Integer number) {
        ServletUriComponentsBuilder address = ServletUriComponentsBuilder.fromRequest(request);
        if (number == null) {
            address.replaceQueryParam(parameter);
        } else {
            address.replaceQueryParam(parameter, number);
        }
        return address.build().toUriString().replaceFirst("^[a-z]+://[^/]+", "");
    }
}

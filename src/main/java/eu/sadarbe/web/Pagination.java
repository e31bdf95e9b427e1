package eu.sadarbe.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The GOV.UK pagination of a list: the first and last pages, the ones beside the current one and, where there is
 * one, an anchor page (the cut-off's, for the ranking), with ellipses between; every other parameter of the address
 * kept in the links. The ranking's lists, the results search and the partner search share it, and the template
 * {@code layout/pagination :: numbered}.
 */
public record Pagination(List<Link> links, @Nullable String previous, @Nullable String next) {

    /** A numbered link; number 0 is an ellipsis; {@code anchor} marks the anchor page. */
    public record Link(int number, @Nullable String href, boolean current, boolean anchor) {

        public String modifier() {
            return number == 0 ? "govuk-pagination__item--ellipses" : current ? "govuk-pagination__item--current" : "";
        }
    }

    /** The links of page {@code page} (from 1) of {@code pages}, in parameter {@code page}, without an anchor page. */
    public static Pagination of(HttpServletRequest request, int page, int pages) {
        return of(request, "page", page, pages, 0, "");
    }

    /**
     * The links of page {@code page} (from 1) of {@code pages} in the address's {@code parameter}, with
     * {@code anchorPage} always among them (0: none), each to the list's place on the page ({@code #fragment}, or
     * "").
     */
    public static Pagination of(HttpServletRequest request, String parameter, int page, int pages, int anchorPage,
                                String fragment) {
        List<Link> links = new ArrayList<>();
        int previous = 0;
        for (int number = 1; number <= pages; number++) {
            if (number == 1 || number == pages || Math.abs(number - page) <= 1 || number == anchorPage) {
                if (previous != 0 && number - previous > 1) {
                    links.add(new Link(0, null, false, false));
                }
                links.add(new Link(number, link(request, parameter, number) + fragment, number == page,
                        number == anchorPage));
                previous = number;
            }
        }
        return new Pagination(links, page > 1 ? link(request, parameter, page - 1) + fragment : null,
                page < pages ? link(request, parameter, page + 1) + fragment : null);
    }

    /** This address with the page parameter set to {@code number}, or without it when null: the default page. */
    public static String link(HttpServletRequest request, String parameter, @Nullable Integer number) {
        ServletUriComponentsBuilder address = ServletUriComponentsBuilder.fromRequest(request);
        if (number == null) {
            address.replaceQueryParam(parameter);
        } else {
            address.replaceQueryParam(parameter, number);
        }
        return address.build().toUriString().replaceFirst("^[a-z]+://[^/]+", "");
    }
}

package eu.sadarbe.accounts.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.sadarbe.accounts.SecurityEventKind;
import eu.sadarbe.accounts.domain.SecurityEventFilter;
import eu.sadarbe.accounts.domain.SecurityEventSearch;

/** Administrators read the security event log, filtered and fifty to a page, newest first. */
@Controller
class SecurityEventPageController {

    private final SecurityEventSearch search;

    SecurityEventPageController(SecurityEventSearch search) {
        this.search = search;
    }

    @GetMapping("/admin/security-events")
    String events(@RequestParam(required = false) @Nullable String kind,
                  @RequestParam(required = false) @Nullable String person,
                  @RequestParam(required = false) @Nullable String address,
                  @RequestParam(required = false) @Nullable String from,
                  @RequestParam(required = false) @Nullable String to,
                  @RequestParam(required = false) @Nullable String page, Model model) {
        List<String> errors = new ArrayList<>();
        LocalDate fromDay = day(from, "from", errors);
        LocalDate toDay = day(to, "to", errors);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            errors.add("to.beforeFrom");
        }
        SecurityEventFilter filter = new SecurityEventFilter(kind(kind), text(person, 254), text(address, 64),
                fromDay, toDay);
        model.addAttribute("filter", filter);
        model.addAttribute("fromText", from == null ? "" : from);
        model.addAttribute("toText", to == null ? "" : to);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", SecurityEventKind.values());
        model.addAttribute("result", search.find(errors.contains("to.beforeFrom")
                ? new SecurityEventFilter(filter.kind(), filter.person(), filter.address(), null, null) : filter,
                pageNumber(page)));
        return "accounts/security-events";
    }

    private static @Nullable SecurityEventKind kind(@Nullable String kind) {
        return Arrays.stream(SecurityEventKind.values()).filter(known -> known.name().equals(kind)).findFirst()
                .orElse(null);
    }

    private static @Nullable String text(@Nullable String value, int length) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.length() > length ? trimmed.substring(0, length) : trimmed;
    }

    private static @Nullable LocalDate day(@Nullable String value, String field, List<String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            errors.add(field + ".invalid");
            return null;
        }
    }

    private static int pageNumber(@Nullable String page) {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}

package eu.sadarbe.results.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import eu.sadarbe.calls.ActionType;
import eu.sadarbe.calls.CallYears;
import eu.sadarbe.calls.CountryChoices;
import eu.sadarbe.calls.NationalAgency;
import eu.sadarbe.calls.Priority;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.results.ProjectStatus;
import eu.sadarbe.results.PublicProject;
import eu.sadarbe.results.domain.ProjectQuery;
import eu.sadarbe.results.domain.ResultsRepository;
import eu.sadarbe.shared.Refusal;
import eu.sadarbe.web.Pagination;
import eu.sadarbe.web.PublicPaths;

/**
 * The public results platform: the funded projects, searchable by words and filters, and a page per project at the
 * stable address {@code /results/{applicationNumber}}. No sign-in; nothing personal, no scores.
 */
@Controller
class ResultsPageController {

    private static final java.time.ZoneId BRUSSELS = java.time.ZoneId.of("Europe/Brussels");

    private final ResultsRepository repository;
    private final ReferenceData reference;
    private final Clock clock;

    ResultsPageController(ResultsRepository repository, ReferenceData reference, Clock clock) {
        this.repository = repository;
        this.reference = reference;
        this.clock = clock;
    }

    @Bean
    static PublicPaths resultsPublicPaths() {
        return PublicPaths.of("/results", "/results/**", "/programme", "/programme/**", "/open-data",
                "/api/v1/open-data/**");
    }

    @GetMapping("/results")
    String search(@RequestParam(required = false) @Nullable String q,
                  @RequestParam(required = false) @Nullable String actionType,
                  @RequestParam(required = false) @Nullable String field,
                  @RequestParam(required = false) @Nullable String country,
                  @RequestParam(required = false) @Nullable String priority,
                  @RequestParam(required = false) @Nullable String callYear,
                  @RequestParam(required = false) @Nullable String agency,
                  @RequestParam(required = false) @Nullable String status,
                  @RequestParam(required = false) @Nullable String page,
                  HttpServletRequest request, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        List<ActionType> actionTypes = reference.actionTypes(null);
        List<NationalAgency> agencies = reference.nationalAgencies(null, null);
        ProjectQuery query = new ProjectQuery(trimmed(q, 200),
                oneOf(actionType, actionTypes.stream().map(ActionType::code).toList()),
                oneOf(field, actionTypes.stream().map(ActionType::field).distinct().toList()),
                country == null || !country.matches("[A-Z]{2}") ? null : country,
                priority == null || !priority.matches("[A-Za-z0-9-]{1,30}") ? null : priority,
                number(callYear), oneOf(agency, agencies.stream().map(NationalAgency::code).toList()),
                status == null ? null : switch (status) {
                    case "ongoing" -> ProjectStatus.ONGOING;
                    case "completed" -> ProjectStatus.COMPLETED;
                    default -> null;
                }, page == null ? 1 : number(page) == null ? 1 : number(page));
        LocalDate today = LocalDate.now(clock.withZone(BRUSSELS));
        ResultsRepository.ProjectPage results = repository.search(query, today);
        model.addAttribute("query", query);
        model.addAttribute("status", status);
        model.addAttribute("results", results);
        model.addAttribute("today", today);
        model.addAttribute("actionTypes", actionTypes);
        model.addAttribute("fields", actionTypes.stream().map(ActionType::field).distinct().toList());
        model.addAttribute("agencies", agencies);
        model.addAttribute("callYears", repository.callYears());
        List<String> used = repository.countries();
        model.addAttribute("countries", CountryChoices.of(reference.countries(CallYears.LAST).stream()
                .filter(known -> used.contains(known.code().value())).toList(), locale));
        model.addAttribute("priorities", priorities());
        model.addAttribute("pagination", Pagination.of(request, results.page(), results.pages()));
        return "results/search";
    }

    @GetMapping("/results/{applicationNumber}")
    String project(@PathVariable String applicationNumber, Model model) {
        PublicProject project = repository.find(applicationNumber).orElseThrow(NoSuchProject::new);
        model.addAttribute("project", project);
        model.addAttribute("members", repository.members(project.applicationId()));
        model.addAttribute("disbursements", repository.disbursements(project.applicationId()));
        model.addAttribute("links", repository.links(project.applicationId()));
        model.addAttribute("projectStatus",
                project.statusOn(LocalDate.now(clock.withZone(BRUSSELS))).name());
        model.addAttribute("agency", reference.nationalAgencies(null, null).stream()
                .filter(agency -> agency.code().equals(project.agencyCode())).findFirst().orElse(null));
        model.addAttribute("actionType", reference.actionTypes(null).stream()
                .filter(type -> type.code().equals(project.actionType())).findFirst().orElse(null));
        model.addAttribute("priorityNames", priorities().stream()
                .filter(priority -> project.priorities().contains(priority.code())).toList());
        return "results/project";
    }

    /** No funded project has this number. */
    static final class NoSuchProject extends RuntimeException implements Refusal {
        NoSuchProject() {
            super("No such funded project");
        }

        @Override
        public Kind kind() {
            return Kind.NOT_FOUND;
        }

        @Override
        public String messageKey() {
            return "results.problem.notFound";
        }
    }

    private List<Priority> priorities() {
        List<Priority> unique = new ArrayList<>();
        for (Priority priority : reference.priorities(null, null)) {
            if (unique.stream().noneMatch(known -> known.code().equals(priority.code()))) {
                unique.add(priority);
            }
        }
        return unique;
    }

    private static @Nullable String oneOf(@Nullable String value, List<String> allowed) {
        return value != null && allowed.contains(value) ? value : null;
    }

    private static @Nullable String trimmed(@Nullable String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        return trimmed.length() > max ? trimmed.substring(0, max) : trimmed;
    }

    private static @Nullable Integer number(@Nullable String text) {
        if (text == null || !text.matches("\\d{1,6}")) {
            return null;
        }
        return Integer.valueOf(text);
    }
}

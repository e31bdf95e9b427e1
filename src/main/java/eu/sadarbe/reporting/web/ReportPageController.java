package eu.sadarbe.reporting.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.document.ActivityType;
import eu.sadarbe.applications.document.MeetingTraveller;
import eu.sadarbe.applications.document.ParticipantKind;
import eu.sadarbe.calls.DistanceBand;
import eu.sadarbe.calls.DistancePurpose;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.calls.RuleParameters;
import eu.sadarbe.calls.StaffCategory;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.places.DistanceMeasurement;
import eu.sadarbe.places.Distances;
import eu.sadarbe.places.PlaceReference;
import eu.sadarbe.reporting.ReportKind;
import eu.sadarbe.reporting.domain.Participant;
import eu.sadarbe.reporting.domain.Report;
import eu.sadarbe.reporting.domain.ReportContent;
import eu.sadarbe.reporting.domain.ReportDesk;
import eu.sadarbe.reporting.domain.ReportRefused;
import eu.sadarbe.reporting.domain.ReportSection;
import eu.sadarbe.reporting.domain.ReportSectionConflict;
import eu.sadarbe.reporting.domain.ReportedExceptionalCost;
import eu.sadarbe.reporting.domain.ReportedLearningActivity;
import eu.sadarbe.reporting.domain.ReportedMeeting;
import eu.sadarbe.reporting.domain.ReportedMultiplierEvent;
import eu.sadarbe.reporting.domain.ReportedOutput;
import eu.sadarbe.reporting.domain.ReportedProject;
import eu.sadarbe.reporting.domain.ReportedSpecialNeeds;
import eu.sadarbe.reporting.domain.SectionParts;
import eu.sadarbe.reporting.domain.UnknownReport;

/**
 * The project's reports on screen (rules file section 6): the list of an agreement's reports, each report's task
 * list, its sections — the narrative and the public summary (R-REP-02) saved while typing (htmx) like drafts, the
 * activities entered line by line with the distance calculator's distance and band (R-FIN-04, R-FIN-07), special
 * needs and exceptional costs with PDF evidence (R-FIN-09, R-FIN-10) — and the submission after a confirmation. A
 * save on a stale version shows both versions and lets the editor choose, as drafts do.
 */
@Controller
class ReportPageController {

    static final String BASE = "/projects/{agreementId}/reports/{kind}";

    private final ReportDesk desk;
    private final Distances distances;
    private final RuleBook rules;
    private final MessageSource messages;

    ReportPageController(ReportDesk desk, Distances distances, RuleBook rules, MessageSource messages) {
        this.desk = desk;
        this.distances = distances;
        this.rules = rules;
        this.messages = messages;
    }

    @GetMapping("/projects/{agreementId}/reports")
    String list(@PathVariable String agreementId, @AuthenticationPrincipal SignedInUser user, Model model) {
        List<ReportDesk.ReportView> views = desk.ofAgreement(agreement(agreementId), user);
        model.addAttribute("views", views);
        model.addAttribute("project", views.get(0).report().project());
        return "reporting/reports";
    }

    @GetMapping(BASE)
    String report(@PathVariable String agreementId, @PathVariable String kind,
                  @AuthenticationPrincipal SignedInUser user, Model model) {
        ReportDesk.ReportView view = desk.read(agreement(agreementId), kind(kind), user);
        common(view, model);
        return "reporting/report";
    }

    @GetMapping(BASE + "/sections/{slug}")
    String section(@PathVariable String agreementId, @PathVariable String kind, @PathVariable String slug,
                   @RequestParam(required = false) @Nullable String line, @AuthenticationPrincipal SignedInUser user,
                   Model model) {
        ReportDesk.ReportView view = desk.read(agreement(agreementId), kind(kind), user);
        ReportSection section = section(slug);
        sectionPage(view, section, model);
        if (line != null) {
            model.addAttribute("editing", line);
            values(model, LineValues.of(view.report().content(), section, line));
        }
        return "reporting/section";
    }

    @GetMapping(BASE + "/sections/learning-activities/{activityId}")
    String activity(@PathVariable String agreementId, @PathVariable String kind, @PathVariable String activityId,
                    @RequestParam(required = false) @Nullable String participant,
                    @AuthenticationPrincipal SignedInUser user, Model model) {
        ReportDesk.ReportView view = desk.read(agreement(agreementId), kind(kind), user);
        activityPage(view, activity(view.report(), activityId), model);
        if (participant != null) {
            model.addAttribute("editing", participant);
            model.addAttribute("values", LineValues.participant(activity(view.report(), activityId), participant));
        }
        return "reporting/activity";
    }

    /** "Save" of the narrative or the summary, without script or as its fallback. */
    @PostMapping(BASE + "/sections/{slug}")
    String save(@PathVariable String agreementId, @PathVariable String kind, @PathVariable String slug,
                @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal SignedInUser user,
                Model model, Locale locale) {
        ReportDesk.ReportView view = desk.read(agreement(agreementId), kind(kind), user);
        ReportSection section = section(slug);
        if (!isText(section)) {
            return line(view, section, form, user, model, locale);
        }
        ReportContent edited = textEdit(view.report(), section, form);
        try {
            desk.save(view.report().id(), section, edited, base(form), user);
            return "redirect:" + link(view.report(), "") + "?saved=" + slug;
        } catch (ReportSectionConflict conflict) {
            return conflict(view, section, edited, conflict, user, model);
        } catch (ReportRefused refused) {
            sectionPage(view, section, model);
            model.addAttribute("text", SectionParts.toJson(edited, section));
            model.addAttribute("errors", List.of(new ErrorLine(null, refusal(refused, locale))));
            return "reporting/section";
        }
    }

    /** Autosave while typing the narrative or the summary: the save status and the new base version. */
    @PostMapping(path = BASE + "/sections/{slug}", headers = "HX-Request=true")
    String autosave(@PathVariable String agreementId, @PathVariable String kind, @PathVariable String slug,
                    @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal SignedInUser user,
                    Model model, Locale locale, HttpServletResponse response) {
        ReportDesk.ReportView view = desk.read(agreement(agreementId), kind(kind), user);
        ReportSection section = section(slug);
        if (!isText(section)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        ReportContent edited = textEdit(view.report(), section, form);
        try {
            Report saved = desk.save(view.report().id(), section, edited, base(form), user);
            model.addAttribute("saved", true);
            model.addAttribute("baseVersion", saved.version(section).version());
        } catch (ReportSectionConflict conflict) {
            conflict(view, section, edited, conflict, user, model);
            response.setHeader("HX-Retarget", "#conflict-area");
            response.setHeader("HX-Reswap", "innerHTML");
            return "reporting/conflict :: panel";
        } catch (ReportRefused refused) {
            model.addAttribute("saved", false);
            model.addAttribute("problem", refusal(refused, locale));
            model.addAttribute("baseVersion", base(form));
        }
        return "reporting/section :: autosaved";
    }

    @PostMapping(BASE + "/sections/{slug}/lines/{lineId}/removal")
    String removeLine(@PathVariable String agreementId, @PathVariable String kind, @PathVariable String slug,
                      @PathVariable String lineId, @RequestParam MultiValueMap<String, String> form,
                      @AuthenticationPrincipal SignedInUser user, Model model, Locale locale) {
        ReportDesk.ReportView view = desk.read(agreement(agreementId), kind(kind), user);
        ReportSection section = section(slug);
        ReportContent edited = Lines.without(view.report().content(), section, lineId);
        return store(view, section, edited, base(form), user, model, locale, null);
    }

    @PostMapping(BASE + "/sections/learning-activities/{activityId}/participants")
    String participant(@PathVariable String agreementId, @PathVariable String kind, @PathVariable String activityId,
                       @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal SignedInUser user,
                       Model model, Locale locale) {
        ReportDesk.ReportView view = desk.read(agreement(agreementId), kind(kind), user);
        Report report = view.report();
        ReportedLearningActivity activity = activity(report, activityId);
        ReportForms forms = new ReportForms(form);
        String editing = forms.text("participant");
        String id = editing.isEmpty() ? ReportForms.newId("P") : editing;
        Participant participant = forms.participant(id, from -> kilometres(report.project(), from,
                activity.venue() != null ? activity.venue() : activity.host()));
        if (participant == null) {
            activityPage(view, activity, model);
            values(model, forms.typed());
            model.addAttribute("editing", editing.isEmpty() ? null : editing);
            model.addAttribute("errors", errorLines(forms, locale, model));
            return "reporting/activity";
        }
        List<Participant> participants = new ArrayList<>(activity.participants());
        Lines.put(participants, participant, Participant::id);
        ReportedLearningActivity changed = new ReportedLearningActivity(activity.id(), activity.activityType(),
                activity.host(), activity.venue(), activity.start(), activity.end(), participants);
        ReportContent edited = Lines.withActivity(report.content(), changed);
        return store(view, ReportSection.LEARNING_ACTIVITIES, edited, base(form), user, model, locale,
                "/sections/learning-activities/" + activity.id());
    }

    @PostMapping(BASE + "/sections/learning-activities/{activityId}/participants/{participantId}/removal")
    String removeParticipant(@PathVariable String agreementId, @PathVariable String kind,
                             @PathVariable String activityId, @PathVariable String participantId,
                             @RequestParam MultiValueMap<String, String> form,
                             @AuthenticationPrincipal SignedInUser user, Model model, Locale locale) {
        ReportDesk.ReportView view = desk.read(agreement(agreementId), kind(kind), user);
        ReportedLearningActivity activity = activity(view.report(), activityId);
        ReportedLearningActivity changed = new ReportedLearningActivity(activity.id(), activity.activityType(),
                activity.host(), activity.venue(), activity.start(), activity.end(),
                activity.participants().stream().filter(participant -> !participant.id().equals(participantId))
                        .toList());
        return store(view, ReportSection.LEARNING_ACTIVITIES, Lines.withActivity(view.report().content(), changed),
                base(form), user, model, locale, "/sections/learning-activities/" + activity.id());
    }

    /** The editor chose after a conflict: their own version of the section, on the current version. */
    @PostMapping(BASE + "/sections/{slug}/resolution")
    String resolve(@PathVariable String agreementId, @PathVariable String kind, @PathVariable String slug,
                   @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal SignedInUser user,
                   Model model, Locale locale) {
        ReportDesk.ReportView view = desk.read(agreement(agreementId), kind(kind), user);
        ReportSection section = section(slug);
        String yours = form.getFirst("yours");
        ReportContent edited;
        try {
            edited = SectionParts.withPart(view.report().content(), section, yours == null ? "" : yours);
        } catch (SectionParts.MalformedSection malformed) {
            sectionPage(view, section, model);
            model.addAttribute("errors", List.of(new ErrorLine(null,
                    messages.getMessage("reporting.form.malformed", null, locale))));
            return "reporting/section";
        }
        return store(view, section, edited, base(form), user, model, locale, null);
    }

    @PostMapping(BASE + "/evidence")
    String upload(@PathVariable String agreementId, @PathVariable String kind,
                  @RequestParam(required = false) @Nullable MultipartFile file,
                  @AuthenticationPrincipal SignedInUser user, Model model, Locale locale) throws IOException {
        ReportDesk.ReportView view = desk.read(agreement(agreementId), kind(kind), user);
        try {
            desk.upload(view.report().id(), file == null ? null : file.getOriginalFilename(),
                    file == null ? new byte[0] : file.getBytes(), user);
            return "redirect:" + link(view.report(), "/sections/special-costs") + "?uploaded";
        } catch (ReportRefused refused) {
            sectionPage(desk.read(view.report().id(), user), ReportSection.SPECIAL_COSTS, model);
            String text = refusal(refused, locale);
            model.addAttribute("errors", List.of(new ErrorLine("file", text)));
            model.addAttribute("fieldErrors", Map.of("file", text));
            return "reporting/section";
        }
    }

    @GetMapping(BASE + "/evidence/{fileId}")
    ResponseEntity<byte[]> evidence(@PathVariable String agreementId, @PathVariable String kind,
                                    @PathVariable String fileId, @AuthenticationPrincipal SignedInUser user) {
        ReportDesk.ReportView view = desk.read(agreement(agreementId), kind(kind), user);
        UUID id;
        try {
            id = UUID.fromString(fileId);
        } catch (IllegalArgumentException notAnId) {
            throw new UnknownReport(fileId);
        }
        ReportDesk.EvidenceContent file = desk.evidence(view.report().id(), id, user);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.file().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    @GetMapping(BASE + "/submission")
    String confirm(@PathVariable String agreementId, @PathVariable String kind,
                   @AuthenticationPrincipal SignedInUser user, Model model) {
        ReportDesk.ReportView view = desk.read(agreement(agreementId), kind(kind), user);
        common(view, model);
        return "reporting/submit";
    }

    @PostMapping(BASE + "/submission")
    String submit(@PathVariable String agreementId, @PathVariable String kind,
                  @RequestParam(required = false) @Nullable String confirm,
                  @AuthenticationPrincipal SignedInUser user, Model model, Locale locale) {
        ReportDesk.ReportView view = desk.read(agreement(agreementId), kind(kind), user);
        if (!"yes".equals(confirm)) {
            common(view, model);
            model.addAttribute("errors", List.of(new ErrorLine("confirm",
                    messages.getMessage("reporting.submit.confirmMissing", null, locale))));
            return "reporting/submit";
        }
        try {
            desk.submit(view.report().id(), user);
            return "redirect:" + link(view.report(), "") + "?submitted";
        } catch (ReportRefused refused) {
            common(view, model);
            model.addAttribute("errors", List.of(new ErrorLine(null, refusal(refused, locale))));
            return "reporting/submit";
        }
    }

    // ---- the lines ----

    private String line(ReportDesk.ReportView view, ReportSection section, MultiValueMap<String, String> form,
                        SignedInUser user, Model model, Locale locale) {
        Report report = view.report();
        ReportForms forms = new ReportForms(form);
        String editing = forms.text("line");
        ReportContent content = report.content();
        ReportContent edited = switch (section) {
            case MEETINGS -> {
                ReportedMeeting meeting = forms.meeting(id(editing, "M"));
                meeting = meeting == null ? null : measured(report.project(), meeting, forms);
                yield meeting == null ? null : Lines.put(content, meeting);
            }
            case OUTPUTS -> {
                ReportedOutput output = forms.output(id(editing, "IO"));
                yield output == null ? null : Lines.put(content, output);
            }
            case MULTIPLIER_EVENTS -> {
                ReportedMultiplierEvent event = forms.event(id(editing, "E"));
                yield event == null ? null : Lines.put(content, event);
            }
            case LEARNING_ACTIVITIES -> {
                List<Participant> kept = content.learningActivities().stream()
                        .filter(activity -> activity.id().equals(editing)).findFirst()
                        .map(ReportedLearningActivity::participants).orElse(List.of());
                ReportedLearningActivity activity = forms.activity(id(editing, "A"), kept);
                yield activity == null ? null : Lines.withActivity(content, activity);
            }
            case SPECIAL_COSTS -> {
                if ("cost".equals(forms.text("type"))) {
                    ReportedExceptionalCost cost = forms.cost(id(editing, "X"));
                    yield cost == null ? null : Lines.put(content, cost);
                }
                ReportedSpecialNeeds need = forms.need(id(editing, "N"));
                yield need == null ? null : Lines.put(content, need);
            }
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
        if (edited == null) {
            sectionPage(view, section, model);
            values(model, forms.typed());
            model.addAttribute("editing", editing.isEmpty() ? null : editing);
            model.addAttribute("errors", errorLines(forms, locale, model));
            return "reporting/section";
        }
        return store(view, section, edited, base(form), user, model, locale, null);
    }

    /** Travellers whose distance was left empty get the calculator's, from their organisation to the host. */
    private @Nullable ReportedMeeting measured(ReportedProject project, ReportedMeeting meeting, ReportForms forms) {
        List<MeetingTraveller> travellers = new ArrayList<>();
        int row = 0;
        for (MeetingTraveller traveller : meeting.travellers()) {
            int kilometres = traveller.distanceKm();
            if (kilometres < 0) {
                Integer measuredKm = kilometres(project, traveller.from(), meeting.host());
                if (measuredKm == null) {
                    forms.problems().add(new ReportForms.Problem("t" + row + ".distanceKm",
                            "reporting.form.distanceUnknown"));
                    kilometres = 0;
                } else {
                    kilometres = measuredKm;
                }
            }
            travellers.add(new MeetingTraveller(traveller.from(), traveller.participants(), kilometres));
            row++;
        }
        return forms.problems().isEmpty()
                ? new ReportedMeeting(meeting.id(), meeting.host(), meeting.date(), travellers) : null;
    }

    private @Nullable Integer kilometres(ReportedProject project, String from, String to) {
        try {
            DistanceMeasurement measurement = distances.measure(PlaceReference.parse(from), PlaceReference.parse(to),
                    project.callYear());
            return measurement.isMeasured() && measurement.distance() != null
                    ? measurement.distance().kilometres() : null;
        } catch (RuntimeException notMeasured) {
            return null;
        }
    }

    private String store(ReportDesk.ReportView view, ReportSection section, ReportContent edited, int base,
                         SignedInUser user, Model model, Locale locale, @Nullable String back) {
        try {
            desk.save(view.report().id(), section, edited, base, user);
            return "redirect:" + link(view.report(), back != null ? back : "/sections/" + section.slug()) + "?saved";
        } catch (ReportSectionConflict conflict) {
            return conflict(view, section, edited, conflict, user, model);
        } catch (ReportRefused refused) {
            sectionPage(view, section, model);
            model.addAttribute("errors", List.of(new ErrorLine(null, refusal(refused, locale))));
            return "reporting/section";
        }
    }

    private String conflict(ReportDesk.ReportView view, ReportSection section, ReportContent edited,
                            ReportSectionConflict conflict, SignedInUser user, Model model) {
        ReportDesk.ReportView current = desk.read(view.report().id(), user);
        common(current, model);
        model.addAttribute("section", section);
        model.addAttribute("savedBy", conflict.savedBy());
        model.addAttribute("savedAt", current.report().version(section).savedAt());
        model.addAttribute("baseVersion", conflict.currentVersion());
        model.addAttribute("yours", SectionParts.toText(edited, section));
        model.addAttribute("yourLines", Lines.describe(edited, section));
        model.addAttribute("currentLines", Lines.describe(current.report().content(), section));
        return "reporting/conflict";
    }

    // ---- the pages' model ----

    private void common(ReportDesk.ReportView view, Model model) {
        Report report = view.report();
        model.addAttribute("view", view);
        model.addAttribute("report", report);
        model.addAttribute("project", report.project());
        model.addAttribute("kindSlug", report.kind().name().toLowerCase(Locale.ROOT));
        model.addAttribute("sections", sectionsOf(report));
        model.addAttribute("mayWrite", view.mayWrite());
        model.addAttribute("participantCount", Lines.participants(report.content()).size());
    }

    private void sectionPage(ReportDesk.ReportView view, ReportSection section, Model model) {
        common(view, model);
        Report report = view.report();
        model.addAttribute("section", section);
        model.addAttribute("baseVersion", report.version(section).version());
        model.addAttribute("lines", report.content());
        model.addAttribute("text", SectionParts.toJson(report.content(), section));
        values(model, Map.of());
        model.addAttribute("limits", desk.limits());
        model.addAttribute("activityTypes", ActivityType.values());
        model.addAttribute("participantKinds", ParticipantKind.values());
        model.addAttribute("staffCategories", StaffCategory.values());
        model.addAttribute("bands", meetingBands(report));
        model.addAttribute("participantChoices", participantChoices(report.content()));
    }

    private static void values(Model model, Map<String, String> values) {
        model.addAttribute("values", values);
        String rows = values.get("rows");
        model.addAttribute("rowCount", rows != null && rows.matches("\\d{1,2}")
                ? Math.max(1, Math.min(Integer.parseInt(rows), ReportForms.MAXIMUM_ROWS)) : ReportForms.EXTRA_ROWS);
    }

    private void activityPage(ReportDesk.ReportView view, ReportedLearningActivity activity, Model model) {
        sectionPage(view, ReportSection.LEARNING_ACTIVITIES, model);
        model.addAttribute("activity", activity);
        RuleParameters parameters = parameters(view.report().project());
        Map<String, String> bands = new LinkedHashMap<>();
        for (Participant participant : activity.participants()) {
            bands.put(participant.id(), parameters == null ? "" : parameters.band(DistancePurpose.LEARNING_TRAVEL,
                    participant.distanceKm()).map(DistanceBand::label).orElse("–"));
        }
        model.addAttribute("participantBands", bands);
    }

    private Map<String, String> meetingBands(Report report) {
        RuleParameters parameters = parameters(report.project());
        Map<String, String> bands = new LinkedHashMap<>();
        for (ReportedMeeting meeting : report.content().meetings()) {
            for (int index = 0; index < meeting.travellers().size(); index++) {
                int kilometres = meeting.travellers().get(index).distanceKm();
                bands.put(meeting.id() + "/" + index, parameters == null ? "" : parameters.band(DistancePurpose.MEETING,
                        kilometres).map(DistanceBand::label).orElse("–"));
            }
        }
        return bands;
    }

    private @Nullable RuleParameters parameters(ReportedProject project) {
        try {
            return rules.parametersFor(project.callYear(), project.actionType());
        } catch (RuntimeException unknownYear) {
            return null;
        }
    }

    private static Map<String, String> participantChoices(ReportContent content) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (ReportedLearningActivity activity : content.learningActivities()) {
            for (Participant participant : activity.participants()) {
                choices.put(participant.id(), participant.name() + " (" + activity.id() + ")");
            }
        }
        return choices;
    }

    private static List<SectionRow> sectionsOf(Report report) {
        List<SectionRow> rows = new ArrayList<>();
        for (ReportSection section : ReportSection.values()) {
            rows.add(new SectionRow(section, report.version(section).version(), report.version(section).savedBy(),
                    report.version(section).savedAt()));
        }
        return rows;
    }

    /** One section on the report's task list: saved (version above 0) or not yet, by whom. */
    record SectionRow(ReportSection section, int version, @Nullable String savedBy,
                      java.time.@Nullable Instant savedAt) {
    }

    /** A line of the error summary: the field it links to (null for the whole form) and the text. */
    record ErrorLine(@Nullable String fieldId, String text) {
    }

    private List<ErrorLine> errorLines(ReportForms forms, Locale locale, Model model) {
        Map<String, String> byField = new LinkedHashMap<>();
        forms.problems().forEach(problem -> byField.putIfAbsent(problem.field(),
                messages.getMessage(problem.messageKey(), null, locale)));
        model.addAttribute("fieldErrors", byField);
        return forms.problems().stream().map(problem -> new ErrorLine(problem.field(),
                messages.getMessage("reporting.field." + fieldName(problem.field()), null, fieldName(problem.field()),
                        locale) + ": " + messages.getMessage(problem.messageKey(), null, locale))).toList();
    }

    private static String fieldName(String field) {
        int dot = field.indexOf('.');
        return dot < 0 ? field : field.substring(dot + 1);
    }

    private String refusal(ReportRefused refused, Locale locale) {
        String text = messages.getMessage(refused.messageKey(), refused.arguments(), locale);
        return refused.rule() == null ? text : refused.rule() + ": " + text;
    }

    private static ReportContent textEdit(Report report, ReportSection section, MultiValueMap<String, String> form) {
        ReportForms forms = new ReportForms(form);
        ReportContent content = report.content();
        return section == ReportSection.NARRATIVE
                ? new ReportContent(forms.narrative(), content.summary(), content.meetings(), content.outputs(),
                content.multiplierEvents(), content.learningActivities(), content.specialNeeds(),
                content.exceptionalCosts())
                : new ReportContent(content.narrative(), forms.summary(content.summary().originalLanguage()),
                content.meetings(), content.outputs(), content.multiplierEvents(), content.learningActivities(),
                content.specialNeeds(), content.exceptionalCosts());
    }

    private static boolean isText(ReportSection section) {
        return section == ReportSection.NARRATIVE || section == ReportSection.SUMMARY;
    }

    private static ReportedLearningActivity activity(Report report, String id) {
        return report.content().learningActivities().stream().filter(activity -> activity.id().equals(id))
                .findFirst().orElseThrow(() -> new UnknownReport("activity " + id));
    }

    private static String id(String editing, String prefix) {
        return editing.isEmpty() ? ReportForms.newId(prefix) : editing;
    }

    static String link(Report report, String rest) {
        return "/projects/" + report.project().agreementId() + "/reports/"
                + report.kind().name().toLowerCase(Locale.ROOT) + rest;
    }

    private static int base(MultiValueMap<String, String> form) {
        String base = form.getFirst("baseVersion");
        return base != null && base.matches("\\d{1,9}") ? Integer.parseInt(base) : 0;
    }

    private static GrantAgreementId agreement(String id) {
        try {
            return new GrantAgreementId(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            throw new UnknownReport(id);
        }
    }

    static ReportKind kind(String slug) {
        return switch (slug) {
            case "final" -> ReportKind.FINAL;
            case "interim" -> ReportKind.INTERIM;
            default -> throw new UnknownReport(slug);
        };
    }

    private static ReportSection section(String slug) {
        return ReportSection.fromSlug(slug).orElseThrow(() -> new UnknownReport(slug));
    }

    static <T> Optional<T> first(List<T> lines, Function<T, String> id, String wanted) {
        return lines.stream().filter(line -> id.apply(line).equals(wanted)).findFirst();
    }
}

package eu.sadarbe.reporting.participants;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationNotFound;
import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.applications.document.ActivityType;
import eu.sadarbe.applications.document.Organisation;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.grants.AgreementInForce;
import eu.sadarbe.grants.Agreements;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.places.DistanceMeasurement;
import eu.sadarbe.places.Distances;
import eu.sadarbe.places.Place;
import eu.sadarbe.places.PlaceLookup;
import eu.sadarbe.places.PlaceReference;
import eu.sadarbe.places.UnknownOrganisation;
import eu.sadarbe.reporting.ReportId;
import eu.sadarbe.reporting.ReportKind;
import eu.sadarbe.reporting.ReportStatus;
import eu.sadarbe.reporting.domain.Participant;
import eu.sadarbe.reporting.domain.Report;
import eu.sadarbe.reporting.domain.ReportContent;
import eu.sadarbe.reporting.domain.ReportRefused;
import eu.sadarbe.reporting.domain.ReportRepository;
import eu.sadarbe.reporting.domain.ReportSection;
import eu.sadarbe.reporting.domain.ReportSectionConflict;
import eu.sadarbe.reporting.domain.ReportedLearningActivity;
import eu.sadarbe.reporting.domain.ReportedProject;
import eu.sadarbe.shared.Refusal;

/**
 * The participants import as a use case, the same for the page and the API: loads the report, lets only the
 * project's people who may edit it (as the applications module decides, like grants) import into an open report,
 * reads and checks the file ({@link ParticipantSheet}, {@link ParticipantRows}) and saves the valid rows through
 * {@link Report#save} on the section version the coordinator started from — someone else's save meanwhile is the
 * usual {@link ReportSectionConflict}, and nothing is saved. Publishes no event: the lines are the report's.
 */
@Service
public class ParticipantImport {

    private final ReportRepository reports;
    private final ApplicationRegister applications;
    private final Agreements agreements;
    private final RuleBook rules;
    private final Distances distances;
    private final MessageSource messages;
    private final Clock clock;

    ParticipantImport(ReportRepository reports, ApplicationRegister applications, Agreements agreements,
                      RuleBook rules, Distances distances, MessageSource messages, Clock clock) {
        this.reports = reports;
        this.applications = applications;
        this.agreements = agreements;
        this.rules = rules;
        this.distances = distances;
        this.messages = messages;
        this.clock = clock;
    }

    /** What an import did: the file as read, the rows imported and refused, the section's version after it. */
    public record Outcome(Report report, ParticipantRows.Mode mode, @Nullable Character separator,
                          boolean byteOrderMark, int rows, ParticipantRows.Checked checked, boolean saved,
                          int version) {

        public long added() {
            return checked.count(ParticipantRows.Outcome.ADDED);
        }

        public long updated() {
            return checked.count(ParticipantRows.Outcome.UPDATED);
        }

        public long unchanged() {
            return checked.count(ParticipantRows.Outcome.UNCHANGED);
        }

        public List<ParticipantRows.Imported> imported() {
            return checked.imported();
        }

        public List<ParticipantRows.Refused> refused() {
            return checked.refused();
        }
    }

    /** The report of an agreement the user may import into; {@link NoSuchReport} or {@link NotAllowed} otherwise. */
    @Transactional(readOnly = true)
    public Report reportOf(GrantAgreementId agreementId, ReportKind kind, SignedInUser user) {
        Report report = reports.find(agreementId, kind).orElseThrow(NoSuchReport::new);
        requireEditor(report.project(), user);
        return report;
    }

    @Transactional(readOnly = true)
    public Report report(ReportId id, SignedInUser user) {
        Report report = reports.find(id).orElseThrow(NoSuchReport::new);
        requireEditor(report.project(), user);
        return report;
    }

    /**
     * Imports {@code content} (.xlsx or CSV) into the report's learning activities: appended to the lines there, or
     * replacing them; saved on {@code baseVersion} of the section. {@link FileRefused} when the file as a whole cannot
     * be read; {@link ReportRefused} when the report is not open or a replacement would drop lines that special
     * needs or exceptional costs link to (R-RED-02); {@link ReportSectionConflict} when the section moved on.
     */
    @Transactional
    public Outcome importFile(ReportId id, byte[] content, ParticipantRows.Mode mode, int baseVersion,
                              SignedInUser user) {
        Report report = reports.find(id).orElseThrow(NoSuchReport::new);
        requireEditor(report.project(), user);
        if (report.status() != ReportStatus.OPEN) {
            throw new ReportRefused("reporting.import.refused.notOpen", null, report.status());
        }
        int current = report.version(ReportSection.LEARNING_ACTIVITIES).version();
        if (current != baseVersion) {
            String by = report.version(ReportSection.LEARNING_ACTIVITIES).savedBy();
            throw new ReportSectionConflict(ReportSection.LEARNING_ACTIVITIES, current, by == null ? "" : by);
        }
        ParticipantSheet.Read read = ParticipantSheet.read(content);
        ParticipantRows.Checked checked = rows(report.project()).check(read.rows(),
                report.content().learningActivities(), mode);
        if (mode == ParticipantRows.Mode.REPLACE) {
            Set<String> linked = linkedLines(report.content(), checked.removedLines());
            if (!linked.isEmpty()) {
                throw new ReportRefused("reporting.import.refused.linked", "R-RED-02", String.join(", ", linked));
            }
        }
        boolean changes = checked.count(ParticipantRows.Outcome.ADDED) + checked.count(ParticipantRows.Outcome.UPDATED)
                > 0 || !checked.removedLines().isEmpty();
        if (!changes) {
            return new Outcome(report, mode, read.separator(), read.byteOrderMark(), read.rows().size(), checked,
                    false, current);
        }
        ReportContent now = report.content();
        ReportContent edited = new ReportContent(now.narrative(), now.summary(), now.meetings(), now.outputs(),
                now.multiplierEvents(), checked.activities(), now.specialNeeds(), now.exceptionalCosts());
        var at = clock.instant();
        report.save(ReportSection.LEARNING_ACTIVITIES, edited, baseVersion, user.email(), at);
        report.record(user.email(), "participants imported", mode + ": " + checked.count(ParticipantRows.Outcome.ADDED)
                + " added, " + checked.count(ParticipantRows.Outcome.UPDATED) + " updated, "
                + checked.refused().size() + " rows refused", at);
        try {
            reports.save(report);
        } catch (OptimisticLockingFailureException meanwhile) {
            Report fresh = reports.find(id).orElseThrow(NoSuchReport::new);
            var version = fresh.version(ReportSection.LEARNING_ACTIVITIES);
            throw new ReportSectionConflict(ReportSection.LEARNING_ACTIVITIES, version.version(),
                    version.savedBy() == null ? "" : version.savedBy());
        }
        return new Outcome(report, mode, read.separator(), read.byteOrderMark(), read.rows().size(), checked, true,
                report.version(ReportSection.LEARNING_ACTIVITIES).version());
    }

    /** The checker for this project: its dates, organisations, call year's figures and the distance calculator. */
    ParticipantRows rows(ReportedProject project) {
        Set<String> organisations = new LinkedHashSet<>();
        organisations.add(project.beneficiaryOrganisationId());
        try {
            applications.document(project.applicationId()).organisations().stream().map(Organisation::identifier)
                    .forEach(organisations::add);
        } catch (ApplicationNotFound gone) {
            // The agreement's organisations below are what counts then.
        }
        agreements.inForce(project.agreementId()).map(AgreementInForce::partnerOrganisationIds)
                .ifPresent(organisations::addAll);
        // A KA229 school has an agreement of its own and reports the mobilities of its own pupils and staff.
        Set<String> senders = "KA229".equals(project.actionType()) ? Set.of(project.beneficiaryOrganisationId())
                : organisations;
        ParticipantRows.Project facts = new ParticipantRows.Project(project.projectStart(), project.projectEnd(),
                Set.copyOf(organisations), Set.copyOf(senders),
                rules.parametersFor(project.callYear(), project.actionType()), activityTypes(messages));
        return new ParticipantRows(facts, (from, to) -> measure(from, to, project.callYear()));
    }

    /** Activity types by every spelling: the enum name and the English and Latvian names. */
    static Map<String, ActivityType> activityTypes(MessageSource messages) {
        Map<String, ActivityType> types = new HashMap<>();
        for (ActivityType type : ActivityType.values()) {
            types.put(ParticipantColumn.key(type.name()), type);
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("lv"))) {
                types.put(ParticipantColumn.key(messages.getMessage("check.activityType." + type.name(), null,
                        type.name(), locale)), type);
            }
        }
        return types;
    }

    private ParticipantRows.Measured measure(String from, String to, int callYear) {
        PlaceReference origin;
        PlaceReference venue;
        try {
            origin = PlaceReference.parse(from);
        } catch (IllegalArgumentException blank) {
            return ParticipantRows.Measured.unknown();
        }
        try {
            venue = PlaceReference.parse(to);
        } catch (IllegalArgumentException blank) {
            return new ParticipantRows.Measured(null, null, false, List.of());
        }
        DistanceMeasurement measurement;
        try {
            measurement = distances.measure(origin, venue, callYear);
        } catch (UnknownOrganisation unknown) {
            return unknown.organisationId().equals(origin.organisationId()) ? ParticipantRows.Measured.unknown()
                    : new ParticipantRows.Measured(null, null, false, List.of());
        }
        if (measurement.isMeasured() && measurement.distance() != null) {
            return ParticipantRows.Measured.of(measurement.distance().kilometres(),
                    measurement.distance().learningTravelBand());
        }
        if (!measurement.to().isFound()) {
            return new ParticipantRows.Measured(null, null, false, List.of());
        }
        PlaceLookup lookup = measurement.from();
        if (lookup.isAmbiguous()) {
            List<String> candidates = new ArrayList<>();
            lookup.candidates().stream().limit(5).map(Place::label).forEach(candidates::add);
            return ParticipantRows.Measured.ambiguous(candidates);
        }
        return ParticipantRows.Measured.unknown();
    }

    private void requireEditor(ReportedProject project, SignedInUser user) {
        if (user.has(Role.APPLICANT) && applications.mayEdit(user.id(), project.applicationId())) {
            return;
        }
        if (applications.mayView(user.id(), project.applicationId())) {
            throw new NotAllowed();
        }
        throw new NoSuchReport();
    }

    /** Lines of the section that special needs or exceptional costs link to (R-RED-02 needs those links). */
    private static Set<String> linkedLines(ReportContent content, Set<String> removed) {
        Set<String> linked = new LinkedHashSet<>();
        content.specialNeeds().forEach(need -> {
            if (need.activity() != null && removed.contains(need.activity())) {
                linked.add(need.activity());
            }
            if (need.participant() != null && removed.contains(need.participant())) {
                linked.add(need.participant());
            }
        });
        content.exceptionalCosts().forEach(cost -> {
            if (cost.activity() != null && removed.contains(cost.activity())) {
                linked.add(cost.activity());
            }
        });
        return linked;
    }

    /** Participants of the report for a page: every line of the section, in order. */
    public static List<Participant> participants(Report report) {
        return report.content().learningActivities().stream()
                .flatMap((ReportedLearningActivity activity) -> activity.participants().stream()).toList();
    }

    /** No such report, or the user is not one of its project's people: 404, as if it did not exist. */
    public static class NoSuchReport extends RuntimeException implements Refusal {
        public NoSuchReport() {
            super("No such report for this user");
        }

        @Override
        public Kind kind() {
            return Kind.NOT_FOUND;
        }

        @Override
        public String messageKey() {
            return "reporting.import.api.notFound";
        }
    }

    /** One of the project's people who may only read: 403. */
    public static class NotAllowed extends RuntimeException implements Refusal {
        public NotAllowed() {
            super("Only the project's people who may edit import participants");
        }

        @Override
        public Kind kind() {
            return Kind.FORBIDDEN;
        }

        @Override
        public String messageKey() {
            return "reporting.import.api.forbidden";
        }
    }
}

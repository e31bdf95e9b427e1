package eu.sadarbe.results.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.calls.ActionType;
import eu.sadarbe.calls.NationalAgency;
import eu.sadarbe.calls.Priority;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.results.OrganisationIdentifiers;
import eu.sadarbe.results.ProjectStatus;
import eu.sadarbe.results.PublicProject;
import eu.sadarbe.shared.CountryCode;
import eu.sadarbe.web.CsvFiles;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The open data of the funded projects, written while it is read from the database: a 360Giving data package
 * (schema 1.4), IATI activities (2.03) and a flat CSV table. Each project is merged with its organisations and
 * disbursements from two more row streams in the same order, so that the heap holds one project at a time whatever
 * their number (BENCHMARKS.md, "Open data"). Published under CC BY 4.0.
 */
@Service
public class OpenDataExport {

    public static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";
    /** The 360Giving identifier prefix of grants published by Sadarbe (not registered with 360Giving: flag U). */
    public static final String GRANT_PREFIX = "360G-SADARBE-";
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final JsonFactory JSON = new JsonFactory();

    private final ResultsRepository repository;
    private final ReferenceData reference;
    private final Clock clock;

    OpenDataExport(ResultsRepository repository, ReferenceData reference, Clock clock) {
        this.repository = repository;
        this.reference = reference;
        this.clock = clock;
    }

    /** The columns of {@code projects.csv}, in order. */
    public static final List<String> CSV_COLUMNS = List.of("applicationNumber", "title", "callYear", "roundNumber",
            "actionType", "field", "priorities", "agency", "coordinatorName", "coordinatorOrganisationId",
            "coordinatorCountry", "partners", "countries", "amountAwarded", "currency", "awardDate", "agreementNumber",
            "plannedStart", "plannedEnd", "status", "amountDisbursed", "url", "completedOn", "finalGrant");

    @Transactional(readOnly = true)
    public void writeCsv(OutputStream out, String siteUrl) {
        LocalDate today = LocalDate.now(clock.withZone(BRUSSELS));
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                    .setHeader(CSV_COLUMNS.toArray(String[]::new)).get());
            forEachProject(entry -> {
                PublicProject project = entry.project();
                PublicProject.Member coordinator = entry.members().stream().filter(PublicProject.Member::coordinator)
                        .findFirst().orElse(null);
                List<String> partners = entry.members().stream().filter(member -> !member.coordinator())
                        .map(member -> member.name() + " (" + member.organisationId() + ", " + member.country() + ")")
                        .toList();
                Set<String> countries = new LinkedHashSet<>();
                entry.members().forEach(member -> countries.add(member.country()));
                BigDecimal disbursed = entry.disbursements().stream().map(PublicProject.Disbursement::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                List<String> row = List.of(project.applicationNumber(), project.title(),
                        Integer.toString(project.callYear()), Integer.toString(project.roundNumber()),
                        project.actionType(), project.field(), String.join(" ", project.priorities()),
                        project.agencyCode(), coordinator == null ? "" : coordinator.name(),
                        coordinator == null ? "" : coordinator.organisationId(), project.coordinatorCountry(),
                        String.join("; ", partners), String.join(" ", countries),
                        project.amountAwarded().toPlainString(), "EUR", awardDate(project),
                        text(project.agreementNumber()), text(project.plannedStart()), text(project.plannedEnd()),
                        project.statusOn(today).name().toLowerCase(), disbursed.toPlainString(),
                        siteUrl + "/results/" + project.applicationNumber(), text(project.completedOn()),
                        project.finalGrant() == null ? "" : project.finalGrant().toPlainString());
                try {
                    printer.printRecord(row.stream().map(CsvFiles::cell).toList());
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            });
            printer.flush();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    @Transactional(readOnly = true)
    public void writeGrants(OutputStream out, String siteUrl) {
        Names names = names();
        String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringProperty("version", "1.4");
            json.writeStringProperty("title", "Erasmus+ Strategic Partnerships (KA2) funded projects");
            json.writeStringProperty("description", "Grants awarded by National Agencies to Erasmus+ Strategic "
                    + "Partnerships (Key Action 2, 2014-2020), as published by Sadarbe");
            json.writeStringProperty("issued", now);
            json.writeStringProperty("modified", now);
            json.writeStringProperty("license", LICENCE);
            json.writeName("publisher");
            json.writeStartObject();
            json.writeStringProperty("name", "Sadarbe");
            json.writeStringProperty("website", siteUrl);
            json.writeEndObject();
            json.writeStringProperty("downloadURL", siteUrl + "/api/v1/open-data/grants.json");
            json.writeStringProperty("accessURL", siteUrl + "/open-data");
            json.writeName("grants");
            json.writeStartArray();
            forEachProject(entry -> grant(json, entry, names, siteUrl));
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private void grant(JsonGenerator json, Entry entry, Names names, String siteUrl) {
        PublicProject project = entry.project();
        json.writeStartObject();
        json.writeStringProperty("id", GRANT_PREFIX + project.applicationNumber());
        json.writeStringProperty("title", project.title());
        json.writeStringProperty("description", description(project));
        json.writeStringProperty("currency", "EUR");
        json.writeName("amountAwarded");
        json.writeNumber(project.amountAwarded());
        json.writeStringProperty("awardDate", awardDate(project));
        json.writeStringProperty("url", siteUrl + "/results/" + project.applicationNumber());
        if (project.plannedStart() != null) {
            json.writeName("plannedDates");
            json.writeStartArray();
            json.writeStartObject();
            json.writeStringProperty("startDate", project.plannedStart().toString());
            if (project.plannedEnd() != null) {
                json.writeStringProperty("endDate", project.plannedEnd().toString());
                json.writeNumberProperty("duration",
                        ChronoUnit.MONTHS.between(project.plannedStart(), project.plannedEnd().plusDays(1)));
            }
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeName("recipientOrganization");
        json.writeStartArray();
        List<PublicProject.Member> recipients = entry.members().stream().filter(PublicProject.Member::coordinator)
                .toList();
        for (PublicProject.Member member : recipients.isEmpty() ? entry.members().subList(0, 1) : recipients) {
            organisation(json, member);
        }
        json.writeEndArray();
        // Not a field of the 360Giving schema (which allows more): the partners the recipient applies for.
        json.writeName("partnerOrganization");
        json.writeStartArray();
        for (PublicProject.Member member : entry.members()) {
            if (!member.coordinator()) {
                organisation(json, member);
            }
        }
        json.writeEndArray();
        json.writeName("beneficiaryLocation");
        json.writeStartArray();
        Set<String> countries = new LinkedHashSet<>();
        entry.members().forEach(member -> countries.add(iso(member.country())));
        for (String country : countries) {
            json.writeStartObject();
            json.writeStringProperty("id", country);
            json.writeStringProperty("countryCode", country);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeName("fundingOrganization");
        json.writeStartArray();
        json.writeStartObject();
        json.writeStringProperty("id", OrganisationIdentifiers.ofAgency(project.agencyCode()));
        json.writeStringProperty("name", names.agency(project.agencyCode()));
        json.writeEndObject();
        json.writeEndArray();
        json.writeName("grantProgramme");
        json.writeStartArray();
        json.writeStartObject();
        json.writeStringProperty("code", "KA2-" + project.callYear() + "-R" + project.roundNumber());
        json.writeStringProperty("title", "Erasmus+ Key Action 2: Strategic Partnerships, call " + project.callYear()
                + ", round " + project.roundNumber());
        json.writeEndObject();
        json.writeEndArray();
        json.writeName("classifications");
        json.writeStartArray();
        classification(json, "Erasmus+ action type", project.actionType(), names.actionType(project.actionType()));
        classification(json, "Erasmus+ field", project.field(), project.field());
        for (String priority : project.priorities()) {
            classification(json, "Erasmus+ priority", priority, names.priority(priority));
        }
        json.writeEndArray();
        if (project.agreementNumber() != null) {
            json.writeName("commitmentTransaction");
            json.writeStartArray();
            json.writeStartObject();
            json.writeStringProperty("id", project.agreementNumber());
            json.writeStringProperty("transactionDate", String.valueOf(project.inForceOn()));
            json.writeStringProperty("currency", "EUR");
            json.writeName("value");
            json.writeNumber(project.amountAwarded());
            json.writeEndObject();
            json.writeEndArray();
        }
        if (!entry.disbursements().isEmpty()) {
            BigDecimal disbursed = BigDecimal.ZERO;
            json.writeName("disbursementTransaction");
            json.writeStartArray();
            for (PublicProject.Disbursement payment : entry.disbursements()) {
                json.writeStartObject();
                json.writeStringProperty("id", payment.paymentOrderId().toString());
                json.writeStringProperty("transactionDate", payment.paidOn().toString());
                json.writeStringProperty("currency", "EUR");
                json.writeName("value");
                json.writeNumber(payment.amount());
                json.writeStringProperty("description", payment.kind());
                json.writeEndObject();
                disbursed = disbursed.add(payment.amount());
            }
            json.writeEndArray();
            json.writeName("amountDisbursed");
            json.writeNumber(disbursed);
        }
        json.writeStringProperty("dateModified", project.updatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        json.writeEndObject();
    }

    private static void organisation(JsonGenerator json, PublicProject.Member member) {
        json.writeStartObject();
        json.writeStringProperty("id", OrganisationIdentifiers.of(member.organisationId()));
        json.writeStringProperty("name", member.name());
        if (member.city() != null) {
            json.writeStringProperty("addressLocality", member.city());
        }
        json.writeStringProperty("addressCountry", iso(member.country()));
        json.writeEndObject();
    }

    private static void classification(JsonGenerator json, String vocabulary, String code, String title) {
        json.writeStartObject();
        json.writeStringProperty("vocabulary", vocabulary);
        json.writeStringProperty("code", code);
        json.writeStringProperty("title", title);
        json.writeEndObject();
    }

    @Transactional(readOnly = true)
    public void writeActivities(OutputStream out, String siteUrl) {
        Names names = names();
        LocalDate today = LocalDate.now(clock.withZone(BRUSSELS));
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("iati-activities");
            xml.writeAttribute("version", "2.03");
            xml.writeAttribute("generated-datetime", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
            forEachProject(entry -> {
                try {
                    activity(xml, entry, names, today, siteUrl);
                } catch (XMLStreamException failed) {
                    throw new IllegalStateException(failed);
                }
            });
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException failed) {
            throw new IllegalStateException(failed);
        }
    }

    /**
     * The IATI ActivityStatus: 2 "Implementation" until the planned end, 3 "Finalisation" from the end until the final
     * grant is settled after the final report (the activities are over, the report and the settlement are not), 4
     * "Closed" once the project is completed (reporting's {@code ProjectCompleted}); the balance or recovery that the
     * settlement orders still appears as a transaction when it is paid.
     */
    static String activityStatus(PublicProject project, LocalDate today) {
        if (project.statusOn(today) == ProjectStatus.COMPLETED) {
            return "4";
        }
        return project.endedBy(today) ? "3" : "2";
    }

    private static void activity(XMLStreamWriter xml, Entry entry, Names names, LocalDate today, String siteUrl)
            throws XMLStreamException {
        PublicProject project = entry.project();
        String agencyRef = OrganisationIdentifiers.ofAgency(project.agencyCode());
        xml.writeStartElement("iati-activity");
        xml.writeAttribute("default-currency", "EUR");
        xml.writeAttribute("xml:lang", project.originalLanguage());
        xml.writeAttribute("last-updated-datetime", project.updatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        text(xml, "iati-identifier", agencyRef + "-" + project.applicationNumber());
        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", agencyRef);
        xml.writeAttribute("type", "10");
        narrative(xml, names.agency(project.agencyCode()));
        xml.writeEndElement();
        xml.writeStartElement("title");
        narrative(xml, project.title());
        xml.writeEndElement();
        xml.writeStartElement("description");
        xml.writeAttribute("type", "1");
        narrative(xml, description(project));
        xml.writeEndElement();
        participant(xml, "1", OrganisationIdentifiers.COMMISSION, "10", "European Commission");
        participant(xml, "3", agencyRef, "10", names.agency(project.agencyCode()));
        for (PublicProject.Member member : entry.members()) {
            participant(xml, "4", OrganisationIdentifiers.of(member.organisationId()), null, member.name());
        }
        empty(xml, "activity-status", "code", activityStatus(project, today));
        if (project.plannedStart() != null) {
            date(xml, "1", project.plannedStart());
            if (!project.plannedStart().isAfter(today)) {
                date(xml, "2", project.plannedStart());
            }
        } else {
            date(xml, "1", awardLocalDate(project));
        }
        if (project.plannedEnd() != null) {
            date(xml, "3", project.plannedEnd());
            if (project.plannedEnd().isBefore(today)) {
                date(xml, "4", project.plannedEnd());
            }
        }
        Set<String> countries = new LinkedHashSet<>();
        entry.members().forEach(member -> countries.add(iso(member.country())));
        transaction(xml, "2", project.agreementNumber() != null && project.inForceOn() != null
                ? project.inForceOn() : awardLocalDate(project), project.amountAwarded(), agencyRef,
                entry.members().stream().filter(PublicProject.Member::coordinator).findFirst().orElse(null));
        for (PublicProject.Disbursement payment : entry.disbursements()) {
            transaction(xml, payment.amount().signum() < 0 ? "11" : "3", payment.paidOn(), payment.amount().abs(),
                    agencyRef, entry.members().stream().filter(PublicProject.Member::coordinator).findFirst()
                            .orElse(null));
        }
        xml.writeStartElement("document-link");
        xml.writeAttribute("format", "text/html");
        xml.writeAttribute("url", siteUrl + "/results/" + project.applicationNumber());
        xml.writeStartElement("title");
        narrative(xml, project.title());
        xml.writeEndElement();
        empty(xml, "category", "code", "A01");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void transaction(XMLStreamWriter xml, String type, LocalDate date, BigDecimal amount,
                                    String agencyRef, PublicProject.@Nullable Member receiver)
            throws XMLStreamException {
        xml.writeStartElement("transaction");
        empty(xml, "transaction-type", "code", type);
        empty(xml, "transaction-date", "iso-date", date.toString());
        xml.writeStartElement("value");
        xml.writeAttribute("value-date", date.toString());
        xml.writeCharacters(amount.toPlainString());
        xml.writeEndElement();
        xml.writeStartElement("provider-org");
        xml.writeAttribute("ref", agencyRef);
        xml.writeEndElement();
        if (receiver != null) {
            xml.writeStartElement("receiver-org");
            xml.writeAttribute("ref", OrganisationIdentifiers.of(receiver.organisationId()));
            narrative(xml, receiver.name());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void participant(XMLStreamWriter xml, String role, String ref, @Nullable String type,
                                    String name) throws XMLStreamException {
        xml.writeStartElement("participating-org");
        xml.writeAttribute("role", role);
        xml.writeAttribute("ref", ref);
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        narrative(xml, name);
        xml.writeEndElement();
    }

    private static void date(XMLStreamWriter xml, String type, LocalDate date) throws XMLStreamException {
        xml.writeEmptyElement("activity-date");
        xml.writeAttribute("type", type);
        xml.writeAttribute("iso-date", date.toString());
    }

    private static void empty(XMLStreamWriter xml, String element, String attribute, String value)
            throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute(attribute, value);
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void narrative(XMLStreamWriter xml, String value) throws XMLStreamException {
        text(xml, "narrative", XmlText.clean(value));
    }

    // ---- the merge of the three streams ----

    /** A project with its organisations and disbursements. */
    record Entry(PublicProject project, List<PublicProject.Member> members,
                 List<PublicProject.Disbursement> disbursements) {
    }

    private void forEachProject(java.util.function.Consumer<Entry> consumer) {
        try (Stream<PublicProject> projects = repository.streamProjects();
             Stream<ResultsRepository.Keyed<PublicProject.Member>> members = repository.streamMembers();
             Stream<ResultsRepository.Keyed<PublicProject.Disbursement>> payments = repository.streamDisbursements()) {
            Children<PublicProject.Member> memberRows = new Children<>(members.iterator());
            Children<PublicProject.Disbursement> paymentRows = new Children<>(payments.iterator());
            projects.forEach(project -> {
                List<PublicProject.Member> consortium = memberRows.of(project.applicationId());
                if (!consortium.isEmpty()) {
                    consumer.accept(new Entry(project, consortium, paymentRows.of(project.applicationId())));
                } else {
                    paymentRows.of(project.applicationId());
                }
            });
        }
    }

    /**
     * The rows of a child table streamed in the projects' order: every child belongs to a project (the queries join
     * on it), so the rows of a project are the run of rows with its id, wherever the database sorts that id.
     */
    private static final class Children<T> {

        private final Iterator<ResultsRepository.Keyed<T>> rows;
        private ResultsRepository.@Nullable Keyed<T> next;

        Children(Iterator<ResultsRepository.Keyed<T>> rows) {
            this.rows = rows;
            this.next = rows.hasNext() ? rows.next() : null;
        }

        List<T> of(UUID applicationId) {
            List<T> found = new ArrayList<>();
            while (next != null && next.applicationId().equals(applicationId)) {
                found.add(next.value());
                next = rows.hasNext() ? rows.next() : null;
            }
            return found;
        }
    }

    // ---- names and formats ----

    private Names names() {
        Map<String, String> agencies = new LinkedHashMap<>();
        for (NationalAgency agency : reference.nationalAgencies(null, null)) {
            agencies.put(agency.code(), agency.nameEn());
        }
        Map<String, String> actionTypes = new LinkedHashMap<>();
        for (ActionType type : reference.actionTypes(null)) {
            actionTypes.put(type.code(), type.name().en());
        }
        Map<String, String> priorities = new LinkedHashMap<>();
        for (Priority priority : reference.priorities(null, null)) {
            priorities.putIfAbsent(priority.code(), priority.name().en());
        }
        return new Names(agencies, actionTypes, priorities);
    }

    private record Names(Map<String, String> agencies, Map<String, String> actionTypes,
                         Map<String, String> priorities) {

        String agency(String code) {
            return agencies.getOrDefault(code, "National Agency " + code);
        }

        String actionType(String code) {
            return actionTypes.getOrDefault(code, code);
        }

        String priority(String code) {
            return priorities.getOrDefault(code, code);
        }
    }

    private static String description(PublicProject project) {
        String text = project.summaryEnglish() != null ? project.summaryEnglish()
                : project.summaryOriginal() != null ? project.summaryOriginal() : project.title();
        return XmlText.clean(text);
    }

    private static String awardDate(PublicProject project) {
        return awardLocalDate(project).toString();
    }

    private static LocalDate awardLocalDate(PublicProject project) {
        return project.awardedAt().atZone(BRUSSELS).toLocalDate();
    }

    private static String iso(String commissionCode) {
        return CountryCode.of(commissionCode).isoCode();
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }
}

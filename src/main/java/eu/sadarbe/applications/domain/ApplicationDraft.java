package eu.sadarbe.applications.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.applications.Access;
import eu.sadarbe.applications.ApplicationChanged;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.applications.ApplicationStatus;
import eu.sadarbe.applications.ApplicationSummary;
import eu.sadarbe.applications.ApplicationWithdrawn;
import eu.sadarbe.applications.Declaration;
import eu.sadarbe.applications.DraftChanged;
import eu.sadarbe.applications.DraftRefused;
import eu.sadarbe.applications.DraftRefused.Reason;
import eu.sadarbe.applications.DraftSection;
import eu.sadarbe.applications.DraftStarted;
import eu.sadarbe.applications.DraftWithdrawn;
import eu.sadarbe.applications.LineNotFound;
import eu.sadarbe.applications.PartnerAlreadyListed;
import eu.sadarbe.applications.PartnerInvited;
import eu.sadarbe.applications.SectionConflict;
import eu.sadarbe.applications.SectionEdit;
import eu.sadarbe.applications.SectionState;
import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.document.DocumentJson;
import eu.sadarbe.calls.CallRoundId;

/**
 * An application while the applicant organisation and its partners write it (Programme Guide, Part C): its sections,
 * each with its own version, and the draft's version that moves on with every change. Its verbs are the applicant's
 * — change the context, add a partner, add, change or remove an activity line, sign the declaration of honour,
 * withdraw — and it guards what must hold whatever the screen: a withdrawn draft changes no more, a section is
 * changed only on the version the editor started from, only a person acting for the applicant signs, annexes change
 * only by upload. The JSON document is its storage and exchange format only. It registers the past-tense events
 * {@link ApplicationDraftRepository} saves it with and the use cases publish.
 */
public final class ApplicationDraft {

    /** The withdrawal reason's column: application_draft.withdrawal_reason. */
    public static final int WITHDRAWAL_REASON_LIMIT = 2000;

    private DraftRow head;
    private final boolean isNew;
    /** The sections as stored now (after the changes of this load, once saved). */
    private final Map<DraftSection, SectionState> sections;
    private final List<Written> written = new ArrayList<>();
    private final List<Entry> history = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();
    /** Invitations of addresses without an account, waiting for one. */
    private final Map<String, Access> invitations;
    private final List<MemberChange> memberChanges = new ArrayList<>();
    private boolean headChanged;

    ApplicationDraft(DraftRow head, Map<DraftSection, SectionState> sections, boolean isNew) {
        this(head, sections, Map.of(), isNew);
    }

    ApplicationDraft(DraftRow head, Map<DraftSection, SectionState> sections, Map<String, Access> invitations,
                     boolean isNew) {
        this.head = head;
        this.sections = new EnumMap<>(DraftSection.class);
        this.sections.putAll(sections);
        this.invitations = new LinkedHashMap<>(invitations);
        this.isNew = isNew;
    }

    /** Who makes a change, and whether they act for the applicant organisation (and so may sign for it). */
    public record Author(Editor editor, boolean actsForApplicant) {
    }

    /**
     * What must hold of the whole document after any change, beyond the draft itself: it reads as an application
     * document v1 and still fits the draft's round and applicant. Throws when it does not; answers the document.
     */
    @FunctionalInterface
    public interface DocumentRules {

        ApplicationDocument check(String json, ObjectNode tree, DraftRow head);
    }

    /**
     * Starts a draft from a document's sections in a round; a ticked declaration is signed by its starter, who acts
     * for the applicant. Annexes are files uploaded to this draft: a document cannot bring references to files.
     */
    public static ApplicationDraft start(ApplicationId id, CallRoundId round, ApplicationDocument document,
                                         String applicantOid, String applicantCountry,
                                         Map<DraftSection, ObjectNode> given, Author by, Instant at) {
        DraftRow head = new DraftRow(id, round, document.callYear(), document.actionType().name(), document.title(),
                applicantOid, applicantCountry, ApplicationStatus.DRAFT, null, 1, by.editor().account(), at);
        ApplicationDraft draft = new ApplicationDraft(head, Map.of(), true);
        Map<DraftSection, ObjectNode> content = new EnumMap<>(DraftSection.class);
        content.putAll(given);
        content.put(DraftSection.ANNEXES, DocumentJson.JSON.createObjectNode());
        String digest = DocumentJson.digestWithoutDeclaration(content);
        content.forEach((section, each) -> {
            ObjectNode stored = section == DraftSection.DECLARATION && Declaration.accepted(each)
                    ? Declaration.signed(each, by.editor().account(), digest) : each;
            String json = DocumentJson.canonical(stored);
            draft.written.add(new Written(section, null, json, by.editor(), at));
            draft.sections.put(section, new SectionState(section, json, 1, by.editor().name(), at));
            if (!stored.isEmpty()) {
                draft.history.add(new Entry(1, section.name(), by.editor(), at, null, json));
            }
        });
        draft.events.add(new DraftStarted(id, round, applicantOid, at));
        return draft;
    }

    public ApplicationId id() {
        return head.id();
    }

    public DraftRow head() {
        return head;
    }

    public ApplicationSummary summary() {
        return head.toSummary();
    }

    public Map<DraftSection, SectionState> sections() {
        return Map.copyOf(sections);
    }

    /** A section's content as it stands (an empty object for a section never written). */
    public ObjectNode content(DraftSection section) {
        SectionState state = sections.get(section);
        return DocumentJson.object(state == null ? "{}" : state.content());
    }

    /** The whole document as it stands. */
    public ObjectNode document() {
        return DocumentJson.assemble(objects());
    }

    /** Replaces the whole draft, only when it is still at {@code expectedVersion}; annexes stay as uploaded. */
    public void replace(String json, long expectedVersion, Author by, DocumentRules rules, Clock clock) {
        editable();
        if (head.version() != expectedVersion) {
            throw new ApplicationChanged(head.id(), expectedVersion, head.version());
        }
        ObjectNode given = DocumentJson.object(json);
        ApplicationDocument document = rules.check(json, given, head);
        Map<DraftSection, ObjectNode> wanted = DocumentJson.split(given);
        wanted.remove(DraftSection.ANNEXES);
        write(wanted, by, document.title(), now(clock));
    }

    /**
     * Changes one section as asked on the version {@code baseVersion} the editor started from. If someone saved it
     * since, nothing changes and {@link SectionConflict} carries both contents, unless they are the same.
     */
    public void edit(DraftSection section, SectionEdit edit, long baseVersion, Author by, DocumentRules rules,
                     Clock clock) {
        change(section, proposed(section, edit), baseVersion, by, rules, clock);
    }

    /** The section's content as {@code edit} would leave it, before any check: what the editor typed, to show. */
    public ObjectNode proposed(DraftSection section, SectionEdit edit) {
        if (edit instanceof SectionEdit.Text text) {
            return described(section, text.text());
        }
        if (edit instanceof SectionEdit.Context context) {
            return changedContext(context);
        }
        if (edit instanceof SectionEdit.Priorities priorities) {
            return chosenPriorities(priorities.codes());
        }
        if (edit instanceof SectionEdit.Partners partners) {
            return changedPartners(partners);
        }
        if (edit instanceof SectionEdit.Declaring declaring) {
            return declaration(declaring);
        }
        return ((SectionEdit.Content) edit).content();
    }

    /** Adds an activity or cost line to one of the section's lists. */
    public void addLine(DraftSection section, String list, ObjectNode line, long baseVersion, Author by,
                        DocumentRules rules, Clock clock) {
        change(section, withLine(section, list, null, line), baseVersion, by, rules, clock);
    }

    /** Changes the line at {@code index} of one of the section's lists. */
    public void changeLine(DraftSection section, String list, int index, ObjectNode line, long baseVersion,
                           Author by, DocumentRules rules, Clock clock) {
        change(section, withLine(section, list, index, line), baseVersion, by, rules, clock);
    }

    /** Removes the line at {@code index} of one of the section's lists. */
    public void removeLine(DraftSection section, String list, int index, long baseVersion, Author by,
                           DocumentRules rules, Clock clock) {
        ObjectNode content = content(section);
        lines(section, content, list, index).remove(index);
        change(section, content, baseVersion, by, rules, clock);
    }

    /** The section as it would be with this line added ({@code index} null) or changed, before any check. */
    public ObjectNode withLine(DraftSection section, String list, @Nullable Integer index, ObjectNode line) {
        if (!section.fields().contains(list)) {
            throw new LineNotFound(section, list, index == null ? -1 : index);
        }
        ObjectNode content = content(section);
        if (index == null) {
            (content.get(list) instanceof ArrayNode lines ? lines : content.putArray(list)).add(line);
        } else {
            lines(section, content, list, index).set(index, line);
        }
        return content;
    }

    /** The references to the annexes, which change only with an upload or a removal. */
    public void referenceAnnexes(ObjectNode references, Author by, Clock clock) {
        editable();
        write(Map.of(DraftSection.ANNEXES, references), by, head.title(), now(clock));
    }

    /**
     * Submission freezes the draft at exactly {@code expectedVersion}: it becomes SUBMITTED and stays editable until
     * the deadline (a later change needs a resubmission). A withdrawn draft is never submitted.
     */
    public void submit(long expectedVersion) {
        editable();
        if (head.version() != expectedVersion) {
            throw new ApplicationChanged(head.id(), expectedVersion, head.version());
        }
        head = new DraftRow(head.id(), head.round(), head.callYear(), head.actionType(), head.title(),
                head.applicantOid(), head.applicantCountry(), ApplicationStatus.SUBMITTED, head.withdrawalReason(),
                head.version(), head.createdBy(), head.updatedAt());
        headChanged = true;
    }

    /** The applicant organisation withdraws its application, giving a reason; it can be changed no more. */
    public void withdraw(String reason, Author by, Clock clock) {
        if (head.status() == ApplicationStatus.WITHDRAWN) {
            throw new ApplicationWithdrawn(head.id());
        }
        String given = reason.trim();
        if (given.length() > WITHDRAWAL_REASON_LIMIT) {
            throw new DraftRefused(Reason.WITHDRAWAL_REASON_TOO_LONG, String.valueOf(WITHDRAWAL_REASON_LIMIT));
        }
        Instant at = now(clock);
        long version = head.version() + 1;
        history.add(new Entry(version, "STATUS", by.editor(), at, head.status().name(), "WITHDRAWN: " + given));
        head = new DraftRow(head.id(), head.round(), head.callYear(), head.actionType(), head.title(),
                head.applicantOid(), head.applicantCountry(), ApplicationStatus.WITHDRAWN, given, version,
                head.createdBy(), at);
        headChanged = true;
        events.add(new DraftWithdrawn(head.id(), given, at));
    }

    /**
     * A user of a partner organisation is invited by address: the account with that address gets the access now,
     * an address without one ({@code account} null) waits as an invitation until an account with it appears; inviting
     * again changes the access. The history notes it and {@link PartnerInvited} is registered.
     */
    public void invite(String address, Access access, @Nullable AccountId account, Author by, Clock clock) {
        Instant at = now(clock);
        memberChanges.add(new MemberChange(account, address, access, by.editor().account(), at));
        if (account == null) {
            invitations.put(address, access);
        }
        history.add(new Entry(head.version(), "MEMBERS", by.editor(), at, null, address + " " + access));
        events.add(new PartnerInvited(head.id(), address, access, at));
    }

    /** Revokes the invitation of an address no account took up yet; false (nothing changes) if there is none. */
    public boolean revokeInvitation(String address, Author by, Clock clock) {
        if (invitations.remove(address) == null) {
            return false;
        }
        Instant at = now(clock);
        memberChanges.add(new MemberChange(null, address, null, by.editor().account(), at));
        history.add(new Entry(head.version(), "MEMBERS", by.editor(), at, address, null));
        return true;
    }

    /** The invitations still waiting for an account, by address. */
    public Map<String, Access> invitations() {
        return Map.copyOf(invitations);
    }

    /** Events registered since the draft was loaded, for the use case to publish after saving. */
    public List<Object> takeEvents() {
        List<Object> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    boolean isNew() {
        return isNew;
    }

    boolean headChanged() {
        return headChanged;
    }

    List<Written> written() {
        return List.copyOf(written);
    }

    List<Entry> historyToRecord() {
        return List.copyOf(history);
    }

    List<MemberChange> memberChanges() {
        return List.copyOf(memberChanges);
    }

    void saved() {
        memberChanges.clear();
        written.clear();
        history.clear();
        headChanged = false;
    }

    /** A section's content written by this load: {@code before} is null for a section not stored yet. */
    record Written(DraftSection section, @Nullable SectionState before, String after, Editor editor, Instant at) {
    }

    /**
     * An invitation: of an account ({@code account} set), of an address without one, or, without {@code access},
     * the revocation of an address's invitation.
     */
    record MemberChange(@Nullable AccountId account, String address, @Nullable Access access, AccountId invitedBy,
                        Instant at) {
    }

    /** One line of the draft's history. */
    record Entry(long version, String section, Editor editor, Instant at, @Nullable String before,
                 @Nullable String after) {
    }

    private void change(DraftSection section, ObjectNode content, long baseVersion, Author by, DocumentRules rules,
                        Clock clock) {
        if (section == DraftSection.ANNEXES) {
            throw new DraftRefused(Reason.ANNEXES_BY_UPLOAD);
        }
        editable();
        SectionState current = sections.get(section);
        // A signed declaration is compared as it would be stored, with its signer: a repeated save is no conflict.
        ObjectNode given = section == DraftSection.DECLARATION && Declaration.accepted(content)
                ? signature(by, content, DocumentJson.digestWithoutDeclaration(objects())) : content;
        String yours = DocumentJson.canonical(given);
        if (current != null && current.version() != baseVersion) {
            if (current.content().equals(yours)) {
                return;
            }
            throw new SectionConflict(section, yours, current);
        }
        Map<DraftSection, ObjectNode> wanted = objects();
        wanted.put(section, given);
        String json = DocumentJson.canonical(DocumentJson.assemble(wanted));
        ApplicationDocument document = rules.check(json, DocumentJson.object(json), head);
        write(Map.of(section, given), by, document.title(), now(clock));
    }

    private void write(Map<DraftSection, ObjectNode> wanted, Author by, @Nullable String title, Instant at) {
        long version = head.version() + 1;
        // A declaration signed in this write covers the document as this write leaves it.
        Map<DraftSection, ObjectNode> after = objects();
        after.putAll(wanted);
        String digest = DocumentJson.digestWithoutDeclaration(after);
        Set<DraftSection> changed = EnumSet.noneOf(DraftSection.class);
        for (var entry : wanted.entrySet()) {
            DraftSection section = entry.getKey();
            String json = DocumentJson.canonical(entry.getValue());
            SectionState before = sections.get(section);
            if (before != null && before.content().equals(json)) {
                continue;
            }
            if (section == DraftSection.DECLARATION && Declaration.accepted(entry.getValue())) {
                json = DocumentJson.canonical(signature(by, entry.getValue(), digest));
                if (before != null && before.content().equals(json)) {
                    continue;
                }
            }
            written.add(new Written(section, before, json, by.editor(), at));
            history.add(new Entry(version, section.name(), by.editor(), at, before == null ? null : before.content(),
                    json));
            sections.put(section, new SectionState(section, json, before == null ? 1 : before.version() + 1,
                    by.editor().name(), at));
            changed.add(section);
        }
        if (changed.isEmpty()) {
            return;
        }
        head = new DraftRow(head.id(), head.round(), head.callYear(), head.actionType(), title,
                head.applicantOid(), head.applicantCountry(), head.status(), head.withdrawalReason(), version,
                head.createdBy(), at);
        headChanged = true;
        events.add(new DraftChanged(head.id(), version, Set.copyOf(changed), at));
    }

    private void editable() {
        if (head.status() == ApplicationStatus.WITHDRAWN) {
            throw new ApplicationWithdrawn(head.id());
        }
    }

    /**
     * Only a person acting for the applicant organisation (who always may edit) signs the declaration of honour;
     * a partner's invited editor may not, so a partner never declares on the applicant's behalf.
     */
    private static ObjectNode signature(Author by, ObjectNode content, String documentDigest) {
        if (!by.actsForApplicant()) {
            throw new DraftRefused(Reason.NOT_SIGNATORY);
        }
        return Declaration.signed(content, by.editor().account(), documentDigest);
    }

    private ArrayNode lines(DraftSection section, ObjectNode content, String list, int index) {
        if (section.fields().contains(list) && content.get(list) instanceof ArrayNode lines
                && index >= 0 && index < lines.size()) {
            return lines;
        }
        throw new LineNotFound(section, list, index);
    }

    private static ObjectNode described(DraftSection section, @Nullable String text) {
        ObjectNode content = DocumentJson.JSON.createObjectNode();
        if (text != null && !text.isBlank()) {
            content.put(section.fields().get(0), text.replace("\r\n", "\n"));
        }
        return content;
    }

    private ObjectNode changedContext(SectionEdit.Context context) {
        ObjectNode content = content(DraftSection.CONTEXT);
        put(content, "actionType", context.actionType());
        put(content, "projectType", context.projectType());
        put(content, "title", context.title());
        put(content, "startDate", context.startDate());
        String months = context.durationMonths();
        if (months != null && months.trim().matches("\\d{1,4}")) {
            content.put("durationMonths", Integer.parseInt(months.trim()));
        } else {
            // Kept as typed, so that the document's check names the field rather than losing what was typed.
            content.put("durationMonths", months == null ? "" : months.trim());
        }
        return content;
    }

    private static void put(ObjectNode content, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            content.remove(field);
        } else {
            content.put(field, value.trim());
        }
    }

    private static ObjectNode chosenPriorities(List<String> codes) {
        ObjectNode content = DocumentJson.JSON.createObjectNode();
        ArrayNode list = content.putArray("priorities");
        codes.forEach(list::add);
        return content;
    }

    private ObjectNode changedPartners(SectionEdit.Partners partners) {
        ObjectNode content = DocumentJson.JSON.createObjectNode();
        ArrayNode list = content.putArray("organisations");
        JsonNode existing = content(DraftSection.ORGANISATIONS).get("organisations");
        if (existing != null) {
            for (JsonNode organisation : existing) {
                String identifier = identifier(organisation);
                if (partners.removed().contains(identifier) && !isApplicant(organisation)) {
                    continue;
                }
                ObjectNode copy = (ObjectNode) organisation.deepCopy();
                String addedValue = partners.addedValues().get(identifier);
                if (addedValue != null) {
                    if (addedValue.isBlank()) {
                        copy.remove("addedValue");
                    } else {
                        copy.put("addedValue", addedValue);
                    }
                }
                list.add(copy);
            }
        }
        SectionEdit.Partner partner = partners.added();
        if (partner != null) {
            for (JsonNode organisation : list) {
                if (partner.oid().equals(identifier(organisation))) {
                    // Say so rather than "save" nothing: the person expected a new partner.
                    throw new PartnerAlreadyListed(partner.oid(), partner.legalName(), isApplicant(organisation));
                }
            }
            ObjectNode node = list.addObject();
            node.put("oid", partner.oid());
            node.put("legalName", partner.legalName());
            node.put("country", partner.country());
            node.put("city", partner.city());
            node.put("organisationType", partner.organisationType());
            node.put("role", "PARTNER");
            if (partner.echeCode() != null) {
                node.put("echeCode", partner.echeCode());
            }
        }
        return content;
    }

    private static ObjectNode declaration(SectionEdit.Declaring declaring) {
        ObjectNode content = DocumentJson.JSON.createObjectNode();
        if (declaring.accepted()) {
            ObjectNode declaration = content.putObject("declaration");
            declaration.put("accepted", true);
            declaration.put("signedBy", declaring.signedBy() == null ? "" : declaring.signedBy().trim());
        }
        return content;
    }

    /** An organisation's identifier in the document: its OID, or for older documents its PIC. */
    public static String identifier(JsonNode organisation) {
        String oid = organisation.path("oid").asString("");
        return oid.isEmpty() ? organisation.path("pic").asString("") : oid;
    }

    private static boolean isApplicant(JsonNode organisation) {
        return "APPLICANT".equals(organisation.path("role").asString(""));
    }

    private Map<DraftSection, ObjectNode> objects() {
        Map<DraftSection, ObjectNode> objects = new EnumMap<>(DraftSection.class);
        sections.forEach((section, state) -> objects.put(section, DocumentJson.object(state.content())));
        return objects;
    }

    /** Databases keep microseconds: a summary read back equals the one returned. */
    private static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

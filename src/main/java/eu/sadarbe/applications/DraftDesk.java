package eu.sadarbe.applications;

import org.springframework.context.i18n.LocaleContextHolder;

import eu.sadarbe.web.Mail;
import eu.sadarbe.web.Mails;
import eu.sadarbe.web.PublicSite;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.applications.DraftRefused.Reason;
import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.document.ApplicationDocumentReader;
import eu.sadarbe.applications.document.DocumentJson;
import eu.sadarbe.applications.document.Organisation;
import eu.sadarbe.applications.domain.ApplicationDraft;
import eu.sadarbe.applications.domain.ApplicationDraft.Author;
import eu.sadarbe.applications.domain.ApplicationDraftRepository;
import eu.sadarbe.applications.domain.DraftAccess;
import eu.sadarbe.applications.domain.DraftRow;
import eu.sadarbe.applications.domain.Editor;
import eu.sadarbe.calls.CallRoundId;
import eu.sadarbe.calls.CallRoundSummary;
import eu.sadarbe.calls.CallRounds;
import eu.sadarbe.calls.RuleBook;

/**
 * The drafting use cases: start a draft in an open round, save it whole (If-Match) or one section at a time
 * (never overwriting a newer section silently), invite partners, withdraw; every change goes to the history.
 */
@Service
public class DraftDesk {

    /** The most characters a description text may have; shown as the user types. */
    public static final int DESCRIPTION_LIMIT = 5000;
    /** The withdrawal reason's column: application_draft.withdrawal_reason. */
    public static final int WITHDRAWAL_REASON_LIMIT = ApplicationDraft.WITHDRAWAL_REASON_LIMIT;

    private final ApplicationDraftRepository store;
    private final DraftAccess access;
    private final ApplicationDocumentReader reader;
    private final CallRounds rounds;
    private final RuleBook ruleBook;
    private final AccountRegister accounts;
    private final Mails mails;
    private final PublicSite site;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DraftDesk(ApplicationDraftRepository store, DraftAccess access, ApplicationDocumentReader reader, CallRounds rounds,
              RuleBook ruleBook, AccountRegister accounts, Mails mails, PublicSite site,
              ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.store = store;
        this.access = access;
        this.reader = reader;
        this.rounds = rounds;
        this.ruleBook = ruleBook;
        this.accounts = accounts;
        this.mails = mails;
        this.site = site;
        this.clock = clock;
    }

    /**
     * Starts a draft from an application document in the given round, or, without one, in the open round of the
     * document's call year covering its action type with the soonest deadline.
     */
    @Transactional
    public ApplicationSummary start(AccountId by, String documentJson, @Nullable CallRoundId roundId) {
        ApplicationDocument document = read(documentJson);
        return start(by, documentJson, document, roundFor(document, roundId, clock.instant()), now());
    }

    private ApplicationSummary start(AccountId by, String documentJson, ApplicationDocument document,
                                     CallRoundSummary round, Instant now) {
        Organisation applicant = applicantOf(document);
        if (!access.oidsActedFor(by).contains(applicant.identifier())) {
            throw new DraftRefused(Reason.NOT_ACTING_FOR_APPLICANT, applicant.identifier());
        }
        ApplicationDraft draft = ApplicationDraft.start(ApplicationId.random(), round.id(), document,
                applicant.identifier(), applicant.country().value(),
                DocumentJson.split(DocumentJson.object(documentJson)), new Author(editor(by), true), now);
        return save(draft);
    }

    /** Replaces the whole draft (PUT with If-Match): only when it is still at {@code expectedVersion}. */
    @Transactional
    public ApplicationSummary replace(AccountId by, ApplicationId id, String documentJson, long expectedVersion) {
        ApplicationDraft draft = editable(by, id);
        draft.replace(documentJson, expectedVersion, author(by, draft), this::fits, clock);
        return save(draft);
    }

    /**
     * Saves one section on the version the editor started from. If someone saved it since, nothing is written
     * and {@link SectionConflict} carries both texts so the editor can choose.
     */
    @Transactional
    public ApplicationSummary saveSection(AccountId by, ApplicationId id, DraftSection section, ObjectNode content,
                                          long baseVersion) {
        return edit(by, id, section, new SectionEdit.Content(content), baseVersion);
    }

    /**
     * Changes one section as a form asks (its texts, context, priorities, partners or declaration) on the version
     * the editor started from; a newer version by someone else gives {@link SectionConflict}.
     */
    @Transactional
    public ApplicationSummary edit(AccountId by, ApplicationId id, DraftSection section, SectionEdit edit,
                                   long baseVersion) {
        if (section == DraftSection.ANNEXES) {
            throw new DraftRefused(Reason.ANNEXES_BY_UPLOAD);
        }
        ApplicationDraft draft = editable(by, id);
        draft.edit(section, edit, baseVersion, author(by, draft), this::fits, clock);
        return save(draft);
    }

    /** The section's content as the edit would leave it, nothing saved: what the editor typed, shown again. */
    @Transactional(readOnly = true)
    public String proposed(AccountId by, ApplicationId id, DraftSection section, SectionEdit edit) {
        viewable(by, id);
        return DocumentJson.JSON.writeValueAsString(store.read(id).orElseThrow().proposed(section, edit));
    }

    /** Adds an activity or cost line ({@code list} names the section's list) on the version the editor started from. */
    @Transactional
    public ApplicationSummary addLine(AccountId by, ApplicationId id, DraftSection section, String list,
                                      ObjectNode line, long baseVersion) {
        ApplicationDraft draft = editable(by, id);
        draft.addLine(section, list, line, baseVersion, author(by, draft), this::fits, clock);
        return save(draft);
    }

    /** Changes the activity or cost line at {@code index}. */
    @Transactional
    public ApplicationSummary changeLine(AccountId by, ApplicationId id, DraftSection section, String list, int index,
                                         ObjectNode line, long baseVersion) {
        ApplicationDraft draft = editable(by, id);
        draft.changeLine(section, list, index, line, baseVersion, author(by, draft), this::fits, clock);
        return save(draft);
    }

    /** Removes the activity or cost line at {@code index}. */
    @Transactional
    public ApplicationSummary removeLine(AccountId by, ApplicationId id, DraftSection section, String list, int index,
                                         long baseVersion) {
        ApplicationDraft draft = editable(by, id);
        draft.removeLine(section, list, index, baseVersion, author(by, draft), this::fits, clock);
        return save(draft);
    }

    /**
     * The whole document as it would be with this line added ({@code index} null) or changed, nothing saved: the
     * budget while a line is typed. Throws {@link MalformedDocument} when the line does not fit the document yet.
     */
    @Transactional(readOnly = true)
    public ApplicationDocument documentWithLine(AccountId by, ApplicationId id, DraftSection section, String list,
                                                @Nullable Integer index, ObjectNode line) {
        viewable(by, id);
        ApplicationDraft draft = store.read(id).orElseThrow();
        Map<DraftSection, ObjectNode> sections = DocumentJson.split(draft.document());
        sections.put(section, draft.withLine(section, list, index, line));
        return reader.read(DocumentJson.canonical(DocumentJson.assemble(sections)));
    }

    @Transactional(readOnly = true)
    public Map<DraftSection, SectionState> sections(AccountId by, ApplicationId id) {
        viewable(by, id);
        return store.sections(id);
    }

    /** The draft as the JSON application document v1, for download. */
    @Transactional(readOnly = true)
    public String export(AccountId by, ApplicationId id) {
        viewable(by, id);
        return DocumentJson.JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(DocumentJson.object(DocumentJson.canonical(ApplicationRegister.assembled(store, id))));
    }

    /**
     * The coordinator's side invites a user of a partner organisation by e-mail address. An address with an account
     * gets the access now; one without waits as an invitation until an account with it lists its applications. The
     * answer is the same for both, so that inviting never tells whether an address has an account (issue #12).
     */
    @Transactional
    public Invitation invite(AccountId by, ApplicationId id, String email, Access level) {
        DraftRow draft = coordinated(by, id);
        ApplicationDraft application = store.load(id).orElseThrow(() -> new ApplicationNotFound(id));
        String address = email.strip().toLowerCase(Locale.ROOT);
        if (!PLAUSIBLE_EMAIL.matcher(address).matches()) {
            throw new DraftRefused(Reason.INVALID_EMAIL, email.strip());
        }
        Optional<AccountSummary> invited = accounts.byEmail(address);
        if (invited.isPresent() && access.isCoordinator(invited.get().id(), draft)) {
            // The inviter acts for the applicant organisation and sees its users: this tells nothing new.
            throw new DraftRefused(Reason.ALREADY_COORDINATOR, invited.get().email());
        }
        application.invite(address, level, invited.map(AccountSummary::id).orElse(null), author(by, application),
                clock);
        save(application);
        mailInvitation(by, draft, address, level, invited);
        return new Invitation(address, level);
    }

    /**
     * The invited address hears of it by e-mail (issue #15), whether or not it has an account; without one, the
     * e-mail says to create one with this address, after which the access applies when it lists its applications.
     */
    private void mailInvitation(AccountId by, DraftRow draft, String address, Access level,
                                Optional<AccountSummary> invited) {
        Locale language = invited.map(account -> Locale.forLanguageTag(account.language()))
                .orElseGet(LocaleContextHolder::getLocale);
        mails.sendAfterCommit(Mail.to(address, language)
                .template("applications/mail/invitation", "applications.mail.invitation.subject")
                .with("inviter", accounts.displayName(by).orElse(""))
                .with("title", draft.title() == null || draft.title().isBlank() ? draft.actionType() : draft.title())
                .with("access", level.name())
                .with("link", invited.isPresent() ? site.link("/applications/{id}", draft.id()) : site.link("/applications"))
                .with("hasAccount", invited.isPresent())
                .with("signUp", site.link("/sign-up")));
    }

    /** Invitations to addresses that have no account yet, for everyone who may view the draft (issue #15). */
    @Transactional(readOnly = true)
    public List<Invitation> pendingInvitations(AccountId by, ApplicationId id) {
        viewable(by, id);
        return store.pendingInvitations(id);
    }

    /** The coordinator's side withdraws an invitation that no account has taken up yet (issue #15). */
    @Transactional
    public void revokeInvitation(AccountId by, ApplicationId id, String email) {
        DraftRow draft = coordinated(by, id);
        String address = email.strip().toLowerCase(Locale.ROOT);
        ApplicationDraft application = store.load(draft.id()).orElseThrow(() -> new ApplicationNotFound(id));
        if (application.revokeInvitation(address, author(by, application), clock)) {
            save(application);
        }
    }

    /** An address as people type it: something@domain.tld, no spaces, at most 254 characters. */
    private static final Pattern PLAUSIBLE_EMAIL = Pattern.compile("(?=.{3,254}$)[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

    @Transactional(readOnly = true)
    public List<Member> members(AccountId by, ApplicationId id) {
        viewable(by, id);
        return store.members(id).stream().flatMap(member -> accounts.byId(member.account()).stream()
                .map(account -> new Member(account.id(), account.email(), account.displayName(), member.access())))
                .sorted(Comparator.comparing(Member::email)).toList();
    }

    @Transactional
    public ApplicationSummary withdraw(AccountId by, ApplicationId id, String reason) {
        coordinated(by, id);
        ApplicationDraft draft = store.load(id).orElseThrow(() -> new ApplicationNotFound(id));
        draft.withdraw(reason, author(by, draft), clock);
        return save(draft);
    }

    @Transactional(readOnly = true)
    public List<DraftChange> history(AccountId by, ApplicationId id) {
        viewable(by, id);
        return store.history(id);
    }

    @Transactional(readOnly = true)
    public DraftOverview overview(AccountId by, ApplicationId id) {
        DraftRow draft = store.find(id).orElseThrow(() -> new ApplicationNotFound(id));
        DraftAccess.Rights rights = access.rightsOf(by, draft);
        if (!rights.mayView()) {
            throw new ApplicationNotFound(id);
        }
        return new DraftOverview(draft.toSummary(), draft.withdrawalReason(), rights.coordinator(),
                draft.status() != ApplicationStatus.WITHDRAWN && rights.mayEdit());
    }

    /** The annexes' references after an upload or removal, as a change of the ANNEXES section with its history. */
    ApplicationSummary writeAnnexes(AccountId by, ApplicationId id, ObjectNode content) {
        ApplicationDraft draft = editable(by, id);
        draft.referenceAnnexes(content, author(by, draft), clock);
        return save(draft);
    }

    void editableDraft(AccountId by, ApplicationId id) {
        editable(by, id);
    }

    DraftRow viewableDraft(AccountId by, ApplicationId id) {
        return viewable(by, id);
    }

    private ApplicationSummary save(ApplicationDraft draft) {
        store.save(draft);
        draft.takeEvents().forEach(events::publishEvent);
        return draft.summary();
    }

    private Author author(AccountId by, ApplicationDraft draft) {
        return new Author(editor(by), access.isCoordinator(by, draft.head()));
    }

    /** The document as JSON and as its parsed tree: read as v1, texts within their limit, still of its round. */
    private ApplicationDocument fits(String json, ObjectNode tree, DraftRow draft) {
        ApplicationDocument document = read(json, tree);
        checkStillFits(draft, document);
        return document;
    }

    private ApplicationDocument read(String json) {
        return read(json, DocumentJson.object(json));
    }

    /** The document, with its JSON tree already parsed by the caller (an autosave needs both, once each). */
    private ApplicationDocument read(String json, ObjectNode tree) {
        ApplicationDocument document = reader.read(json);
        JsonNode description = tree.get(DraftSection.DESCRIPTION);
        if (description != null && description.isObject()) {
            for (var field : description.properties()) {
                if (field.getValue().isString() && field.getValue().stringValue().length() > DESCRIPTION_LIMIT) {
                    throw new DraftRefused(Reason.TEXT_TOO_LONG, field.getKey(), String.valueOf(DESCRIPTION_LIMIT));
                }
            }
        }
        return document;
    }

    private CallRoundSummary roundFor(ApplicationDocument document, @Nullable CallRoundId roundId, Instant at) {
        String actionType = document.actionType().name();
        if (roundId == null) {
            return rounds.openNow().stream()
                    .filter(round -> round.callYear() == document.callYear() && round.covers(actionType))
                    .findFirst()
                    .orElseThrow(() -> new DraftRefused(Reason.NO_OPEN_ROUND, String.valueOf(document.callYear()),
                            actionType));
        }
        CallRoundSummary round = rounds.find(roundId)
                .filter(found -> found.isOpenAt(at))
                .orElseThrow(() -> new DraftRefused(Reason.ROUND_NOT_OPEN, roundId.toString()));
        if (round.callYear() != document.callYear()) {
            throw new DraftRefused(Reason.CALL_YEAR_NOT_OF_ROUND, String.valueOf(document.callYear()),
                    String.valueOf(round.callYear()));
        }
        if (!round.covers(actionType)) {
            throw new DraftRefused(Reason.ACTION_TYPE_NOT_IN_ROUND, actionType);
        }
        return round;
    }

    private Organisation applicantOf(ApplicationDocument document) {
        Organisation applicant = document.applicant().orElseThrow(() -> new DraftRefused(Reason.NO_APPLICANT));
        if (!ruleBook.parametersFor(document.callYear(), document.actionType().name())
                .isProgrammeCountry(applicant.country())) {
            throw new DraftRefused(Reason.APPLICANT_NOT_IN_PROGRAMME_COUNTRY, applicant.country().value());
        }
        return applicant;
    }

    /** A saved draft stays in its round and with its applicant; the round must still cover the action type. */
    private void checkStillFits(DraftRow draft, ApplicationDocument document) {
        Organisation applicant = applicantOf(document);
        if (!Objects.equals(applicant.identifier(), draft.applicantOid())) {
            throw new DraftRefused(Reason.APPLICANT_CHANGED, draft.applicantOid());
        }
        CallRoundSummary round = rounds.find(draft.round()).orElseThrow();
        if (round.callYear() != document.callYear()) {
            throw new DraftRefused(Reason.CALL_YEAR_NOT_OF_ROUND, String.valueOf(document.callYear()),
                    String.valueOf(round.callYear()));
        }
        if (!round.covers(document.actionType().name())) {
            throw new DraftRefused(Reason.ACTION_TYPE_NOT_IN_ROUND, document.actionType().name());
        }
    }

    private DraftRow viewable(AccountId by, ApplicationId id) {
        return store.find(id).filter(draft -> access.mayView(by, draft))
                .orElseThrow(() -> new ApplicationNotFound(id));
    }

    private ApplicationDraft editable(AccountId by, ApplicationId id) {
        ApplicationDraft draft = store.load(id).orElseThrow(() -> new ApplicationNotFound(id));
        DraftAccess.Rights rights = access.rightsOf(by, draft.head());
        if (!rights.mayView()) {
            throw new ApplicationNotFound(id);
        }
        if (draft.head().status() == ApplicationStatus.WITHDRAWN) {
            throw new ApplicationWithdrawn(id);
        }
        if (!rights.mayEdit()) {
            throw new NotAllowedToEdit(id);
        }
        return draft;
    }

    private DraftRow coordinated(AccountId by, ApplicationId id) {
        DraftRow draft = viewable(by, id);
        if (!access.isCoordinator(by, draft)) {
            throw new NotAllowedToEdit(id);
        }
        return draft;
    }

    /** Databases keep microseconds: a summary read back equals the one returned. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private Editor editor(AccountId by) {
        return new Editor(by, accounts.displayName(by).orElse(by.toString()));
    }
}

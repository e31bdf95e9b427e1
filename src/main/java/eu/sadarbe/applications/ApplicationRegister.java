package eu.sadarbe.applications;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ObjectNode;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.document.ApplicationDocumentReader;
import eu.sadarbe.applications.document.DocumentJson;
import eu.sadarbe.applications.domain.AnnexRepository;
import eu.sadarbe.applications.domain.ApplicationDraft;
import eu.sadarbe.applications.domain.ApplicationDraftRepository;
import eu.sadarbe.applications.domain.DraftAccess;
import eu.sadarbe.applications.domain.DraftRow;

/**
 * What other modules ask about drafts: find one, list those an account may see, read it as the application
 * document v1, and freeze exactly one version of it for submission.
 */
@Service
public class ApplicationRegister {

    private final ApplicationDraftRepository store;
    private final DraftAccess access;
    private final ApplicationDocumentReader reader;
    private final AnnexRepository annexes;
    private final AccountRegister accounts;

    ApplicationRegister(ApplicationDraftRepository store, DraftAccess access, ApplicationDocumentReader reader,
                        AnnexRepository annexes, AccountRegister accounts) {
        this.store = store;
        this.access = access;
        this.reader = reader;
        this.annexes = annexes;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public Optional<ApplicationSummary> find(ApplicationId id) {
        return store.find(id).map(DraftRow::toSummary);
    }

    /**
     * The drafts the account may view: of the organisations it acts for, and those it was invited to — including
     * invitations sent to its address before it had an account, which it takes up here.
     */
    @Transactional
    public List<ApplicationSummary> actingFor(AccountId account) {
        accounts.byId(account).ifPresent(summary -> store.takeUpInvitations(account, summary.email()));
        return store.visibleTo(account, access.oidsActedFor(account)).stream().map(DraftRow::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public boolean mayView(AccountId account, ApplicationId id) {
        return store.find(id).map(draft -> access.mayView(account, draft)).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean mayEdit(AccountId account, ApplicationId id) {
        return store.find(id).map(draft -> draft.status() != ApplicationStatus.WITHDRAWN
                && access.mayEdit(account, draft)).orElse(false);
    }

    /**
     * The declaration of honour as signed now: ticked, with a name, by someone who still acts for the applicant
     * organisation. Submission reads it in its own transaction, after freezing the draft.
     */
    @Transactional(readOnly = true)
    public Optional<Declaration> declaration(ApplicationId id) {
        return signedDeclaration(id).filter(declaration -> declaration.covers(currentDigest(id)));
    }

    @Transactional(readOnly = true)
    public boolean declarationMade(ApplicationId id) {
        return declaration(id).isPresent();
    }

    /**
     * Whether a declaration was signed, but for an earlier version of the document: a change since voided it and
     * it must be signed again (issue 12).
     */
    @Transactional(readOnly = true)
    public boolean declarationOutdated(ApplicationId id) {
        return signedDeclaration(id).filter(declaration -> !declaration.covers(currentDigest(id))).isPresent();
    }

    /**
     * When the declaration of honour was signed (issue 17): the time of the latest change of the DECLARATION section,
     * at or before {@code until} (the submission), that left it signed, from the section's history; empty when the
     * history does not show it.
     */
    @Transactional(readOnly = true)
    public Optional<java.time.Instant> declarationSignedAt(ApplicationId id, java.time.Instant until) {
        return store.history(id).stream()
                .filter(change -> DraftSection.DECLARATION.name().equals(change.section()))
                .filter(change -> !change.changedAt().isAfter(until))
                .filter(change -> change.after() != null && Declaration.in(change.after()).isPresent())
                .map(DraftChange::changedAt).max(java.util.Comparator.naturalOrder());
    }

    private Optional<Declaration> signedDeclaration(ApplicationId id) {
        DraftRow draft = store.find(id).orElseThrow(() -> new ApplicationNotFound(id));
        SectionState section = store.sections(id).get(DraftSection.DECLARATION);
        return Optional.ofNullable(section).flatMap(state -> Declaration.in(state.content()))
                .filter(declaration -> access.isCoordinator(declaration.signer(), draft));
    }

    private String currentDigest(ApplicationId id) {
        Map<DraftSection, ObjectNode> sections = new java.util.EnumMap<>(DraftSection.class);
        store.sections(id).forEach((section, state) -> sections.put(section, DocumentJson.object(state.content())));
        return DocumentJson.digestWithoutDeclaration(sections);
    }

    /** The current draft as the application document v1. */
    @Transactional(readOnly = true)
    public ApplicationDocument document(ApplicationId id) {
        store.find(id).orElseThrow(() -> new ApplicationNotFound(id));
        return reader.read(canonicalJson(id));
    }

    /** The current draft as canonical JSON (stable field order, no insignificant whitespace). */
    @Transactional(readOnly = true)
    public String canonicalJson(ApplicationId id) {
        return DocumentJson.canonical(assembled(store, id));
    }

    /**
     * Freezes the current version for submission: in the caller's transaction, reads the draft at exactly
     * {@code expectedVersion} (throws {@link ApplicationChanged} when it moved on, {@link ApplicationWithdrawn}
     * when withdrawn), marks it SUBMITTED (it stays editable until the deadline; a later edit needs a
     * resubmission) and its annexes as named by a submission, and returns the canonical JSON that submission hashes.
     */
    @Transactional
    public FrozenApplication freeze(ApplicationId id, long expectedVersion) {
        ApplicationDraft draft = store.load(id).orElseThrow(() -> new ApplicationNotFound(id));
        draft.submit(expectedVersion);
        String canonical = DocumentJson.canonical(draft.document());
        ApplicationDocument document = reader.read(canonical);
        store.save(draft);
        annexes.markSubmitted(id);
        return new FrozenApplication(draft.summary(), document, canonical);
    }

    static ObjectNode assembled(ApplicationDraftRepository store, ApplicationId id) {
        Map<DraftSection, ObjectNode> sections = new java.util.EnumMap<>(DraftSection.class);
        store.sections(id).forEach((section, state) -> sections.put(section, DocumentJson.object(state.content())));
        return DocumentJson.assemble(sections);
    }
}

package eu.sadarbe.applications;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.applications.DraftRefused.Reason;
import eu.sadarbe.applications.document.DocumentJson;
import eu.sadarbe.applications.domain.AnnexRepository;
import eu.sadarbe.applications.domain.ApplicationDraftRepository;
import eu.sadarbe.applications.domain.Editor;

/**
 * Annexes of a draft: each partner organisation's mandate for the coordinator and other annexes, as PDF files
 * checked by their content. The bytes stay in the annex table; the ANNEXES section references them (id,
 * organisation, kind, file name, size, SHA-256), so the frozen document names exact files. Editors upload and
 * remove while the draft is editable; whoever may view it downloads; every change goes to the history.
 */
@Service
public class ApplicationAnnexes {

    private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final int FILE_NAME_LIMIT = 150;

    private final DraftDesk drafting;
    private final ApplicationDraftRepository drafts;
    private final AnnexRepository annexes;
    private final AccountRegister accounts;
    private final AnnexSettings settings;
    private final Clock clock;

    ApplicationAnnexes(DraftDesk drafting, ApplicationDraftRepository drafts, AnnexRepository annexes,
                       AccountRegister accounts, AnnexSettings settings, Clock clock) {
        this.drafting = drafting;
        this.drafts = drafts;
        this.annexes = annexes;
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
    }

    /** The settings: largest file, and the quota of one application. */
    public AnnexSettings settings() {
        return settings;
    }

    /** The largest file accepted, in bytes. */
    public long maxFileSize() {
        return settings.maxFileSize().toBytes();
    }

    /**
     * Uploads a PDF: a partner organisation's mandate (replacing its earlier one) or, without organisation, another
     * annex. Refused when empty, larger than the limit, not a PDF by its content, or for an organisation that is
     * not a partner of the draft.
     */
    @Transactional
    public Annex upload(AccountId by, ApplicationId id, AnnexKind kind, @Nullable String organisation,
                        @Nullable String fileName, byte[] content) {
        drafting.editableDraft(by, id);
        if (content.length == 0) {
            throw new DraftRefused(Reason.ANNEX_EMPTY);
        }
        if (content.length > maxFileSize()) {
            throw new DraftRefused(Reason.ANNEX_TOO_LARGE, String.valueOf(settings.maxFileSize().toMegabytes()));
        }
        if (content.length < PDF_SIGNATURE.length
                || !Arrays.equals(content, 0, PDF_SIGNATURE.length, PDF_SIGNATURE, 0, PDF_SIGNATURE.length)) {
            throw new DraftRefused(Reason.ANNEX_NOT_PDF, sanitised(fileName));
        }
        String partner = kind == AnnexKind.MANDATE ? partner(id, organisation) : null;
        List<Annex> replaced = annexes.current(id).stream()
                .filter(annex -> partner != null && partner.equals(annex.organisation())).toList();
        withinQuota(id, replaced, content.length);
        switch (PdfContent.of(content)) {
            case NOT_A_PDF -> throw new DraftRefused(Reason.ANNEX_NOT_PDF, sanitised(fileName));
            case ACTIVE_CONTENT -> throw new DraftRefused(Reason.ANNEX_ACTIVE_CONTENT, sanitised(fileName));
            case PDF -> { }
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Editor editor = editor(by);
        replaced.forEach(earlier -> annexes.remove(id, earlier.id(), now));
        Annex annex = new Annex(UUID.randomUUID(), partner, kind, sanitised(fileName), content.length,
                sha256(content), editor.name(), now);
        annexes.insert(id, annex, content, editor);
        drafting.writeAnnexes(by, id, references(id));
        return annex;
    }

    /** The application's quota: at most so many annexes, of at most so many megabytes together. */
    private void withinQuota(ApplicationId id, List<Annex> replaced, long newSize) {
        List<Annex> kept = annexes.current(id).stream().filter(annex -> !replaced.contains(annex)).toList();
        if (kept.size() + 1 > settings.maxCount()) {
            throw new DraftRefused(Reason.ANNEX_TOO_MANY, String.valueOf(settings.maxCount()));
        }
        long total = kept.stream().mapToLong(Annex::size).sum() + newSize;
        if (total > settings.maxTotalSize().toBytes()) {
            throw new DraftRefused(Reason.ANNEX_QUOTA_EXCEEDED, String.valueOf(settings.maxTotalSize().toMegabytes()));
        }
    }

    /**
     * Removes an annex from the draft while it is editable. Its bytes stay only while a submission names it;
     * an annex never submitted is deleted at once.
     */
    @Transactional
    public void remove(AccountId by, ApplicationId id, UUID annex) {
        drafting.editableDraft(by, id);
        if (!annexes.remove(id, annex, clock.instant().truncatedTo(ChronoUnit.MICROS))) {
            throw new ApplicationNotFound(id);
        }
        drafting.writeAnnexes(by, id, references(id));
    }

    @Transactional(readOnly = true)
    public List<Annex> annexes(AccountId by, ApplicationId id) {
        drafting.viewableDraft(by, id);
        return annexes.current(id);
    }

    /** An annex with its bytes, for someone who may view the draft; also one removed since a submission named it. */
    @Transactional(readOnly = true)
    public AnnexFile file(AccountId by, ApplicationId id, UUID annex) {
        drafting.viewableDraft(by, id);
        return annexes.file(id, annex).orElseThrow(() -> new ApplicationNotFound(id));
    }

    /** Every partner organisation (not the applicant) and its mandate, in the order of the organisations section. */
    @Transactional(readOnly = true)
    public List<PartnerMandate> mandates(ApplicationId id) {
        List<Annex> current = annexes.current(id);
        List<PartnerMandate> mandates = new ArrayList<>();
        for (JsonNode organisation : organisations(id)) {
            String identifier = identifier(organisation);
            mandates.add(new PartnerMandate(identifier, organisation.path("legalName").asString(""),
                    current.stream().filter(annex -> annex.kind() == AnnexKind.MANDATE
                            && identifier.equals(annex.organisation())).findFirst()));
        }
        return mandates;
    }

    private String partner(ApplicationId id, @Nullable String organisation) {
        String wanted = organisation == null ? "" : organisation.strip();
        for (JsonNode partner : organisations(id)) {
            if (identifier(partner).equals(wanted)) {
                return wanted;
            }
        }
        throw new DraftRefused(Reason.ANNEX_NOT_A_PARTNER, wanted);
    }

    private List<JsonNode> organisations(ApplicationId id) {
        SectionState section = drafts.sections(id).get(DraftSection.ORGANISATIONS);
        List<JsonNode> partners = new ArrayList<>();
        if (section != null) {
            DocumentJson.object(section.content()).path("organisations").forEach(organisation -> {
                if (!"APPLICANT".equals(organisation.path("role").asString("")) && !identifier(organisation).isEmpty()) {
                    partners.add(organisation);
                }
            });
        }
        return partners;
    }

    private ObjectNode references(ApplicationId id) {
        ObjectNode content = DocumentJson.JSON.createObjectNode();
        List<Annex> current = annexes.current(id);
        if (current.isEmpty()) {
            return content;
        }
        ArrayNode list = content.putArray("annexes");
        for (Annex annex : current) {
            ObjectNode reference = list.addObject();
            reference.put("id", annex.id().toString());
            if (annex.organisation() != null) {
                reference.put("organisation", annex.organisation());
            }
            reference.put("kind", annex.kind().name());
            reference.put("fileName", annex.fileName());
            reference.put("size", annex.size());
            reference.put("sha256", annex.sha256());
        }
        return content;
    }

    /** The name without folders, control or unusual characters, at most 150 characters, ending in .pdf. */
    static String sanitised(@Nullable String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[^\\p{L}\\p{N} ._()-]", "_").replaceAll("\\s+", " ").strip();
        name = name.replaceAll("^[.\\s]+", "");
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            name = name + ".pdf";
        }
        if (name.length() > FILE_NAME_LIMIT) {
            name = name.substring(0, FILE_NAME_LIMIT - 4) + ".pdf";
        }
        return name.equals(".pdf") ? "annex.pdf" : name;
    }

    private static String identifier(JsonNode organisation) {
        String oid = organisation.path("oid").asString("");
        return oid.isEmpty() ? organisation.path("pic").asString("") : oid;
    }

    private Editor editor(AccountId by) {
        return new Editor(by, accounts.byId(by).map(AccountSummary::displayName).orElse(by.toString()));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

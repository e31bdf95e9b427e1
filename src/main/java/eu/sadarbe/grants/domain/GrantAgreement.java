package eu.sadarbe.grants.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.budget.BudgetCategory;
import eu.sadarbe.grants.AgreementAmended;
import eu.sadarbe.grants.AgreementEnteredIntoForce;
import eu.sadarbe.grants.BankAccountChanged;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.grants.PaymentScheme;

/**
 * The grant agreement between a National Agency and a beneficiary (rules file section 6): prepared by the agency's
 * officer from a final selection, signed by the beneficiary's legal representative first and by the agency last,
 * in force from the last signature; amended at the coordinator's request with the officer's approval. It guards
 * its states and registers the events payments listen to; {@link GrantAgreementRepository} stores it.
 */
public class GrantAgreement {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final GrantAgreementId id;
    private final Preparation preparation;
    private final String preparedBy;
    private final Instant preparedAt;
    private AgreementStatus status;
    private @Nullable String pdfSha256;
    private @Nullable LocalDate enteredIntoForceOn;
    private final List<AgreementTerms> versions;
    private final List<Amendment> amendments;
    private final List<Signature> signatures;
    private final List<AuditEntry> audit;
    private final List<Object> events = new ArrayList<>();
    private int rowVersion;

    GrantAgreement(GrantAgreementId id, Preparation preparation, String preparedBy, Instant preparedAt,
                   AgreementStatus status, @Nullable String pdfSha256, @Nullable LocalDate enteredIntoForceOn,
                   List<AgreementTerms> versions, List<Amendment> amendments, List<Signature> signatures,
                   List<AuditEntry> audit) {
        this.id = id;
        this.preparation = preparation;
        this.preparedBy = preparedBy;
        this.preparedAt = preparedAt;
        this.status = status;
        this.pdfSha256 = pdfSha256;
        this.enteredIntoForceOn = enteredIntoForceOn;
        this.versions = new ArrayList<>(versions);
        this.amendments = new ArrayList<>(amendments);
        this.signatures = new ArrayList<>(signatures);
        this.audit = new ArrayList<>(audit);
    }

    /** The officer prepares the agreement; it awaits the beneficiary's signature. */
    public static GrantAgreement prepare(Preparation preparation, String officer, Instant at) {
        if (preparation.amounts().values().stream().anyMatch(amount -> amount.signum() < 0)
                || preparation.amounts().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).signum() <= 0) {
            throw new GrantRefused("grants.refused.nothingAwarded", "R-AWD-05");
        }
        if (preparation.durationMonths() <= 0) {
            throw new GrantRefused("grants.refused.duration", "R-ELIG-06");
        }
        if (preparation.legalRepresentative().isBlank()) {
            throw new GrantRefused("grants.refused.legalRepresentative", null);
        }
        LocalDate end = preparation.projectStart().plusMonths(preparation.durationMonths()).minusDays(1);
        AgreementTerms first = new AgreementTerms(1, preparation.partners(), end, preparation.amounts(),
                preparation.account());
        GrantAgreement agreement = new GrantAgreement(new GrantAgreementId(UUID.randomUUID()), preparation, officer,
                at, AgreementStatus.AWAITING_BENEFICIARY, null, null, List.of(first), List.of(), List.of(),
                List.of());
        agreement.audit.add(new AuditEntry(at, officer, "prepared", preparation.number() + " · "
                + first.total().toPlainString() + " EUR · " + preparation.scheme().name()));
        return agreement;
    }

    /** The PDF the parties sign was rendered from this agreement; its digest is what the beneficiary accepts. */
    public void documentIssued(String sha256) {
        if (status != AgreementStatus.AWAITING_BENEFICIARY || !signatures.isEmpty()) {
            throw new GrantRefused("grants.refused.alreadySigned", null);
        }
        this.pdfSha256 = sha256;
    }

    /**
     * The beneficiary's legal representative signs: either accepts the exact PDF in Sadarbe (the digest of what
     * they saw must be the agreement's), or uploads it signed with a qualified electronic signature.
     */
    public void signByBeneficiary(Signature.Method method, String name, String email, String sha256, Instant at) {
        if (status != AgreementStatus.AWAITING_BENEFICIARY) {
            throw new GrantRefused("grants.refused.notAwaitingBeneficiary", null);
        }
        requireDocument(method, sha256, pdfSha256);
        signatures.add(new Signature(1, Signature.Signer.BENEFICIARY, method, name, email, at, sha256));
        status = AgreementStatus.AWAITING_AGENCY;
        audit.add(new AuditEntry(at, email, "signedByBeneficiary." + method.name(), name + " · SHA-256 " + sha256));
    }

    /** The agency signs last: the agreement enters into force on that day in Brussels (section 6). */
    public void signByAgency(String name, String email, Instant at) {
        if (status == AgreementStatus.AWAITING_BENEFICIARY) {
            throw new GrantRefused("grants.refused.beneficiaryFirst", null);
        }
        if (status == AgreementStatus.IN_FORCE) {
            throw new GrantRefused("grants.refused.alreadyInForce", null);
        }
        signatures.add(new Signature(1, Signature.Signer.AGENCY, Signature.Method.ACCEPTANCE, name, email, at,
                String.valueOf(pdfSha256)));
        status = AgreementStatus.IN_FORCE;
        enteredIntoForceOn = at.atZone(BRUSSELS).toLocalDate();
        audit.add(new AuditEntry(at, email, "signedByAgency", name));
        audit.add(new AuditEntry(at, email, "inForce", enteredIntoForceOn.toString()));
        AgreementTerms terms = current();
        events.add(new AgreementEnteredIntoForce(id, preparation.number(), preparation.applicationId(),
                preparation.applicationNumber(), preparation.agencyCode(), preparation.actionType(),
                preparation.callYear(), preparation.scheme(), terms.total(), enteredIntoForceOn,
                preparation.projectStart(), terms.projectEnd(), preparation.beneficiary().legalName(),
                preparation.beneficiary().organisationId(), terms.account().iban(), terms.account().bic()));
    }

    /**
     * The coordinator asks for an amendment; only an agreement in force is amended, one amendment at a time. The
     * proposed terms are checked here: a partner joins with its mandate, an extension stays cost-neutral within the
     * maximum duration (R-ELIG-06), a transfer goes only into a category with something awarded and within the
     * limit (R-BUD-01). {@code findings} are what the eligibility check found on the amended consortium.
     */
    public Amendment requestAmendment(AmendmentRequest request, AmendmentLimits limits, List<String> findings,
                                      String email, Instant at) {
        if (status != AgreementStatus.IN_FORCE) {
            throw new GrantRefused("grants.refused.notInForce", null);
        }
        if (openAmendment().isPresent()) {
            throw new GrantRefused("grants.refused.amendmentOpen", null);
        }
        AgreementTerms terms = current();
        List<Party> partners = new ArrayList<>(terms.partners());
        LocalDate end = terms.projectEnd();
        Map<BudgetCategory, BigDecimal> amounts = new EnumMap<>(terms.amounts());
        BankAccount account = terms.account();
        String summary;
        if (request instanceof AmendmentRequest.PartnerJoins joins) {
                Party partner = joins.partner();
                if (partner.organisationId().isBlank() || partner.legalName().isBlank()) {
                    throw new GrantRefused("grants.refused.partnerIncomplete", null);
                }
                if (terms.partner(partner.organisationId()).isPresent()
                        || partner.organisationId().equals(preparation.beneficiary().organisationId())) {
                    throw new GrantRefused("grants.refused.partnerAlready", null, partner.organisationId());
                }
                if (!partner.mandate()) {
                    throw new GrantRefused("grants.refused.mandate", null);
                }
                partners.add(partner);
                summary = partner.legalName() + " (" + partner.organisationId() + ", " + partner.country() + ")";
        } else if (request instanceof AmendmentRequest.PartnerWithdraws withdraws) {
                Party partner = terms.partner(withdraws.organisationId()).orElseThrow(() ->
                        new GrantRefused("grants.refused.noSuchPartner", null, withdraws.organisationId()));
                partners.remove(partner);
                summary = partner.legalName() + " (" + partner.organisationId() + ")";
        } else if (request instanceof AmendmentRequest.EndDateExtended extended) {
                if (!extended.projectEnd().isAfter(terms.projectEnd())) {
                    throw new GrantRefused("grants.refused.endNotLater", null, terms.projectEnd());
                }
                long months = ChronoUnit.MONTHS.between(preparation.projectStart(),
                        extended.projectEnd().plusDays(1));
                boolean partMonth = !preparation.projectStart().plusMonths(months)
                        .equals(extended.projectEnd().plusDays(1));
                if (months + (partMonth ? 1 : 0) > limits.maximumDurationMonths()) {
                    throw new GrantRefused("grants.refused.tooLong", "R-ELIG-06", limits.maximumDurationMonths());
                }
                end = extended.projectEnd();
                summary = terms.projectEnd() + " → " + end;
        } else if (request instanceof AmendmentRequest.BudgetTransfer transfer) {
                BigDecimal amount = transfer.amount().setScale(2, RoundingMode.HALF_UP);
                if (amount.signum() <= 0 || transfer.from() == transfer.to()) {
                    throw new GrantRefused("grants.refused.transferAmount", "R-BUD-01");
                }
                if (terms.amount(transfer.to()).signum() <= 0) {
                    throw new GrantRefused("grants.refused.transferIntoNothing", "R-BUD-01");
                }
                BigDecimal original = versions.get(0).amount(transfer.from());
                BigDecimal limit = original.multiply(limits.transferLimitShare()).setScale(2, RoundingMode.DOWN);
                BigDecimal movedBefore = versions.get(0).amount(transfer.from())
                        .subtract(terms.amount(transfer.from())).max(BigDecimal.ZERO);
                if (movedBefore.add(amount).compareTo(limit) > 0 || amount.compareTo(terms.amount(transfer.from())) > 0) {
                    throw new GrantRefused("grants.refused.transferLimit", "R-BUD-01", limit);
                }
                amounts.put(transfer.from(), terms.amount(transfer.from()).subtract(amount));
                amounts.put(transfer.to(), terms.amount(transfer.to()).add(amount));
                summary = transfer.from().name() + " → " + transfer.to().name() + ": " + amount.toPlainString();
        } else {
            AmendmentRequest.BankAccountChange change = (AmendmentRequest.BankAccountChange) request;
                if (change.account().equals(terms.account())) {
                    throw new GrantRefused("grants.refused.sameAccount", null);
                }
                account = change.account();
                summary = account.ibanPrinted() + " · " + account.bic();
        }
        Amendment amendment = new Amendment(terms.version() + 1, request.kind(), Amendment.Status.AWAITING_BENEFICIARY,
                summary, terms.next(partners, end, amounts, account), findings, email, at, "", null, null, null);
        amendments.add(amendment);
        audit.add(new AuditEntry(at, email, "amendmentRequested." + request.kind().name(), summary));
        return amendment;
    }

    /** The amendment's PDF was rendered: the beneficiary signs this exact document. */
    public void amendmentDocumentIssued(int version, String sha256) {
        Amendment amendment = amendment(version);
        if (amendment.status() != Amendment.Status.AWAITING_BENEFICIARY) {
            throw new GrantRefused("grants.refused.alreadySigned", null);
        }
        replace(amendment.withPdf(sha256));
    }

    public void signAmendmentByBeneficiary(int version, Signature.Method method, String name, String email,
                                           String sha256, Instant at) {
        Amendment amendment = amendment(version);
        if (amendment.status() != Amendment.Status.AWAITING_BENEFICIARY) {
            throw new GrantRefused("grants.refused.notAwaitingBeneficiary", null);
        }
        requireDocument(method, sha256, amendment.pdfSha256());
        signatures.add(new Signature(version, Signature.Signer.BENEFICIARY, method, name, email, at, sha256));
        replace(amendment.with(Amendment.Status.AWAITING_AGENCY, null, null, null));
        audit.add(new AuditEntry(at, email, "amendmentSignedByBeneficiary." + method.name(),
                version + " · " + name + " · SHA-256 " + sha256));
    }

    /** The officer approves (the agency's signature, given last): the amendment's version is now the agreement's. */
    public void approveAmendment(int version, String name, String email, Instant at) {
        Amendment amendment = amendment(version);
        if (amendment.status() == Amendment.Status.AWAITING_BENEFICIARY) {
            throw new GrantRefused("grants.refused.beneficiaryFirst", null);
        }
        if (amendment.status() != Amendment.Status.AWAITING_AGENCY) {
            throw new GrantRefused("grants.refused.amendmentDecided", null);
        }
        signatures.add(new Signature(version, Signature.Signer.AGENCY, Signature.Method.ACCEPTANCE, name, email, at,
                amendment.pdfSha256()));
        replace(amendment.with(Amendment.Status.APPROVED, email, at, null));
        AgreementTerms before = current();
        versions.add(amendment.proposed());
        audit.add(new AuditEntry(at, email, "amendmentApproved." + amendment.kind().name(),
                version + " · " + amendment.summary()));
        AgreementTerms after = current();
        events.add(new AgreementAmended(id, after.version(), amendment.kind().name(), after.total(), after.projectEnd(),
                at));
        if (!before.account().equals(after.account())) {
            events.add(new BankAccountChanged(id, after.account().iban(), after.account().bic(), at));
        }
    }

    public void rejectAmendment(int version, String reason, String email, Instant at) {
        Amendment amendment = amendment(version);
        if (!amendment.open()) {
            throw new GrantRefused("grants.refused.amendmentDecided", null);
        }
        if (reason.isBlank()) {
            throw new GrantRefused("grants.refused.reason", null);
        }
        replace(amendment.with(Amendment.Status.REJECTED, email, at, reason));
        audit.add(new AuditEntry(at, email, "amendmentRejected." + amendment.kind().name(), version + " · " + reason));
    }

    private static void requireDocument(Signature.Method method, String sha256, @Nullable String issued) {
        if (issued == null || issued.isEmpty()) {
            throw new GrantRefused("grants.refused.noDocument", null);
        }
        if (method == Signature.Method.ACCEPTANCE && !issued.equals(sha256)) {
            throw new GrantRefused("grants.refused.otherDocument", null);
        }
    }

    private void replace(Amendment amendment) {
        for (int index = 0; index < amendments.size(); index++) {
            if (amendments.get(index).version() == amendment.version() && amendments.get(index).open()) {
                amendments.set(index, amendment);
                return;
            }
        }
    }

    public Amendment amendment(int version) {
        return amendments.stream().filter(amendment -> amendment.version() == version && amendment.open())
                .findFirst()
                .or(() -> amendments.stream().filter(amendment -> amendment.version() == version)
                        .reduce((first, second) -> second))
                .orElseThrow(() -> new GrantRefused("grants.refused.noSuchAmendment", null, version));
    }

    public Optional<Amendment> openAmendment() {
        return amendments.stream().filter(Amendment::open).findFirst();
    }

    /** The terms in force: the last approved version. */
    public AgreementTerms current() {
        return versions.get(versions.size() - 1);
    }

    void loaded(int version) {
        this.rowVersion = version;
    }

    int loadedRowVersion() {
        return rowVersion;
    }

    /** Events registered since the agreement was loaded, for the service to publish after saving. */
    public List<Object> takeEvents() {
        List<Object> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    public GrantAgreementId id() {
        return id;
    }

    public Preparation preparation() {
        return preparation;
    }

    public String preparedBy() {
        return preparedBy;
    }

    public Instant preparedAt() {
        return preparedAt;
    }

    public AgreementStatus status() {
        return status;
    }

    public @Nullable String pdfSha256() {
        return pdfSha256;
    }

    public @Nullable LocalDate enteredIntoForceOn() {
        return enteredIntoForceOn;
    }

    public LocalDate projectStart() {
        return preparation.projectStart();
    }

    public List<AgreementTerms> versions() {
        return List.copyOf(versions);
    }

    public List<Amendment> amendments() {
        return List.copyOf(amendments);
    }

    public List<Signature> signatures() {
        return List.copyOf(signatures);
    }

    public List<AuditEntry> audit() {
        return List.copyOf(audit);
    }
}

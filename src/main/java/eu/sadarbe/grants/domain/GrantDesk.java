package eu.sadarbe.grants.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.applications.ApplicationRegister;
import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.document.Organisation;
import eu.sadarbe.applications.document.OrganisationRole;
import eu.sadarbe.budget.BudgetCategory;
import eu.sadarbe.budget.Budgeting;
import eu.sadarbe.calls.Figure;
import eu.sadarbe.calls.FigureStatus;
import eu.sadarbe.calls.Finding;
import eu.sadarbe.calls.NationalAgency;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.calls.RuleBook;
import eu.sadarbe.calls.RuleFigure;
import eu.sadarbe.calls.RuleParameters;
import eu.sadarbe.eligibility.EligibilityCheck;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.grants.PaymentScheme;
import eu.sadarbe.selection.SelectedProject;
import eu.sadarbe.selection.SelectedProjects;
import eu.sadarbe.shared.CountryCode;
import eu.sadarbe.shared.OrganisationType;
import eu.sadarbe.submission.SubmittedApplication;
import eu.sadarbe.submission.SubmittedApplications;

/**
 * The use cases of grant agreements, for the pages, the API and the demo: the officer prepares agreements from final
 * selections and signs last; the coordinator's legal representative signs and asks for amendments; the officer
 * decides them. Every call checks who may do it: only the project's organisations and its agency's officers read
 * or change an agreement. Events the agreement registers are published after it is saved, in the same transaction.
 */
@Service
public class GrantDesk {

    static final String KA229 = "KA229";

    private final GrantAgreementRepository agreements;
    private final SelectedProjects selections;
    private final SubmittedApplications submitted;
    private final ApplicationRegister applications;
    private final Budgeting budgeting;
    private final RuleBook rules;
    private final ReferenceData reference;
    private final EligibilityCheck eligibility;
    private final AgreementPdf pdfs;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GrantDesk(GrantAgreementRepository agreements, SelectedProjects selections, SubmittedApplications submitted,
              ApplicationRegister applications, Budgeting budgeting, RuleBook rules, ReferenceData reference,
              EligibilityCheck eligibility, AgreementPdf pdfs, MessageSource messages,
              ApplicationEventPublisher events, Clock clock) {
        this.agreements = agreements;
        this.selections = selections;
        this.submitted = submitted;
        this.applications = applications;
        this.budgeting = budgeting;
        this.rules = rules;
        this.reference = reference;
        this.eligibility = eligibility;
        this.pdfs = pdfs;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** A final selection of the officer's agency that has no agreement yet, with the beneficiaries to enter. */
    public record Preparable(SelectedProject selection, String title, List<Organisation> beneficiaries) {
    }

    /** How many of the selections without an agreement the portfolio lists (issue 21). */
    public static final int PREPARABLE_SHOWN = 50;

    /**
     * The officer's agency's final selections still without an agreement: the first {@link #PREPARABLE_SHOWN} by
     * round and number, with their titles and beneficiaries read from their applications, and how many there are.
     * Which selections have an agreement is asked in one query; only the applications shown are read.
     */
    @Transactional(readOnly = true)
    public PreparableSelections preparable(SignedInUser officer) {
        List<SelectedProject> open = withoutAgreement(selections.ofAgency(requireOfficer(officer)));
        List<Preparable> shown = new ArrayList<>();
        for (SelectedProject selection : open) {
            if (shown.size() == PREPARABLE_SHOWN) {
                break;
            }
            preparable(selection).ifPresent(shown::add);
        }
        return new PreparableSelections(shown, open.size());
    }

    /** The first selections without an agreement and how many there are in all. */
    public record PreparableSelections(List<Preparable> shown, int count) {
    }

    /** One final selection of the officer's agency without an agreement, its application read alone. */
    @Transactional(readOnly = true)
    public Preparable preparable(ApplicationId applicationId, SignedInUser officer) {
        String agency = requireOfficer(officer);
        List<SelectedProject> ofAgency = selections.find(applicationId)
                .filter(selection -> selection.ranking().nationalAgencyCode().equals(agency)).stream().toList();
        return withoutAgreement(ofAgency).stream().findFirst().flatMap(this::preparable)
                .orElseThrow(() -> new GrantRefused("grants.refused.notPreparable", "R-AWD-05"));
    }

    private List<SelectedProject> withoutAgreement(List<SelectedProject> selected) {
        // Issue 21: which have an agreement in one query, not one (and one more per agreement) a selection
        java.util.Set<ApplicationId> prepared = agreements.withAgreements(selected.stream()
                .map(SelectedProject::applicationId).toList());
        return selected.stream().filter(selection -> !prepared.contains(selection.applicationId())).toList();
    }

    private Optional<Preparable> preparable(SelectedProject selection) {
        return submitted.latestOf(selection.applicationId()).map(application -> new Preparable(selection,
                title(application.document()), beneficiaries(application.document())));
    }

    /**
     * The officer prepares the agreement of a final selection of their agency: one multi-beneficiary agreement with
     * the coordinator, or for KA229 one mono-beneficiary agreement per school, each routed to the agency of the
     * school's country (section 6). {@code details} has one entry per beneficiary.
     */
    @Transactional
    public List<GrantAgreement> prepare(ApplicationId applicationId, PaymentScheme scheme, String language,
                                        List<BeneficiaryDetails> details, SignedInUser officer) {
        String agency = requireOfficer(officer);
        SelectedProject selection = selections.find(applicationId)
                .filter(selected -> selected.ranking().nationalAgencyCode().equals(agency))
                .orElseThrow(() -> new GrantRefused("grants.refused.notPreparable", "R-AWD-05"));
        if (!agreements.ofApplication(applicationId).isEmpty()) {
            throw new GrantRefused("grants.refused.alreadyPrepared", null);
        }
        SubmittedApplication application = submitted.latestOf(applicationId)
                .orElseThrow(() -> new GrantRefused("grants.refused.notPreparable", "R-AWD-05"));
        ApplicationDocument document = application.document();
        RuleParameters parameters = rules.parametersAt(document.callYear(), document.actionType().name(),
                application.ruleRevision());
        LocalDate start = document.startDate() != null ? document.startDate()
                : ZonedDateTime.now(clock).withZoneSameInstant(GrantAgreement.BRUSSELS).toLocalDate()
                        .plusMonths(1).withDayOfMonth(1);
        Map<Organisation, Map<BudgetCategory, BigDecimal>> shares = new LinkedHashMap<>();
        if (KA229.equals(selection.ranking().actionType())) {
            Map<Organisation, Map<BudgetCategory, BigDecimal>> own = new LinkedHashMap<>();
            for (Organisation school : beneficiaries(document)) {
                own.put(school, AwardedAmounts.schoolShare(document, school, budgeting, parameters));
            }
            BigDecimal all = own.values().stream().flatMap(share -> share.values().stream())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal given = BigDecimal.ZERO;
            List<Organisation> schools = new ArrayList<>(own.keySet());
            for (int index = schools.size() - 1; index >= 0; index--) {
                Map<BudgetCategory, BigDecimal> share = own.get(schools.get(index));
                BigDecimal shareTotal = share.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                // The coordinator (first) takes what is left, so the schools' grants add up to the decided one.
                BigDecimal grant = index == 0 ? selection.granted().subtract(given)
                        : all.signum() == 0 ? BigDecimal.ZERO
                        : selection.granted().multiply(shareTotal).divide(all, 2, RoundingMode.DOWN);
                given = given.add(grant);
                shares.put(schools.get(index), AwardedAmounts.scaled(share, grant));
            }
        } else {
            Organisation coordinator = document.applicant()
                    .orElseThrow(() -> new GrantRefused("grants.refused.notPreparable", "R-ELIG-11"));
            shares.put(coordinator, AwardedAmounts.scaled(
                    AwardedAmounts.of(budgeting.budgetOf(document, parameters)), selection.granted()));
        }
        List<GrantAgreement> prepared = new ArrayList<>();
        List<Organisation> order = beneficiaries(document).stream().filter(shares::containsKey).toList();
        for (int index = 0; index < order.size(); index++) {
            Organisation beneficiary = order.get(index);
            BeneficiaryDetails entered = details.stream()
                    .filter(detail -> detail != null && detail.organisationId() != null
                            && beneficiary.isIdentifiedBy(detail.organisationId())).findFirst()
                    .orElseThrow(() -> new GrantRefused("grants.refused.detailsMissing", null,
                            String.valueOf(beneficiary.legalName())));
            // Over the API a field may be missing (null) despite the types: it reads as empty and is refused.
            BankAccount account = BankAccount.of(Objects.requireNonNullElse(entered.iban(), ""),
                    Objects.requireNonNullElse(entered.bic(), ""));
            boolean ka229 = KA229.equals(selection.ranking().actionType());
            String agencyOfBeneficiary = ka229 ? reference.agencyFor(beneficiary.country(), KA229,
                            document.callYear()).map(NationalAgency::code)
                    .orElseThrow(() -> new GrantRefused("grants.refused.noAgency", "R-ELIG-09",
                            beneficiary.country().value()))
                    : agency;
            List<Party> partners = ka229 ? List.of() : document.organisations().stream()
                    .filter(organisation -> !organisation.isApplicant())
                    .map(organisation -> party(organisation, true)).toList();
            String number = ka229 ? selection.applicationNumber() + "_" + (index + 1) : selection.applicationNumber();
            Preparation preparation = new Preparation(number, applicationId, selection.applicationNumber(),
                    agencyOfBeneficiary, selection.ranking().actionType(), selection.ranking().callYear(),
                    selection.ranking().roundNumber(), title(document), language(language), party(beneficiary, true),
                    partners, start, document.durationMonths(), shares.get(beneficiary), scheme, account,
                    text(Objects.requireNonNullElse(entered.legalRepresentative(), ""), 200));
            GrantAgreement agreement = GrantAgreement.prepare(preparation, officer.email(), clock.instant());
            issueDocument(agreement);
            prepared.add(agreement);
        }
        return prepared;
    }

    private void issueDocument(GrantAgreement agreement) {
        byte[] pdf = pdfs.agreement(agreement);
        String sha = AgreementPdf.sha256(pdf);
        agreement.documentIssued(sha);
        agreements.save(agreement);
        agreements.storeDocument(agreement.id(), "agreement", sha, pdf, clock.instant());
    }

    /** The agreement, for the project's organisations and its agency's officers only. */
    @Transactional(readOnly = true)
    public GrantAgreement read(GrantAgreementId id, SignedInUser user) {
        GrantAgreement agreement = existing(id);
        if (!(isOfficerOf(user, agreement) || isOfProject(user, agreement))) {
            throw new NotYourAgreement();
        }
        return agreement;
    }

    /** The officer's portfolio a page of 50 at a time. */
    public static final int PORTFOLIO_PAGE_SIZE = 50;

    /**
     * A page of 50 of the agreements of the officer's agency (issue 21), of one status or of all, with how many
     * there are in all, counted in SQL; a page past the end is the last.
     */
    @Transactional(readOnly = true)
    public PortfolioPage portfolio(SignedInUser officer, @Nullable AgreementStatus status, int page) {
        return portfolio(officer, requireOfficer(officer), status, page, PORTFOLIO_PAGE_SIZE);
    }

    /**
     * A page of {@code size} of the agency's agreements for one of its officers (the API's list): nobody else
     * learns whether the agency has any.
     */
    @Transactional(readOnly = true)
    public PortfolioPage portfolio(SignedInUser officer, String agencyCode, @Nullable AgreementStatus status,
                                   int page, int size) {
        if (!officer.isOfficerOf(agencyCode)) {
            throw new NotYourAgreement();
        }
        long count = agreements.countOfAgency(agencyCode, status);
        int pages = (int) Math.max(1, (count + size - 1) / size);
        int shown = Math.max(0, Math.min(page, pages - 1));
        return new PortfolioPage(agreements.portfolioPage(agencyCode, status, shown * size, size), count, shown,
                pages);
    }

    /** A page of the portfolio with the count of all its pages' agreements. */
    public record PortfolioPage(List<PortfolioEntry> agreements, long count, int page, int pages) {
    }

    /** The agreements of every project the applicant acts for. */
    @Transactional(readOnly = true)
    public List<GrantAgreement> projectsOf(SignedInUser user) {
        return applications.actingFor(user.id()).stream()
                .flatMap(application -> agreements.ofApplication(application.id()).stream()).toList();
    }

    /** The agreement's PDF ({@code agreement}), an amendment's ({@code amendment-N}), or a signed upload. */
    @Transactional(readOnly = true)
    public Optional<byte[]> document(GrantAgreementId id, String name, SignedInUser user) {
        read(id, user);
        return agreements.document(id, name);
    }

    /** The legal representative accepts the exact PDF in Sadarbe: its SHA-256 is recorded with who and when. */
    @Transactional
    public GrantAgreement signByBeneficiary(GrantAgreementId id, String sha256Seen, SignedInUser user) {
        GrantAgreement agreement = forBeneficiary(id, user);
        agreement.signByBeneficiary(Signature.Method.ACCEPTANCE, user.displayName(), user.email(), sha256Seen,
                clock.instant());
        return saved(agreement);
    }

    /** The legal representative uploads the PDF signed with a qualified electronic signature; it is kept as is. */
    @Transactional
    public GrantAgreement uploadSigned(GrantAgreementId id, byte[] pdf, SignedInUser user) {
        GrantAgreement agreement = forBeneficiary(id, user);
        requireSignedPdf(pdf);
        String sha = AgreementPdf.sha256(pdf);
        agreement.signByBeneficiary(Signature.Method.QUALIFIED_UPLOAD, user.displayName(), user.email(), sha,
                clock.instant());
        agreements.storeDocument(id, "signed-1", sha, pdf, clock.instant());
        return saved(agreement);
    }

    /** The agency signs last; the agreement enters into force and payments hear of it. */
    @Transactional
    public GrantAgreement signByAgency(GrantAgreementId id, SignedInUser officer) {
        GrantAgreement agreement = forOfficer(id, officer);
        agreement.signByAgency(officer.displayName(), officer.email(), clock.instant());
        return saved(agreement);
    }

    /** What the eligibility check (R-ELIG-01…12) finds on the consortium as the amendment would leave it. */
    @Transactional(readOnly = true)
    public List<String> check(GrantAgreementId id, AmendmentRequest request, OrganisationType joiningType,
                              SignedInUser user, Locale locale) {
        GrantAgreement agreement = forBeneficiary(id, user);
        return findings(agreement, request, joiningType, locale);
    }

    private List<String> findings(GrantAgreement agreement, AmendmentRequest request, OrganisationType joiningType,
                                  Locale locale) {
        if (!(request instanceof AmendmentRequest.PartnerJoins || request instanceof AmendmentRequest.PartnerWithdraws)) {
            return List.of();
        }
        SubmittedApplication application = submitted.latestOf(agreement.preparation().applicationId())
                .orElseThrow(() -> new GrantRefused("grants.refused.notPreparable", null));
        ApplicationDocument document = application.document();
        List<Organisation> organisations = new ArrayList<>(document.organisations().stream()
                .filter(organisation -> organisation.isApplicant()
                        || agreement.current().partner(organisation.identifier()).isPresent()
                        || KA229.equals(agreement.preparation().actionType()))
                .toList());
        if (request instanceof AmendmentRequest.PartnerJoins joins) {
            String joining = joins.partner().organisationId();
            boolean oid = joining.startsWith("E");
            organisations.add(new Organisation(oid ? joining : null, oid ? null : joining,
                    joins.partner().legalName(), CountryCode.of(joins.partner().country()), null, joiningType,
                    OrganisationRole.PARTNER, null, null));
        } else if (request instanceof AmendmentRequest.PartnerWithdraws withdraws) {
            organisations.removeIf(organisation -> organisation.isIdentifiedBy(withdraws.organisationId()));
        }
        ApplicationDocument amended = new ApplicationDocument(document.callYear(), document.actionType(),
                document.projectType(), document.title(), document.startDate(), document.durationMonths(),
                document.priorities(), organisations, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        return eligibility.check(amended, application.ruleRevision()).findings().stream()
                .filter(finding -> finding.rule().startsWith("R-ELIG") && finding.isError())
                .map(finding -> finding.rule() + ": " + text(finding, locale)).distinct().toList();
    }

    private String text(Finding finding, Locale locale) {
        return messages.getMessage(finding.messageKey(), finding.arguments().toArray(), finding.messageKey(), locale);
    }

    /** The coordinator asks for an amendment; its PDF is made for the legal representative to sign. */
    @Transactional
    public Amendment requestAmendment(GrantAgreementId id, AmendmentRequest request, OrganisationType joiningType,
                                      SignedInUser user, Locale locale) {
        GrantAgreement agreement = forBeneficiary(id, user);
        Preparation preparation = agreement.preparation();
        RuleParameters parameters = rules.parametersFor(preparation.callYear(), preparation.actionType());
        Figure limit = parameters.figure(RuleFigure.BUDGET_TRANSFER_LIMIT_SHARE);
        AmendmentLimits limits = new AmendmentLimits(parameters.whole(RuleFigure.MAXIMUM_DURATION_MONTHS),
                limit.amount(), limit.status() == FigureStatus.CONFIRMED);
        if (request instanceof AmendmentRequest.PartnerJoins joins) {
            text(joins.partner().organisationId(), 40);
            text(joins.partner().legalName(), 300);
        } else if (request instanceof AmendmentRequest.PartnerWithdraws withdraws) {
            text(withdraws.organisationId(), 40);
        }
        List<String> findings = findings(agreement, request, joiningType, locale);
        if (!findings.isEmpty()) {
            throw new GrantRefused("grants.refused.ineligible", "R-ELIG-01…12", String.join("; ", findings));
        }
        Amendment amendment = agreement.requestAmendment(request, limits, findings, user.email(), clock.instant());
        byte[] pdf = pdfs.amendment(agreement, amendment);
        String sha = AgreementPdf.sha256(pdf);
        agreement.amendmentDocumentIssued(amendment.version(), sha);
        saved(agreement);
        agreements.storeDocument(id, "amendment-" + amendment.version(), sha, pdf, clock.instant());
        return agreement.amendment(amendment.version());
    }

    @Transactional
    public GrantAgreement signAmendment(GrantAgreementId id, int version, String sha256Seen, SignedInUser user) {
        GrantAgreement agreement = forBeneficiary(id, user);
        agreement.signAmendmentByBeneficiary(version, Signature.Method.ACCEPTANCE, user.displayName(), user.email(),
                sha256Seen, clock.instant());
        return saved(agreement);
    }

    @Transactional
    public GrantAgreement uploadSignedAmendment(GrantAgreementId id, int version, byte[] pdf, SignedInUser user) {
        GrantAgreement agreement = forBeneficiary(id, user);
        requireSignedPdf(pdf);
        String sha = AgreementPdf.sha256(pdf);
        agreement.signAmendmentByBeneficiary(version, Signature.Method.QUALIFIED_UPLOAD, user.displayName(),
                user.email(), sha, clock.instant());
        agreements.storeDocument(id, "signed-" + version, sha, pdf, clock.instant());
        return saved(agreement);
    }

    @Transactional
    public GrantAgreement approveAmendment(GrantAgreementId id, int version, SignedInUser officer) {
        GrantAgreement agreement = forOfficer(id, officer);
        agreement.approveAmendment(version, officer.displayName(), officer.email(), clock.instant());
        return saved(agreement);
    }

    @Transactional
    public GrantAgreement rejectAmendment(GrantAgreementId id, int version, String reason, SignedInUser officer) {
        GrantAgreement agreement = forOfficer(id, officer);
        agreement.rejectAmendment(version, text(reason, 2000), officer.email(), clock.instant());
        return saved(agreement);
    }

    /** R-PAY-01's shares for the agreement's scheme, from its call year's rule figures. */
    public PaymentShares paymentShares(GrantAgreement agreement) {
        return PaymentShares.of(agreement.preparation().scheme(), parameters(agreement));
    }

    /** R-BUD-01's transfer limit (a share of the category money leaves), with its status (U: unconfirmed). */
    public Figure transferLimit(GrantAgreement agreement) {
        return parameters(agreement).figure(RuleFigure.BUDGET_TRANSFER_LIMIT_SHARE);
    }

    private RuleParameters parameters(GrantAgreement agreement) {
        return rules.parametersFor(agreement.preparation().callYear(), agreement.preparation().actionType());
    }

    /** Whether the user may act for the beneficiary (sign, ask for amendments). */
    public boolean actsForBeneficiary(GrantAgreement agreement, SignedInUser user) {
        return user.has(Role.APPLICANT) && applications.mayEdit(user.id(), agreement.preparation().applicationId());
    }

    public boolean isOfficerOf(SignedInUser user, GrantAgreement agreement) {
        return user.isOfficerOf(agreement.preparation().agencyCode());
    }

    private boolean isOfProject(SignedInUser user, GrantAgreement agreement) {
        return applications.mayView(user.id(), agreement.preparation().applicationId());
    }

    private GrantAgreement saved(GrantAgreement agreement) {
        agreements.save(agreement);
        agreement.takeEvents().forEach(events::publishEvent);
        return agreement;
    }

    private GrantAgreement existing(GrantAgreementId id) {
        return agreements.find(id).orElseThrow(NotYourAgreement::new);
    }

    private GrantAgreement forBeneficiary(GrantAgreementId id, SignedInUser user) {
        GrantAgreement agreement = read(id, user);
        if (!actsForBeneficiary(agreement, user)) {
            throw new NotYourAgreement();
        }
        return agreement;
    }

    private GrantAgreement forOfficer(GrantAgreementId id, SignedInUser officer) {
        GrantAgreement agreement = existing(id);
        if (!isOfficerOf(officer, agreement)) {
            throw new NotYourAgreement();
        }
        return agreement;
    }

    /** Anyone but an agency's officer learns nothing of its agreements: not found, as for another agency's. */
    private static String requireOfficer(SignedInUser officer) {
        return officer.officerAgency().orElseThrow(NotYourAgreement::new);
    }

    /** A PDF with a signature dictionary (its byte range covers the signed bytes): what a qualified signature adds. */
    private static void requireSignedPdf(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        if (!text.startsWith("%PDF-")) {
            throw new GrantRefused("grants.refused.notPdf", null);
        }
        if (!text.contains("/ByteRange") || !text.contains("/Sig")) {
            throw new GrantRefused("grants.refused.unsigned", null);
        }
    }

    /** Text a person typed, trimmed; refused with a message when too long or holding control characters. */
    static String text(String value, int maximum) {
        String trimmed = value.trim();
        if (trimmed.length() > maximum || trimmed.chars().anyMatch(character -> character < 0x20)) {
            throw new GrantRefused("grants.refused.text", null, maximum);
        }
        return trimmed;
    }

    private static List<Organisation> beneficiaries(ApplicationDocument document) {
        List<Organisation> ordered = new ArrayList<>(document.organisations().stream()
                .filter(Organisation::isApplicant).toList());
        ordered.addAll(document.organisations().stream().filter(organisation -> !organisation.isApplicant()).toList());
        return ordered;
    }

    private static Party party(Organisation organisation, boolean mandate) {
        return new Party(organisation.identifier(),
                organisation.legalName() == null ? organisation.identifier() : organisation.legalName(),
                organisation.country().value(), mandate && !organisation.isApplicant());
    }

    private static String title(ApplicationDocument document) {
        return document.title() == null ? "" : document.title();
    }

    private static String language(String language) {
        return "lv".equals(language) ? "lv" : "en";
    }
}

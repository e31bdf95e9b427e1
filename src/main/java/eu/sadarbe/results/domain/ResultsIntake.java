package eu.sadarbe.results.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import eu.sadarbe.applications.DraftSection;
import eu.sadarbe.applications.document.ApplicationDocument;
import eu.sadarbe.applications.document.Organisation;
import eu.sadarbe.calls.ActionType;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.grants.AgreementEnteredIntoForce;
import eu.sadarbe.payments.PaymentKind;
import eu.sadarbe.payments.PaymentMade;
import eu.sadarbe.reporting.ProjectCompleted;
import eu.sadarbe.results.PublicProject;
import eu.sadarbe.selection.ApplicationPlacedOnReserve;
import eu.sadarbe.selection.ApplicationRejected;
import eu.sadarbe.selection.ApplicationSelected;
import eu.sadarbe.submission.SubmittedApplication;
import eu.sadarbe.submission.SubmittedApplications;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes in what earlier modules publish and keeps the public record of funded projects: a selection (R-AWD-05)
 * with the public parts of the submitted application — title, objectives as the summary, consortium, priorities,
 * planned dates — an agreement in force (contracted amount and dates), payments made (disbursements). A decision
 * revised to reserve or rejection before its letter withdraws the project. Each event may arrive more than once.
 */
@Component
class ResultsIntake {

    private static final Logger LOG = LoggerFactory.getLogger(ResultsIntake.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ResultsRepository repository;
    private final SubmittedApplications submitted;
    private final ReferenceData reference;
    private final Clock clock;

    ResultsIntake(ResultsRepository repository, SubmittedApplications submitted, ReferenceData reference,
                  Clock clock) {
        this.repository = repository;
        this.submitted = submitted;
        this.reference = reference;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ApplicationSelected selected) {
        Optional<SubmittedApplication> application = submitted.latestOf(selected.applicationId());
        if (application.isEmpty()) {
            LOG.warn("Selected application {} has no submission: not published", selected.applicationNumber());
            return;
        }
        ApplicationDocument document = application.get().document();
        String language = "lv".equals(application.get().submitterLanguage()) ? "lv" : "en";
        String summary = objectives(application.get().canonicalJson());
        String field = reference.actionTypes(null).stream()
                .filter(type -> type.code().equals(selected.ranking().actionType())).findFirst()
                .map(ActionType::field).orElse("");
        List<PublicProject.Member> members = new ArrayList<>();
        for (Organisation organisation : document.organisations()) {
            members.add(new PublicProject.Member(
                    organisation.legalName() == null ? organisation.identifier() : organisation.legalName(),
                    organisation.identifier(), organisation.country().value(), organisation.city(),
                    organisation.role().name()));
        }
        String coordinatorCountry = document.applicant().map(organisation -> organisation.country().value())
                .orElse(members.isEmpty() ? "" : members.get(0).country());
        LocalDate start = document.startDate();
        LocalDate end = start == null || document.durationMonths() <= 0 ? null
                : start.plusMonths(document.durationMonths()).minusDays(1);
        String title = document.title() == null || document.title().isBlank() ? selected.applicationNumber()
                : document.title();
        PublicProject project = new PublicProject(selected.applicationId().value(), selected.applicationNumber(),
                title, language, summary, "en".equals(language) ? summary : null, selected.ranking().actionType(),
                field, selected.ranking().callYear(), selected.ranking().roundNumber(),
                selected.ranking().nationalAgencyCode(), coordinatorCountry, document.priorities(),
                selected.grantedAmount(), selected.decidedAt(), start, end, null, null, null, clock.instant(), null, null, null, null,
                null);
        StringBuilder key = new StringBuilder(SearchText.fold(title)).append(' ').append(SearchText.fold(summary));
        for (PublicProject.Member member : members) {
            key.append(' ').append(SearchText.fold(member.name())).append(' ').append(SearchText.fold(member.city()))
                    .append(' ').append(SearchText.fold(member.organisationId()));
        }
        String searchKey = key.length() > 60_000 ? key.substring(0, 60_000) : key.toString();
        repository.saveSelected(project, members, searchKey);
    }

    @ApplicationModuleListener
    void on(ApplicationPlacedOnReserve reserve) {
        repository.withdraw(reserve.applicationId().value());
    }

    @ApplicationModuleListener
    void on(ApplicationRejected rejected) {
        repository.withdraw(rejected.applicationId().value());
    }

    @ApplicationModuleListener
    void on(AgreementEnteredIntoForce agreement) {
        repository.saveAgreement(agreement.applicationId().value(), agreement.agreementNumber(),
                agreement.awardedTotal(), agreement.enteredIntoForceOn(), agreement.projectStart(),
                agreement.projectEnd(), clock.instant());
    }

    @ApplicationModuleListener
    void on(PaymentMade payment) {
        repository.saveDisbursement(payment.paymentOrderId(), payment.applicationId().value(),
                payment.applicationNumber(), payment.kind().name(),
                payment.kind() == PaymentKind.RECOVERY ? payment.amount().abs().negate() : payment.amount(),
                payment.paidOn());
    }

    /** The project's last agreement settled after its final report: completed, with its results summary (R-REP-02). */
    @ApplicationModuleListener
    void on(ProjectCompleted completed) {
        String original = "en".equals(completed.originalLanguage()) ? null : completed.resultsSummaryOriginal();
        if (!repository.completed(completed.agreementId().value(), completed.applicationId().value(),
                completed.finalGrant(), completed.completedOn(), completed.lastOfProject(),
                completed.resultsSummaryEnglish(), original, completed.originalLanguage(), clock.instant())) {
            LOG.warn("Completed project {} is not on the results platform: its agreement's final grant is kept only",
                    completed.applicationNumber());
        }
    }

    private static @Nullable String objectives(String canonicalJson) {
        JsonNode json = JSON.readTree(canonicalJson);
        String text = json.path(DraftSection.DESCRIPTION).path("objectives").asString("");
        if (text.isBlank()) {
            return null;
        }
        return text.length() > 20_000 ? text.substring(0, 20_000) : text;
    }
}

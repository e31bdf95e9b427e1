package eu.sadarbe.statistics.domain;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import eu.sadarbe.applications.ApplicationId;
import eu.sadarbe.assessment.AssessmentCompleted;
import eu.sadarbe.assessment.FormalCheckCompleted;
import eu.sadarbe.grants.AgreementAmended;
import eu.sadarbe.grants.AgreementEnteredIntoForce;
import eu.sadarbe.reporting.ProjectCompleted;
import eu.sadarbe.selection.ApplicationPlacedOnReserve;
import eu.sadarbe.selection.ApplicationRejected;
import eu.sadarbe.selection.ApplicationSelected;
import eu.sadarbe.selection.RankingKey;
import eu.sadarbe.submission.ApplicationSubmitted;

/**
 * Keeps the statistics read model from what the earlier modules announce: submissions, formal checks, consolidated
 * scores (R-AWD-01…03), decisions (R-AWD-05), grant agreements in force and projects completed after their final
 * report (reporting's {@code ProjectCompleted}). Each event replaces what an earlier one
 * of its kind said (the latest counts); each handler runs after its publisher's commit in a transaction of its own
 * and stays in the event publication log until it succeeds.
 */
@Component
class StatisticsIntake {

    private final StatisticsRepository statistics;
    private final SubmissionRegistration registration;
    private final ActionTypeFields fields;

    StatisticsIntake(StatisticsRepository statistics, SubmissionRegistration registration, ActionTypeFields fields) {
        this.statistics = statistics;
        this.registration = registration;
        this.fields = fields;
    }

    @ApplicationModuleListener
    void on(ApplicationSubmitted submitted) {
        registration.register(submitted.applicationId());
    }

    @ApplicationModuleListener
    void on(FormalCheckCompleted checked) {
        ensure(checked.applicationId(), checked.applicationNumber(), checked.nationalAgencyCode(), checked.callYear(),
                checked.roundNumber(), checked.actionType());
        statistics.formallyChecked(checked.applicationId(), checked.eligible());
    }

    @ApplicationModuleListener
    void on(AssessmentCompleted completed) {
        ensure(completed.applicationId(), completed.applicationNumber(), completed.nationalAgencyCode(),
                completed.callYear(), completed.roundNumber(), completed.actionType());
        statistics.assessed(completed.applicationId(), completed.total(), completed.passed(),
                completed.requestedGrant());
    }

    @ApplicationModuleListener
    void on(ApplicationSelected selected) {
        ensure(selected.applicationId(), selected.applicationNumber(), selected.ranking());
        statistics.decided(selected.applicationId(), "SELECTED", selected.grantedAmount());
    }

    @ApplicationModuleListener
    void on(ApplicationPlacedOnReserve reserve) {
        ensure(reserve.applicationId(), reserve.applicationNumber(), reserve.ranking());
        statistics.decided(reserve.applicationId(), "RESERVE", null);
    }

    @ApplicationModuleListener
    void on(ApplicationRejected rejected) {
        ensure(rejected.applicationId(), rejected.applicationNumber(), rejected.ranking());
        statistics.decided(rejected.applicationId(), "REJECTED", null);
    }

    @ApplicationModuleListener
    void on(AgreementEnteredIntoForce inForce) {
        statistics.agreement(inForce.agreementId().value(), inForce.applicationId(), inForce.awardedTotal(),
                inForce.enteredIntoForceOn());
    }

    @ApplicationModuleListener
    void on(AgreementAmended amended) {
        statistics.amended(amended.agreementId().value(), amended.awardedTotal());
    }

    /** The project's last agreement settled after its final report: the application counts as completed. */
    @ApplicationModuleListener
    void on(ProjectCompleted completed) {
        statistics.completed(completed.agreementId().value(), completed.applicationId(), completed.finalGrant(),
                completed.reductionShare(), completed.completedOn(), completed.lastOfProject());
    }

    private void ensure(ApplicationId id, String number, RankingKey ranking) {
        ensure(id, number, ranking.nationalAgencyCode(), ranking.callYear(), ranking.roundNumber(),
                ranking.actionType());
    }

    private void ensure(ApplicationId id, String number, String agency, int callYear, int round, String actionType) {
        statistics.ensure(id, number, agency, callYear, round, actionType, fields.of(actionType));
    }
}

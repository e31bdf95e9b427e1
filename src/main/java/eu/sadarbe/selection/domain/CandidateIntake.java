package eu.sadarbe.selection.domain;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import eu.sadarbe.assessment.AssessmentCompleted;
import eu.sadarbe.assessment.FormalCheckCompleted;

/** Takes in what assessment decided: consolidated scores (the latest replaces) and formal rejections. */
@Component
class CandidateIntake {

    private final CandidateRepository candidates;

    CandidateIntake(CandidateRepository candidates) {
        this.candidates = candidates;
    }

    @ApplicationModuleListener
    void on(AssessmentCompleted completed) {
        candidates.assessed(completed);
    }

    @ApplicationModuleListener
    void on(FormalCheckCompleted checked) {
        candidates.formallyChecked(checked);
    }
}

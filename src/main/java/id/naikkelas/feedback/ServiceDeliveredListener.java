package id.naikkelas.feedback;

import id.naikkelas.certification.CaseCompleted;
import id.naikkelas.training.TrainingCompleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After a service was delivered (a permit issued, a training completed) the owner is invited to the survey.
 * Runs after the service's transaction committed; a redelivered event finds the invitation already there.
 */
@Component
class ServiceDeliveredListener {

    private final Surveys surveys;

    ServiceDeliveredListener(Surveys surveys) {
        this.surveys = surveys;
    }

    @ApplicationModuleListener
    void on(CaseCompleted event) {
        surveys.invite(SurveyService.PERMIT_ISSUED, event.caseId(), event.businessId(), event.regionCode(), event.agencyId());
    }

    @ApplicationModuleListener
    void on(TrainingCompleted event) {
        surveys.invite(SurveyService.TRAINING_COMPLETED, event.registrationId(), event.businessId(), event.regionCode(), event.agencyId());
    }
}

package id.naikkelas.feedback;

/** What was delivered, for which the owner is asked about the service. */
public enum SurveyService {
    PERMIT_ISSUED, TRAINING_COMPLETED
}

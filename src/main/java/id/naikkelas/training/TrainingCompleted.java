package id.naikkelas.training;

/**
 * Published when a participant's certificate is issued: the training was held and they completed it.
 * Feedback invites the business's owner to the satisfaction survey.
 *
 * @param agencyId the organising agency (the serving unit)
 */
public record TrainingCompleted(long eventId, long registrationId, long businessId, String regionCode, long agencyId) {
}

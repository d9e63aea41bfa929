package id.naikkelas.feedback;

/**
 * Published when an owner is invited to the satisfaction survey: the hook for a message (e-mail, WhatsApp) with
 * the link {@code /survei/{invitationId}}. Feedback itself only shows the invitation on the owner's home page.
 */
public record SurveyInvited(long invitationId, long userId, long agencyId) {
}

/**
 * Feedback from the public: the public-service satisfaction survey (SKM, giving the IKM index, PermenPANRB
 * 14/2017) and complaints (pengaduan), both part of an agency's integrity-zone (WBK) work.
 * <p>
 * The IKM is nine elements scored 1 to 4, averaged, weighted equally and converted to 25-100, then graded A-D by
 * the conversion table in {@code feedback/ikm-grades.yml} (read by {@link id.naikkelas.feedback.IkmGrades});
 * {@link id.naikkelas.feedback.IkmIndex} is the whole computation. After a service (a permit issued, a training
 * completed: the {@code CaseCompleted} and {@code TrainingCompleted} events) the owner is invited once
 * (the owner is told through notifications, kind {@code survey.invitation}; {@link id.naikkelas.feedback.SurveyInvited} is published too); the answers are stored without the
 * respondent. Complaints get a tracking code shown once, an officer of the unit, a due date in working days
 * ({@code feedback/complaints.yml}) and an answer the complainant reads with the code.
 * <p>
 * Owns tables: survey_invitation, survey_response, complaint.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feedback (IKM survey and complaints)")
package id.naikkelas.feedback;

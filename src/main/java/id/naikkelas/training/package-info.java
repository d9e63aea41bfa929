/**
 * Training events (sosialisasi, bimtek, food-safety counselling PKP, halal procedure): sessions on
 * site, online or both; registration with capacity and a waitlist; attendance by personal QR code,
 * short code or online list; pre- and post-tests; certificates with a public verification page.
 * A valid PKP certificate is evidence that the P-IRT pathway accepts ({@link id.naikkelas.training.TrainingEvidence}).
 * <p>
 * Owns tables: training_event, training_partner, training_session, training_registration, training_attendance, training_question_set, training_test_result, training_certificate.
 * Publishes views (read-only, for other modules): training_participation, training_session_participant, training_program_event, training_participation_change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training")
package id.naikkelas.training;

-- Issue 20 (ADR 0024): the reporting refresh asks every minute which rows changed since its watermark. Without an
-- index on those timestamps each ask read whole tables (a million businesses, five million case steps): seconds at
-- province scale, every minute. With these, each source is an index range scan of the few rows changed since.

CREATE INDEX business_updated_idx ON business (updated_at);
CREATE INDEX enrollment_created_idx ON enrollment (created_at);
CREATE INDEX visit_created_idx ON visit (created_at);
CREATE INDEX visit_visited_idx ON visit (visited_on);
CREATE INDEX inspection_updated_idx ON inspection (updated_at);
CREATE INDEX corrective_action_updated_idx ON corrective_action (updated_at);
CREATE INDEX certification_case_opened_idx ON certification_case (opened_at);
CREATE INDEX certification_case_closed_idx ON certification_case (closed_at);
CREATE INDEX case_transition_at_idx ON case_transition (at);

-- training: training_participation's changed_at is the latest of four tables' stamps (and a cancelled registration
-- leaves that view, so its change was never seen): no index can serve it. Its owner publishes the changes one stamp a
-- row instead, each source indexed.
CREATE VIEW training_participation_change AS
SELECT r.region_code, greatest(r.registered_at, r.promoted_at, r.cancelled_at) AS at FROM training_registration r
UNION ALL
SELECT r.region_code, a.marked_at FROM training_attendance a JOIN training_registration r ON r.id = a.registration_id
UNION ALL
SELECT r.region_code, t.recorded_at FROM training_test_result t JOIN training_registration r ON r.id = t.registration_id;
COMMENT ON VIEW training_participation_change IS 'Published by the training module (ADR 0013): when registrations, attendance and test results changed, and where, for reporting.';

CREATE INDEX training_registration_changed_idx ON training_registration ((greatest(registered_at, promoted_at, cancelled_at)));
CREATE INDEX training_attendance_marked_idx ON training_attendance (marked_at);
CREATE INDEX training_test_result_recorded_idx ON training_test_result (recorded_at);

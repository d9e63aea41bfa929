-- Read-only views the notification module's reminders read (issue 21, ADR 0013): each published by the module that
-- owns the rows, carrying only what a reminder needs.

CREATE VIEW programs_planned_visit AS
SELECT v.id, v.business_id, v.region_code, v.planned_on, oa.facilitator_id
FROM visit v JOIN programs_open_assignment oa ON oa.enrollment_id = v.enrollment_id
WHERE v.status = 'PLANNED' AND v.planned_on IS NOT NULL;
COMMENT ON VIEW programs_planned_visit IS 'Published by the programs module (ADR 0013): planned visits not yet recorded, with the assigned facilitator.';

CREATE VIEW certification_open_step AS
SELECT c.id, c.business_id, c.region_code, c.permit_type, c.current_step, c.step_due_on, c.facilitator, c.opened_by
FROM certification_case c
WHERE c.status = 'OPEN' AND c.step_due_on IS NOT NULL;
COMMENT ON VIEW certification_open_step IS 'Published by the certification module (ADR 0013): the current step of each open case and its due date.';

-- registry_permit (held permits with their expiry) is published with V44

CREATE VIEW training_session_participant AS
SELECT s.id AS session_id, s.starts_at, e.id AS event_id, e.topic, e.mode, e.venue, e.meeting_link, e.region_code,
       r.id AS registration_id, r.business_id, r.participant_name
FROM training_session s
JOIN training_event e ON e.id = s.event_id
JOIN training_registration r ON r.event_id = e.id
WHERE e.status = 'OPEN' AND r.status = 'CONFIRMED';
COMMENT ON VIEW training_session_participant IS 'Published by the training module (ADR 0013): sessions of open events with their confirmed participants.';

CREATE VIEW assessment_open_action AS
SELECT a.id, a.business_id, a.region_code, a.requirement_id, a.requirement_en, a.due_on
FROM corrective_action a WHERE a.status = 'OPEN';
COMMENT ON VIEW assessment_open_action IS 'Published by the assessment module (ADR 0013): open corrective actions and their due dates.';

-- Issue 20 (ADR 0018): dashboards read maintained aggregates, never the live tables. The reporting module keeps
-- one row per (district, program, indicator, dimension) and recomputes the rows of a district whenever something
-- in it changed. What it reads to do so, each owner publishes here as a read-only view (ADR 0013).

-- registry: a business's district, standing and last change
CREATE VIEW registry_business_activity AS
SELECT b.id, b.region_code, b.status, b.merged_into, b.updated_at FROM business b;
COMMENT ON VIEW registry_business_activity IS 'Published by the registry module (ADR 0013): region, status and last change of each business, for reporting.';

-- programs: enrolments with their status
CREATE VIEW programs_enrollment_status AS
SELECT e.id, e.program_id, e.business_id, e.region_code, e.status, e.created_at FROM enrollment e;
COMMENT ON VIEW programs_enrollment_status IS 'Published by the programs module (ADR 0013): enrolment status per business and program, for reporting.';

-- programs: field visits planned and done
CREATE VIEW programs_visit_status AS
SELECT v.id, e.program_id, v.business_id, v.region_code, v.status, v.planned_on, v.visited_on, v.created_at
FROM visit v JOIN enrollment e ON e.id = v.enrollment_id;
COMMENT ON VIEW programs_visit_status IS 'Published by the programs module (ADR 0013): visit status and dates, for reporting.';

-- training: per registration, whether the participant attended and the pre- and post-test scores
CREATE VIEW training_participation AS
SELECT r.id, r.event_id, r.business_id, r.region_code,
       EXISTS (SELECT 1 FROM training_attendance a WHERE a.registration_id = r.id) AS attended,
       (SELECT t.score FROM training_test_result t WHERE t.registration_id = r.id AND t.kind = 'PRE') AS pre_score,
       (SELECT t.score FROM training_test_result t WHERE t.registration_id = r.id AND t.kind = 'POST') AS post_score,
       greatest(r.registered_at, r.cancelled_at,
                (SELECT max(a.marked_at) FROM training_attendance a WHERE a.registration_id = r.id),
                (SELECT max(t.recorded_at) FROM training_test_result t WHERE t.registration_id = r.id)) AS changed_at
FROM training_registration r WHERE r.status = 'CONFIRMED';
COMMENT ON VIEW training_participation IS 'Published by the training module (ADR 0013): attendance and test scores per registration, no names, for reporting.';

-- assessment: finished inspections with their level, and corrective actions with their status
CREATE VIEW assessment_inspection_result AS
SELECT i.id, i.business_id, i.region_code, i.status, i.level_code, i.level_rank, i.updated_at,
       EXISTS (SELECT 1 FROM inspection s WHERE s.supersedes = i.id) AS superseded
FROM inspection i;
COMMENT ON VIEW assessment_inspection_result IS 'Published by the assessment module (ADR 0013): inspection level and status, for reporting.';

CREATE VIEW assessment_action_status AS
SELECT c.id, c.business_id, c.region_code, c.status, c.updated_at FROM corrective_action c;
COMMENT ON VIEW assessment_action_status IS 'Published by the assessment module (ADR 0013): corrective action status, for reporting.';

-- certification: each case's permit, pathway and dates, and each step change (how long cases wait where)
CREATE VIEW certification_case_outcome AS
SELECT c.id, c.business_id, c.region_code, c.permit_type, c.template_code, c.status, c.opened_at, c.closed_at
FROM certification_case c;
COMMENT ON VIEW certification_case_outcome IS 'Published by the certification module (ADR 0013): permit, pathway, status and dates of each case, for reporting.';

CREATE VIEW certification_case_step AS
SELECT t.id, t.case_id, c.region_code, c.template_code, t.from_step, t.to_step, t.at
FROM case_transition t JOIN certification_case c ON c.id = t.case_id;
COMMENT ON VIEW certification_case_step IS 'Published by the certification module (ADR 0013): step changes of each case, for reporting.';

-- reporting: the figures every dashboard, report and statistic is summed from. district is the business's
-- district code (or the regency or province code when it was recorded no deeper); program_id 0 means all.
CREATE TABLE reporting_figure (
    district   varchar(13) COLLATE "C" NOT NULL,
    program_id bigint      NOT NULL,
    indicator  varchar(20) NOT NULL,
    dimension  varchar(80) NOT NULL,
    n          bigint      NOT NULL,
    total      bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (district, program_id, indicator, dimension)
);
CREATE INDEX reporting_figure_program_idx ON reporting_figure (program_id, district) WHERE program_id <> 0;

-- districts to recompute (marked by events) and how far the watermark scan has read
CREATE TABLE reporting_dirty_district (
    district  varchar(13) COLLATE "C" PRIMARY KEY,
    marked_at timestamptz NOT NULL
);
CREATE TABLE reporting_state (
    id           integer PRIMARY KEY CHECK (id = 1),
    scanned_to   timestamptz,
    rebuilt_at   timestamptz,
    refreshed_at timestamptz
);
INSERT INTO reporting_state (id) VALUES (1);

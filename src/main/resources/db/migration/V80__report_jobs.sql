-- Issue 20 item 3 (ADR 0025): the program report and the yearly evaluation are built in the background. A job row
-- says who asked for what, how far the worker got and where the file is kept (storage module); the page polls it.
CREATE TABLE report_job (
    id            bigserial PRIMARY KEY,
    kind          varchar(8)  NOT NULL CHECK (kind IN ('PROGRAM', 'YEAR')),
    format        varchar(4)  NOT NULL CHECK (format IN ('PDF', 'XLSX')),
    year          integer     NOT NULL,
    -- the region asked for (null: the requester's jurisdiction) and the scope it resolved to when asked:
    -- region codes joined by commas, '' for the whole country; who may see the job is decided on it
    region_code   varchar(13) COLLATE "C",
    scope         text        COLLATE "C" NOT NULL,
    program_id    bigint,
    language      varchar(5)  NOT NULL,
    requested_by  varchar(60) NOT NULL,
    status        varchar(8)  NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    progress      integer     NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    -- the section being built (a message key suffix), shown under the progress bar
    section       varchar(30),
    attempts      integer     NOT NULL DEFAULT 0,
    -- why it failed: a message key, shown in the reader's language
    failure       varchar(100),
    file_key      varchar(200),
    file_name     varchar(200),
    created_at    timestamptz NOT NULL,
    heartbeat_at  timestamptz,
    finished_at   timestamptz
);
-- the same report asked again by the same person while it is queued or running is that job, never a second one
CREATE UNIQUE INDEX report_job_pending_uq ON report_job (lower(requested_by), kind, format, year, scope, coalesce(program_id, 0), language)
    WHERE status IN ('QUEUED', 'RUNNING');
CREATE INDEX report_job_queue_idx ON report_job (id) WHERE status = 'QUEUED';
CREATE INDEX report_job_requester_idx ON report_job (lower(requested_by), id DESC);
CREATE INDEX report_job_finished_idx ON report_job (finished_at) WHERE status IN ('DONE', 'FAILED');

-- programs: who made each visit, for the report's figures per partner organisation (its members' visits)
CREATE VIEW programs_visit_by AS
SELECT v.id, e.program_id, v.business_id, v.status, v.visited_on, v.facilitator AS facilitator_username
FROM visit v JOIN enrollment e ON e.id = v.enrollment_id;
COMMENT ON VIEW programs_visit_by IS 'Published by the programs module (ADR 0013): who made each visit (username) and when, for reports per partner.';

-- training: each event with its program, when its last session ends and the partner organisations that co-organise it
CREATE VIEW training_program_event AS
SELECT e.id, e.program_id, e.region_code, e.status,
       (SELECT max(s.ends_at) FROM training_session s WHERE s.event_id = e.id) AS ends_at,
       ARRAY(SELECT p.agency_id FROM training_partner p WHERE p.event_id = e.id ORDER BY p.agency_id) AS partner_agency_ids
FROM training_event e;
COMMENT ON VIEW training_program_event IS 'Published by the training module (ADR 0013): events with their program, end and co-organising partners, for reports.';

-- registry: the permits held, one view for every reader (a program's "missing permit" filter, reminders of expiry,
-- the catalogue's badges; ADR 0013)
CREATE VIEW registry_permit AS
SELECT p.id, p.business_id, p.product_id, p.region_code, p.type, p.number, p.issued_on, p.expires_on FROM permit p;
COMMENT ON VIEW registry_permit IS 'Published by the registry module (ADR 0013): held permits, their numbers and dates, as the public verification shows them.';

-- participants: a bulk action on a program's participants, from its preview to its results (ADR 0014)
CREATE TABLE participant_bulk_job (
    id             bigserial PRIMARY KEY,
    program_id     bigint       NOT NULL,
    region_code    varchar(13)  COLLATE "C" NOT NULL,
    action         varchar(16)  NOT NULL,
    -- the action's own inputs (stage outcome, facilitator, event, visit date), as the preview showed them
    params         jsonb        NOT NULL DEFAULT '{}',
    -- the selection as previewed: enrolment ids and the version each had, so a change meanwhile is seen
    enrollment_ids bigint[]     NOT NULL,
    versions       integer[]    NOT NULL,
    status         varchar(10)  NOT NULL CHECK (status IN ('PREVIEWED', 'QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    total          integer      NOT NULL,
    done           integer      NOT NULL DEFAULT 0,
    succeeded      integer      NOT NULL DEFAULT 0,
    -- per row, what the preview said would happen: enrolment id, business name, ok, what it becomes or the reason
    preview        jsonb        NOT NULL DEFAULT '[]',
    -- per row that was refused: enrolment id, business name and the reason (message key and arguments)
    failures       jsonb        NOT NULL DEFAULT '[]',
    created_by     varchar(60)  NOT NULL,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    finished_at    timestamptz
);
CREATE INDEX participant_bulk_job_program_idx ON participant_bulk_job (program_id, id DESC);

-- Imports of agency lists (Excel/CSV) into the registry, and column-mapping templates.
-- Jobs are processed by whichever application node claims them (FOR UPDATE SKIP LOCKED); all
-- their state is here, so a node can die at any moment and another one resumes the job.

CREATE TABLE import_job (
    id               bigserial PRIMARY KEY,
    agency_id        bigint REFERENCES agency (id),
    -- the worker acts as this user, with the jurisdiction the user has when each chunk runs
    created_by       varchar(60)  NOT NULL,
    file_name        varchar(200) NOT NULL,
    content_sha256   char(64)     NOT NULL,
    file_size        bigint       NOT NULL,
    format           varchar(4)   NOT NULL CHECK (format IN ('XLSX', 'CSV')),
    encoding         varchar(20),
    separator        varchar(1),
    header_line      integer      NOT NULL,
    estimated_rows   integer,
    -- [{index, header, samples: [...]}] as read at upload
    columns          jsonb        NOT NULL,
    -- {"BUSINESS_NAME": 1, "NIK": 3, ...}: field -> column index
    mapping          jsonb,
    status           varchar(10)  NOT NULL DEFAULT 'MAPPING'
        CHECK (status IN ('MAPPING', 'QUEUED', 'RUNNING', 'COMPLETED', 'CANCELLED', 'FAILED')),
    -- last line whose chunk is committed: a resumed job skips everything up to it
    last_line        integer      NOT NULL DEFAULT 0,
    rows_read        integer      NOT NULL DEFAULT 0,
    rows_rejected    integer      NOT NULL DEFAULT 0,
    rows_created     integer      NOT NULL DEFAULT 0,
    rows_matched     integer      NOT NULL DEFAULT 0,
    rows_queued      integer      NOT NULL DEFAULT 0,
    cancel_requested boolean      NOT NULL DEFAULT false,
    -- lease: a chunk commits only while its worker still holds the token
    claim_token      uuid,
    claimed_by       varchar(100),
    heartbeat_at     timestamptz,
    attempts         integer      NOT NULL DEFAULT 0,
    error            text,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    started_at       timestamptz,
    finished_at      timestamptz
);
-- the same file twice for the same agency is refused (the earlier import is linked instead)
CREATE UNIQUE INDEX import_job_file_uq ON import_job (coalesce(agency_id, 0), content_sha256);
CREATE INDEX import_job_agency_idx ON import_job (agency_id, id);
CREATE INDEX import_job_waiting_idx ON import_job (id) WHERE status IN ('QUEUED', 'RUNNING');

-- The uploaded file, stored through FileStore in parts so that no step holds a whole file in memory.
CREATE TABLE import_file_part (
    job_id      bigint       NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    part_no     integer      NOT NULL,
    storage_key varchar(200) NOT NULL,
    size        integer      NOT NULL,
    PRIMARY KEY (job_id, part_no)
);

-- What happened to every data line: nothing is lost, and (job, line) is written once.
CREATE TABLE import_row (
    job_id      bigint      NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    line        integer     NOT NULL,
    outcome     varchar(8)  NOT NULL CHECK (outcome IN ('CREATED', 'MATCHED', 'QUEUED', 'REJECTED')),
    business_id bigint REFERENCES business (id),
    score       real,
    PRIMARY KEY (job_id, line)
);
CREATE INDEX import_row_business_idx ON import_row (business_id);

-- Rejected lines with the original cells and each reason (message key and arguments).
CREATE TABLE import_rejection (
    job_id   bigint  NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    line     integer NOT NULL,
    -- the original cells as a JSON array of strings, for the corrected re-upload
    cells    jsonb   NOT NULL,
    problems jsonb   NOT NULL,
    PRIMARY KEY (job_id, line)
);

-- Lines that look like an existing business but not surely enough: an officer decides.
CREATE TABLE import_review (
    id                 bigserial PRIMARY KEY,
    job_id             bigint      NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    line               integer     NOT NULL,
    business_id        bigint      NOT NULL REFERENCES business (id),
    region_code        varchar(13) COLLATE "C" NOT NULL,
    score              real        NOT NULL,
    incoming           jsonb       NOT NULL,
    status             varchar(8)  NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'MERGED', 'CREATED')),
    -- the business as it was before the merge, and its version right after: undo restores the
    -- first only while the second is still current, so nobody's later edit is overwritten
    before_state       jsonb,
    merged_version     integer,
    source_added       boolean,
    created_business_id bigint REFERENCES business (id),
    decided_by         varchar(60),
    decided_at         timestamptz,
    version            integer     NOT NULL DEFAULT 0,
    UNIQUE (job_id, line)
);
CREATE INDEX import_review_queue_idx ON import_review (status, region_code, id);

-- Column mappings an agency saved, keyed by the header text they apply to.
CREATE TABLE import_template (
    id         bigserial PRIMARY KEY,
    agency_id  bigint       REFERENCES agency (id),
    name       varchar(100) NOT NULL,
    -- {"BUSINESS_NAME": "nama usaha", ...}: field -> normalised header
    mapping    jsonb        NOT NULL,
    created_by varchar(60)  NOT NULL,
    updated_at timestamptz  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX import_template_name_uq ON import_template (coalesce(agency_id, 0), lower(name));

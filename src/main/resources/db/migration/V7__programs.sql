-- Programs run by agencies: stages, partners (MoU), enrolment, facilitation and field visits.
CREATE TABLE program (
    id                   bigserial PRIMARY KEY,
    agency_id            bigint      NOT NULL REFERENCES agency (id),
    name                 text        NOT NULL,
    description          text,
    -- where the program runs; the first code is used for jurisdiction checks of the program itself
    region_codes         varchar(13)[] COLLATE "C" NOT NULL,
    region_code          varchar(13) COLLATE "C" NOT NULL,
    starts_on            date        NOT NULL,
    capacity             integer CHECK (capacity IS NULL OR capacity > 0),
    target_permits       varchar(20)[] NOT NULL DEFAULT '{}',
    facilitation         varchar(12) NOT NULL CHECK (facilitation IN ('ONE_TO_ONE', 'CASELOAD')),
    caseload_cap         integer     NOT NULL DEFAULT 1 CHECK (caseload_cap > 0),
    eligible_sectors     varchar(30)[] NOT NULL DEFAULT '{}',
    eligible_scales      varchar(10)[] NOT NULL DEFAULT '{}',
    status               varchar(10) NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('PLANNED', 'ACTIVE', 'CLOSED')),
    created_by           varchar(60) NOT NULL,
    created_at           timestamptz NOT NULL DEFAULT now(),
    version              integer     NOT NULL DEFAULT 0
);
CREATE INDEX program_region_idx ON program (region_code, id);
CREATE UNIQUE INDEX program_name_uq ON program (agency_id, lower(name));

CREATE TABLE program_stage (
    program_id               bigint      NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    position                 integer     NOT NULL,
    name                     text        NOT NULL,
    duration_days            integer     NOT NULL CHECK (duration_days > 0),
    -- monitoring stages plan a visit every N days (e.g. monthly for 6 months)
    visit_interval_days      integer CHECK (visit_interval_days IS NULL OR visit_interval_days > 0),
    PRIMARY KEY (program_id, position)
);

CREATE TABLE program_partner (
    id              bigserial PRIMARY KEY,
    program_id      bigint NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    agency_id       bigint NOT NULL REFERENCES agency (id),
    role            text,
    mou_number      varchar(100),
    mou_signed_on   date,
    mou_scope       text,
    mou_expires_on  date,
    UNIQUE (program_id, agency_id)
);

CREATE TABLE enrollment (
    id               bigserial PRIMARY KEY,
    program_id       bigint      NOT NULL REFERENCES program (id),
    business_id      bigint      NOT NULL REFERENCES business (id),
    region_code      varchar(13) COLLATE "C" NOT NULL,
    status           varchar(12) NOT NULL CHECK (status IN ('APPLIED', 'ENROLLED', 'DECLINED', 'GRADUATED', 'CERTIFIED', 'WITHDRAWN')),
    stage_position   integer,
    stage_started_on date,
    reason           text,
    applied_by       varchar(60) NOT NULL,
    decided_by       varchar(60),
    created_at       timestamptz NOT NULL DEFAULT now(),
    version          integer     NOT NULL DEFAULT 0,
    UNIQUE (program_id, business_id)
);
CREATE INDEX enrollment_program_idx ON enrollment (program_id, status, id);
CREATE INDEX enrollment_business_idx ON enrollment (business_id);

CREATE TABLE facilitator_profile (
    user_id        bigint PRIMARY KEY REFERENCES app_user (id),
    organisation   text,
    credentials    text,
    region_codes   varchar(13)[] COLLATE "C" NOT NULL DEFAULT '{}',
    capacity       integer NOT NULL DEFAULT 10 CHECK (capacity > 0),
    version        integer NOT NULL DEFAULT 0
);

-- one row per assignment period; reassignment ends the old row, so history is kept
CREATE TABLE assignment (
    id              bigserial PRIMARY KEY,
    enrollment_id   bigint      NOT NULL REFERENCES enrollment (id),
    facilitator_id  bigint      NOT NULL REFERENCES app_user (id),
    assigned_by     varchar(60) NOT NULL,
    assigned_at     timestamptz NOT NULL DEFAULT now(),
    ended_at        timestamptz,
    ended_reason    text
);
CREATE UNIQUE INDEX assignment_current_uq ON assignment (enrollment_id) WHERE ended_at IS NULL;
CREATE INDEX assignment_facilitator_idx ON assignment (facilitator_id) WHERE ended_at IS NULL;

CREATE TABLE visit (
    id              bigserial PRIMARY KEY,
    enrollment_id   bigint      NOT NULL REFERENCES enrollment (id),
    business_id     bigint      NOT NULL REFERENCES business (id),
    region_code     varchar(13) COLLATE "C" NOT NULL,
    planned_on      date,
    visited_on      date,
    mode            varchar(8) CHECK (mode IN ('ONSITE', 'ONLINE')),
    latitude        numeric(9, 6),
    longitude       numeric(9, 6),
    notes           text,
    findings        text,
    status          varchar(8)  NOT NULL CHECK (status IN ('PLANNED', 'DONE')),
    facilitator     varchar(60),
    -- a resubmitted form (flaky connection) carries the same token and changes nothing
    client_token    uuid UNIQUE,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX visit_enrollment_idx ON visit (enrollment_id, planned_on);
CREATE INDEX visit_planned_idx ON visit (planned_on) WHERE status = 'PLANNED';

CREATE TABLE visit_photo (
    id           bigserial PRIMARY KEY,
    visit_id     bigint       NOT NULL REFERENCES visit (id),
    storage_key  varchar(200) NOT NULL,
    width        integer      NOT NULL,
    height       integer      NOT NULL
);

CREATE TABLE follow_up (
    id             bigserial PRIMARY KEY,
    visit_id       bigint      NOT NULL REFERENCES visit (id),
    enrollment_id  bigint      NOT NULL REFERENCES enrollment (id),
    description    text        NOT NULL,
    due_on         date        NOT NULL,
    responsible    varchar(12) NOT NULL CHECK (responsible IN ('OWNER', 'FACILITATOR')),
    done_at        timestamptz,
    done_by        varchar(60)
);
CREATE INDEX follow_up_open_idx ON follow_up (enrollment_id) WHERE done_at IS NULL;

CREATE TABLE award (
    id           bigserial PRIMARY KEY,
    program_id   bigint      NOT NULL REFERENCES program (id),
    business_id  bigint      NOT NULL REFERENCES business (id),
    title        text        NOT NULL,
    awarded_on   date        NOT NULL,
    note         text,
    awarded_by   varchar(60) NOT NULL
);
CREATE INDEX award_business_idx ON award (business_id);

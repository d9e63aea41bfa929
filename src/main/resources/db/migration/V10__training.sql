-- Training events (socialisation, bimtek, PKP, halal procedure): sessions, registration with a
-- waitlist, attendance per session, pre/post-tests and verifiable certificates.
CREATE TABLE training_event (
    id                     bigserial PRIMARY KEY,
    agency_id              bigint      NOT NULL REFERENCES agency (id),
    -- jurisdiction key: the venue's region, or the organiser's for online events
    region_code            varchar(13) COLLATE "C" NOT NULL,
    type                   varchar(20) NOT NULL CHECK (type IN ('SOCIALISATION', 'BIMTEK', 'PKP', 'HALAL_PROCEDURE', 'OTHER')),
    topic                  text        NOT NULL,
    description            text,
    program_id             bigint REFERENCES program (id),
    trainers               text[]      NOT NULL DEFAULT '{}',
    mode                   varchar(8)  NOT NULL CHECK (mode IN ('ON_SITE', 'ONLINE', 'HYBRID')),
    venue                  text,
    meeting_link           text,
    capacity               integer     NOT NULL CHECK (capacity > 0),
    registration_deadline  timestamptz NOT NULL,
    target_region_codes    varchar(13)[] COLLATE "C" NOT NULL DEFAULT '{}',
    target_sectors         varchar(30)[] NOT NULL DEFAULT '{}',
    -- completion: attend at least this many sessions (null: all of them)
    min_sessions           integer CHECK (min_sessions IS NULL OR min_sessions > 0),
    pass_mark              integer CHECK (pass_mark IS NULL OR pass_mark BETWEEN 0 AND 100),
    status                 varchar(10) NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CANCELLED')),
    created_by             varchar(60) NOT NULL,
    created_at             timestamptz NOT NULL DEFAULT now(),
    version                integer     NOT NULL DEFAULT 0
);
CREATE INDEX training_event_region_idx ON training_event (region_code, id);

CREATE TABLE training_partner (
    event_id   bigint NOT NULL REFERENCES training_event (id) ON DELETE CASCADE,
    agency_id  bigint NOT NULL REFERENCES agency (id),
    PRIMARY KEY (event_id, agency_id)
);

CREATE TABLE training_session (
    id         bigserial PRIMARY KEY,
    event_id   bigint      NOT NULL REFERENCES training_event (id),
    position   integer     NOT NULL,
    starts_at  timestamptz NOT NULL,
    ends_at    timestamptz NOT NULL CHECK (ends_at > starts_at),
    UNIQUE (event_id, position)
);

CREATE TABLE training_registration (
    id                bigserial PRIMARY KEY,
    event_id          bigint      NOT NULL REFERENCES training_event (id),
    business_id       bigint      NOT NULL REFERENCES business (id),
    region_code       varchar(13) COLLATE "C" NOT NULL,
    participant_name  text        NOT NULL,
    -- OWNER: the business's owner; WORKER: someone the owner names
    participant_role  varchar(8)  NOT NULL CHECK (participant_role IN ('OWNER', 'WORKER')),
    status            varchar(10) NOT NULL CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    -- personal attendance token (in the QR code) and the short code typed when a camera fails
    token             varchar(32) NOT NULL UNIQUE,
    short_code        varchar(8)  NOT NULL,
    registered_by     varchar(60) NOT NULL,
    registered_at     timestamptz NOT NULL DEFAULT now(),
    promoted_at       timestamptz,
    cancelled_at      timestamptz,
    cancelled_by      varchar(60),
    UNIQUE (event_id, short_code)
);
-- one live registration per person and business; a cancelled one may be made again
CREATE UNIQUE INDEX training_registration_person_uq
    ON training_registration (event_id, business_id, lower(participant_name)) WHERE status <> 'CANCELLED';
CREATE INDEX training_registration_event_idx ON training_registration (event_id, status, id);
CREATE INDEX training_registration_business_idx ON training_registration (business_id);

CREATE TABLE training_attendance (
    registration_id  bigint      NOT NULL REFERENCES training_registration (id),
    session_id       bigint      NOT NULL REFERENCES training_session (id),
    method           varchar(8)  NOT NULL CHECK (method IN ('QR', 'CODE', 'ONLINE')),
    marked_by        varchar(60) NOT NULL,
    marked_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (registration_id, session_id)
);

-- the questions of a pre- or post-test; answers are the index of the right option
CREATE TABLE training_question_set (
    event_id   bigint      NOT NULL REFERENCES training_event (id),
    kind       varchar(4)  NOT NULL CHECK (kind IN ('PRE', 'POST')),
    questions  jsonb       NOT NULL,
    updated_by varchar(60) NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, kind)
);

CREATE TABLE training_test_result (
    registration_id  bigint      NOT NULL REFERENCES training_registration (id),
    kind             varchar(4)  NOT NULL CHECK (kind IN ('PRE', 'POST')),
    score            integer     NOT NULL CHECK (score BETWEEN 0 AND 100),
    answers          jsonb,
    -- ONLINE: taken on the platform; PAPER: entered by an officer
    source           varchar(6)  NOT NULL CHECK (source IN ('ONLINE', 'PAPER')),
    recorded_by      varchar(60) NOT NULL,
    recorded_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (registration_id, kind)
);

CREATE TABLE training_certificate (
    id               bigserial PRIMARY KEY,
    registration_id  bigint      NOT NULL UNIQUE REFERENCES training_registration (id),
    code             varchar(20) NOT NULL UNIQUE,
    issued_at        timestamptz NOT NULL DEFAULT now(),
    issued_by        varchar(60) NOT NULL,
    revoked_at       timestamptz,
    revoked_reason   text
);

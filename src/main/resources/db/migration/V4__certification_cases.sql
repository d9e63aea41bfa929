-- Certification cases: one product (or person, for BNSP) moving through a pathway template.
CREATE TABLE certification_case (
    id               bigserial PRIMARY KEY,
    business_id      bigint      NOT NULL REFERENCES business (id),
    product_id       bigint REFERENCES product (id),
    person_name      text,
    region_code      varchar(13) COLLATE "C" NOT NULL,
    permit_type      varchar(20) NOT NULL,
    route            varchar(20),
    template_code    varchar(40) NOT NULL,
    template_version varchar(20) NOT NULL,
    status           varchar(12) NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'COMPLETED', 'CANCELLED')),
    current_step     varchar(40),
    step_started_on  date,
    step_due_on      date,
    inspection_level integer CHECK (inspection_level BETWEEN 1 AND 4),
    -- the facilitator accompanying the case (a platform user or, e.g., an external Pendamping PPH's name)
    facilitator      varchar(200),
    permit_number    varchar(60),
    opened_by        varchar(60) NOT NULL,
    opened_at        timestamptz NOT NULL DEFAULT now(),
    closed_at        timestamptz,
    version          integer     NOT NULL DEFAULT 0,
    CHECK (product_id IS NOT NULL OR person_name IS NOT NULL)
);
-- one open case per product and permit: a second "open" is the same case, not a duplicate
CREATE UNIQUE INDEX certification_case_open_uq ON certification_case (product_id, permit_type) WHERE status = 'OPEN' AND product_id IS NOT NULL;
CREATE INDEX certification_case_region_idx ON certification_case (region_code, status, id);
CREATE INDEX certification_case_business_idx ON certification_case (business_id, id);
CREATE INDEX certification_case_due_idx ON certification_case (step_due_on) WHERE status = 'OPEN';

CREATE TABLE case_transition (
    id          bigserial PRIMARY KEY,
    case_id     bigint      NOT NULL REFERENCES certification_case (id),
    from_step   varchar(40),
    to_step     varchar(40),
    skipped     varchar(40)[] NOT NULL DEFAULT '{}',
    actor       varchar(60) NOT NULL,
    actor_role  varchar(20) NOT NULL,
    -- an officer or facilitator acting for the owner (officer-assisted filing)
    on_behalf   boolean     NOT NULL DEFAULT false,
    note        text,
    at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_transition_case_idx ON case_transition (case_id, id);

CREATE TABLE case_reference (
    case_id    bigint      NOT NULL REFERENCES certification_case (id),
    step_code  varchar(40) NOT NULL,
    reference  varchar(100) NOT NULL,
    recorded_by varchar(60) NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (case_id, step_code)
);

CREATE TABLE case_document (
    id            bigserial PRIMARY KEY,
    case_id       bigint       NOT NULL REFERENCES certification_case (id),
    document_type varchar(40)  NOT NULL,
    file_name     varchar(200) NOT NULL,
    content_type  varchar(60)  NOT NULL,
    size_bytes    integer      NOT NULL,
    storage_key   varchar(200) NOT NULL,
    uploaded_by   varchar(60)  NOT NULL,
    on_behalf     boolean      NOT NULL DEFAULT false,
    uploaded_at   timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX case_document_case_idx ON case_document (case_id, document_type);

CREATE TABLE case_comment (
    id        bigserial PRIMARY KEY,
    case_id   bigint      NOT NULL REFERENCES certification_case (id),
    author    varchar(60) NOT NULL,
    body      text        NOT NULL,
    at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_comment_case_idx ON case_comment (case_id, id);

-- Assessment: published checklist and level-rule versions, inspections with their answers and
-- photos, and the corrective actions (CAPA) their deviations become.

-- Checklist templates and level tables as an administrator published them (the bundled files are
-- published at startup). A published (kind, code, version) never changes: inspections are scored
-- against it, so a change is a new version.
CREATE TABLE assessment_definition (
    id           bigserial PRIMARY KEY,
    kind         varchar(12) NOT NULL CHECK (kind IN ('CHECKLIST', 'LEVEL_RULE')),
    code         varchar(60) NOT NULL,
    version      integer     NOT NULL CHECK (version >= 1),
    yaml         text        NOT NULL,
    published_by varchar(60) NOT NULL,
    published_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (kind, code, version)
);

CREATE FUNCTION assessment_definition_is_immutable() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'a published assessment definition never changes (% refused); publish a new version', TG_OP;
END;
$$;
CREATE TRIGGER assessment_definition_no_change
    BEFORE UPDATE OR DELETE ON assessment_definition
    FOR EACH ROW EXECUTE FUNCTION assessment_definition_is_immutable();

CREATE TABLE inspection (
    id                 bigserial PRIMARY KEY,
    business_id        bigint      NOT NULL REFERENCES business (id),
    -- a certification case this inspection is for; no foreign key: the certification module owns
    -- its cases and checks the link when it receives InspectionFinished
    case_id            bigint,
    -- copied from the business (for the audit trail and distribution by region); access is always
    -- decided through the business itself, which may move
    region_code        varchar(13) COLLATE "C" NOT NULL,
    template_code      varchar(60) NOT NULL,
    template_version   integer     NOT NULL,
    level_rule_code    varchar(60),
    level_rule_version integer,
    inspector          varchar(60) NOT NULL,
    inspector_name     text        NOT NULL,
    inspected_on       date        NOT NULL,
    status             varchar(10) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'FINISHED')),
    -- computed when finished, so lists and trends need no re-scoring
    minor_count        integer,
    major_count        integer,
    serious_count      integer,
    critical_count     integer,
    score              numeric(5, 2),
    level_code         varchar(10),
    level_rank         integer,
    -- rows in the level table used, so a trend can place the rank on a scale
    level_count        integer,
    report_key         varchar(200),
    finished_at        timestamptz,
    finished_by        varchar(60),
    -- a correction is a new inspection superseding a finished one, with the reason
    supersedes         bigint REFERENCES inspection (id),
    correction_reason  text,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    version            integer     NOT NULL DEFAULT 0,
    CHECK ((supersedes IS NULL) = (correction_reason IS NULL)),
    CHECK (status = 'DRAFT' OR finished_at IS NOT NULL)
);
CREATE INDEX inspection_business_idx ON inspection (business_id, inspected_on DESC, id DESC);
CREATE INDEX inspection_region_idx ON inspection (region_code, id);
CREATE INDEX inspection_case_idx ON inspection (case_id) WHERE case_id IS NOT NULL;
-- one correction per inspection: correcting again continues the same draft or corrects the correction
CREATE UNIQUE INDEX inspection_supersedes_uq ON inspection (supersedes) WHERE supersedes IS NOT NULL;
-- one open draft per inspector, business and checklist: a second tap on "start" resumes it
CREATE UNIQUE INDEX inspection_open_draft_uq ON inspection (business_id, template_code, inspector)
    WHERE status = 'DRAFT' AND supersedes IS NULL;

-- One row per item answered (or noted) so far; a draft saves each answer as it is given.
CREATE TABLE inspection_answer (
    inspection_id bigint      NOT NULL REFERENCES inspection (id),
    item_code     varchar(40) NOT NULL,
    -- null while only a note was written
    answer        varchar(16) CHECK (answer IN ('MET', 'NOT_MET', 'NOT_APPLICABLE')),
    note          text,
    answered_by   varchar(60) NOT NULL,
    answered_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (inspection_id, item_code)
);

CREATE TABLE inspection_photo (
    id            bigserial PRIMARY KEY,
    inspection_id bigint       NOT NULL REFERENCES inspection (id),
    item_code     varchar(40)  NOT NULL,
    storage_key   varchar(200) NOT NULL,
    width         integer      NOT NULL,
    height        integer      NOT NULL,
    added_by      varchar(60)  NOT NULL,
    added_at      timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX inspection_photo_item_idx ON inspection_photo (inspection_id, item_code, id);

-- Corrective actions: each deviation of a finished inspection, for the business owner to correct
-- by the due date its class sets, with evidence, a facilitator's verification, and closing by a
-- later inspection.
CREATE TABLE corrective_action (
    id                   bigserial PRIMARY KEY,
    inspection_id        bigint       NOT NULL REFERENCES inspection (id),
    business_id          bigint       NOT NULL REFERENCES business (id),
    region_code          varchar(13) COLLATE "C" NOT NULL,
    template_code        varchar(60)  NOT NULL,
    item_code            varchar(40)  NOT NULL,
    deviation_class      varchar(10)  NOT NULL CHECK (deviation_class IN ('MINOR', 'MAJOR', 'SERIOUS', 'CRITICAL')),
    -- what must be met (both languages, as the checklist version words it) and what was found
    requirement_id       text         NOT NULL,
    requirement_en       text         NOT NULL,
    finding              text,
    -- the business owner's name when the action was raised
    responsible          text         NOT NULL,
    due_on               date         NOT NULL,
    status               varchar(20)  NOT NULL DEFAULT 'OPEN'
        CHECK (status IN ('OPEN', 'EVIDENCE_SUBMITTED', 'VERIFIED', 'CLOSED')),
    evidence_key         varchar(200),
    evidence_name        varchar(200),
    evidence_type        varchar(60),
    evidence_note        text,
    evidence_by          varchar(60),
    evidence_at          timestamptz,
    verified_by          varchar(60),
    verified_at          timestamptz,
    verification_note    text,
    closed_reason        varchar(10) CHECK (closed_reason IN ('RESOLVED', 'REPEATED', 'CORRECTED')),
    closed_by_inspection bigint REFERENCES inspection (id),
    closed_at            timestamptz,
    created_at           timestamptz  NOT NULL DEFAULT now(),
    updated_at           timestamptz  NOT NULL DEFAULT now(),
    version              integer      NOT NULL DEFAULT 0,
    UNIQUE (inspection_id, item_code),
    CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL))
);
CREATE INDEX corrective_action_business_idx ON corrective_action (business_id, template_code, item_code) WHERE status <> 'CLOSED';
-- worklists: open actions by due date (overdue first), keyset-paginated on (due_on, id)
CREATE INDEX corrective_action_due_idx ON corrective_action (due_on, id) WHERE status <> 'CLOSED';
CREATE INDEX corrective_action_inspection_idx ON corrective_action (inspection_id, id);

-- Feedback (issue 20): the public-service satisfaction survey (SKM/IKM, PermenPANRB 14/2017) and public complaints.

-- One invitation per owner and service delivered (a permit issued, a training completed); answering marks it
-- once. The answers go to survey_response without any link back, so results stay anonymous.
CREATE TABLE survey_invitation (
    id            bigserial PRIMARY KEY,
    user_id       bigint      NOT NULL REFERENCES app_user (id),
    business_id   bigint      NOT NULL REFERENCES business (id),
    agency_id     bigint      NOT NULL REFERENCES agency (id),
    region_code   varchar(13) COLLATE "C" NOT NULL,
    service       varchar(20) NOT NULL CHECK (service IN ('PERMIT_ISSUED', 'TRAINING_COMPLETED')),
    service_ref   bigint      NOT NULL,
    invited_on    date        NOT NULL,
    answered_at   timestamptz,
    UNIQUE (service, service_ref, user_id)
);
CREATE INDEX survey_invitation_pending_idx ON survey_invitation (user_id, id) WHERE answered_at IS NULL;

-- one row per answered survey: the unit, where and when, the nine element scores (1-4); no respondent
CREATE TABLE survey_response (
    id           bigserial PRIMARY KEY,
    agency_id    bigint      NOT NULL REFERENCES agency (id),
    region_code  varchar(13) COLLATE "C" NOT NULL,
    service      varchar(20) NOT NULL,
    answered_on  date        NOT NULL,
    u1 smallint NOT NULL CHECK (u1 BETWEEN 1 AND 4), u2 smallint NOT NULL CHECK (u2 BETWEEN 1 AND 4),
    u3 smallint NOT NULL CHECK (u3 BETWEEN 1 AND 4), u4 smallint NOT NULL CHECK (u4 BETWEEN 1 AND 4),
    u5 smallint NOT NULL CHECK (u5 BETWEEN 1 AND 4), u6 smallint NOT NULL CHECK (u6 BETWEEN 1 AND 4),
    u7 smallint NOT NULL CHECK (u7 BETWEEN 1 AND 4), u8 smallint NOT NULL CHECK (u8 BETWEEN 1 AND 4),
    u9 smallint NOT NULL CHECK (u9 BETWEEN 1 AND 4),
    suggestion   text
);
CREATE INDEX survey_response_unit_idx ON survey_response (answered_on, agency_id);

-- A public complaint (pengaduan) to a unit. The tracking code is kept only as its SHA-256: shown once to the
-- complainant, it reads the complaint and its answer later. The sender's address is kept only as a hash, for the
-- rate limit.
CREATE TABLE complaint (
    id             bigserial PRIMARY KEY,
    tracking_hash  varchar(64)  NOT NULL UNIQUE,
    agency_id      bigint       NOT NULL REFERENCES agency (id),
    region_code    varchar(13) COLLATE "C" NOT NULL,
    category       varchar(20)  NOT NULL,
    subject        varchar(200) NOT NULL,
    body           text         NOT NULL,
    name           varchar(200),
    contact        varchar(200),
    status         varchar(12)  NOT NULL DEFAULT 'RECEIVED' CHECK (status IN ('RECEIVED', 'IN_PROGRESS', 'ANSWERED')),
    assigned_to    bigint REFERENCES app_user (id),
    received_on    date         NOT NULL,
    due_on         date         NOT NULL,
    answer         text,
    answered_by    varchar(60),
    answered_on    date,
    address_hash   varchar(64)  NOT NULL,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    version        integer      NOT NULL DEFAULT 0
);
CREATE INDEX complaint_unit_idx ON complaint (agency_id, status, due_on);
CREATE INDEX complaint_region_idx ON complaint (region_code, status, due_on);
CREATE INDEX complaint_address_idx ON complaint (address_hash, created_at);

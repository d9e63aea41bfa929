-- Foundation: reference data, identity, audit trail and HTTP sessions.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- Region codes are compared by prefix ('14.72' covers '14.72.01.1003'); the C collation
-- lets a plain btree index serve LIKE 'prefix.%'.
CREATE TABLE region (
    code        varchar(13) COLLATE "C" PRIMARY KEY,
    name        text        NOT NULL,
    level       varchar(8)  NOT NULL CHECK (level IN ('province', 'regency', 'district', 'village')),
    parent_code varchar(13) COLLATE "C" REFERENCES region (code)
);
CREATE INDEX region_parent_idx ON region (parent_code, name);
CREATE INDEX region_name_trgm_idx ON region USING gin (lower(name) gin_trgm_ops);

CREATE TABLE food_category (
    code        varchar(12) PRIMARY KEY,
    name_id     text NOT NULL,
    name_en     text NOT NULL,
    parent_code varchar(12) REFERENCES food_category (code),
    note        text
);

CREATE TABLE irt_food_type (
    code        varchar(2) PRIMARY KEY,
    name_id     text NOT NULL,
    name_en     text NOT NULL,
    examples_id text,
    note        text
);

-- Editable by administrators: working-day computations read it.
CREATE TABLE holiday (
    date    date PRIMARY KEY,
    name_id text        NOT NULL,
    name_en text        NOT NULL,
    kind    varchar(20) NOT NULL CHECK (kind IN ('libur_nasional', 'cuti_bersama')),
    note    text
);

CREATE TABLE agency (
    id           bigserial PRIMARY KEY,
    name         text        NOT NULL,
    kind         varchar(30) NOT NULL,
    region_codes varchar(13)[] COLLATE "C" NOT NULL DEFAULT '{}',
    address      text,
    phone        varchar(20),
    email        varchar(200),
    active       boolean     NOT NULL DEFAULT true,
    created_at   timestamptz NOT NULL DEFAULT now(),
    version      integer     NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX agency_name_uq ON agency (lower(name));

CREATE TABLE app_user (
    id                  bigserial PRIMARY KEY,
    username            varchar(60)  NOT NULL,
    full_name           text         NOT NULL,
    email               varchar(200),
    phone               varchar(20),
    password_hash       varchar(200) NOT NULL,
    agency_id           bigint REFERENCES agency (id),
    roles               varchar(20)[] NOT NULL,
    -- empty means: the agency's jurisdiction
    region_codes        varchar(13)[] COLLATE "C" NOT NULL DEFAULT '{}',
    enabled             boolean      NOT NULL DEFAULT true,
    failed_logins       integer      NOT NULL DEFAULT 0,
    locked_until        timestamptz,
    password_changed_at timestamptz  NOT NULL DEFAULT now(),
    created_at          timestamptz  NOT NULL DEFAULT now(),
    version             integer      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX app_user_username_uq ON app_user (lower(username));
CREATE INDEX app_user_agency_idx ON app_user (agency_id);

CREATE TABLE audit_event (
    id          bigserial PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    actor       varchar(60) NOT NULL,
    actor_ip    varchar(45),
    entity_type varchar(60) NOT NULL,
    entity_id   varchar(64) NOT NULL,
    action      varchar(30) NOT NULL,
    region_code varchar(13) COLLATE "C",
    changes     jsonb       NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id, id);
CREATE INDEX audit_event_actor_idx ON audit_event (lower(actor), id);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at);

-- Append-only: history cannot be rewritten, not even by the application.
CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only (% refused)', TG_OP;
END;
$$;
CREATE TRIGGER audit_event_no_update
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();

-- Spring Session JDBC: sessions live in the database so application nodes stay stateless.
CREATE TABLE spring_session (
    primary_id            char(36) NOT NULL,
    session_id            char(36) NOT NULL,
    creation_time         bigint   NOT NULL,
    last_access_time      bigint   NOT NULL,
    max_inactive_interval integer  NOT NULL,
    expiry_time           bigint   NOT NULL,
    principal_name        varchar(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id char(36)     NOT NULL,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);

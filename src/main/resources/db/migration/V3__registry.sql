-- Registry (pendataan): businesses, their owners, products and the permits products hold.

-- Lower-cased, accent-free text for trigram search ("Keripik Ibu Siti" ~ "kripik bu siti").
CREATE FUNCTION search_text(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, coalesce(value, ''))) $$;

CREATE TABLE owner (
    id          bigserial PRIMARY KEY,
    full_name   text        NOT NULL,
    -- personal data (UU PDP): full NIK only for roles that need it; the masked form for everyone else
    nik         varchar(16),
    nik_masked  varchar(32),
    gender      varchar(1) CHECK (gender IN ('L', 'P')),
    birth_date  date,
    phone       varchar(20),
    email       varchar(200),
    user_id     bigint REFERENCES app_user (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     integer     NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX owner_nik_uq ON owner (nik) WHERE nik IS NOT NULL;
CREATE INDEX owner_user_idx ON owner (user_id);

CREATE TABLE business (
    id                 bigserial PRIMARY KEY,
    name               text        NOT NULL,
    legal_form         varchar(20) NOT NULL,
    nib                varchar(13),
    npwp               varchar(20),
    kbli_codes         varchar(5)[] NOT NULL DEFAULT '{}',
    sector             varchar(30) NOT NULL,
    address            text,
    region_code        varchar(13) COLLATE "C" NOT NULL REFERENCES region (code),
    latitude           numeric(9, 6),
    longitude          numeric(9, 6),
    workers            integer,
    founded_year       integer,
    capital            numeric(18, 0),
    annual_sales       numeric(18, 0),
    scale              varchar(10),
    premises           varchar(20),
    equipment          varchar(20),
    production_sites   integer,
    outlets            integer,
    status             varchar(10) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'VERIFIED', 'INACTIVE')),
    owner_id           bigint REFERENCES owner (id),
    created_by         varchar(60),
    verified_by        varchar(60),
    verified_at        timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    version            integer     NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX business_nib_uq ON business (nib) WHERE nib IS NOT NULL;
CREATE INDEX business_region_idx ON business (region_code, id);
CREATE INDEX business_owner_idx ON business (owner_id);
CREATE INDEX business_name_idx ON business (search_text(name), id);
CREATE INDEX business_filters_idx ON business (status, sector, scale);
-- search over the business name and the owner's name ("Bu Siti" finds "Keripik Ibu Siti")
ALTER TABLE business ADD COLUMN search_doc text NOT NULL DEFAULT '';
CREATE INDEX business_search_trgm_idx ON business USING gin (search_doc gin_trgm_ops);

-- Which agencies or sources know a business (self-registration, an officer, an imported list).
CREATE TABLE business_source (
    business_id bigint      NOT NULL REFERENCES business (id) ON DELETE CASCADE,
    source      varchar(200) NOT NULL,
    agency_id   bigint REFERENCES agency (id),
    first_seen  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (business_id, source)
);

CREATE TABLE product (
    id                 bigserial PRIMARY KEY,
    business_id        bigint      NOT NULL REFERENCES business (id),
    -- copied from the business so region-scoped product queries need no join (and for distribution by region)
    region_code        varchar(13) COLLATE "C" NOT NULL,
    name               text        NOT NULL,
    brand              text,
    food_category_code varchar(12) REFERENCES food_category (code),
    irt_food_type_code varchar(2) REFERENCES irt_food_type (code),
    sector_category    text,
    packaging          varchar(20),
    net_content        varchar(40),
    shelf_life_days    integer,
    storage            varchar(10) NOT NULL DEFAULT 'AMBIENT' CHECK (storage IN ('AMBIENT', 'CHILLED', 'FROZEN')),
    ingredients        text,
    traits             varchar(30)[] NOT NULL DEFAULT '{}',
    active             boolean     NOT NULL DEFAULT true,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    version            integer     NOT NULL DEFAULT 0
);
CREATE INDEX product_business_idx ON product (business_id, id);
CREATE INDEX product_region_idx ON product (region_code, id);
CREATE INDEX product_name_trgm_idx ON product USING gin (search_text(name) gin_trgm_ops);

CREATE TABLE product_photo (
    id           bigserial PRIMARY KEY,
    product_id   bigint      NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    storage_key  varchar(200) NOT NULL,
    width        integer     NOT NULL,
    height       integer     NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX product_photo_product_idx ON product_photo (product_id, id);

CREATE TABLE permit (
    id          bigserial PRIMARY KEY,
    business_id bigint      NOT NULL REFERENCES business (id),
    product_id  bigint REFERENCES product (id),
    region_code varchar(13) COLLATE "C" NOT NULL,
    type        varchar(20) NOT NULL,
    number      varchar(60) NOT NULL,
    issued_on   date,
    expires_on  date,
    issuer      text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    version     integer     NOT NULL DEFAULT 0,
    CHECK (expires_on IS NULL OR issued_on IS NULL OR expires_on >= issued_on)
);
-- one halal certificate may cover several products of a business; one row per product
CREATE UNIQUE INDEX permit_number_uq ON permit (type, number, coalesce(product_id, 0));
CREATE INDEX permit_number_idx ON permit (number);
CREATE INDEX permit_business_idx ON permit (business_id, type);
CREATE INDEX permit_product_idx ON permit (product_id);
CREATE INDEX permit_expiry_idx ON permit (expires_on) WHERE expires_on IS NOT NULL;

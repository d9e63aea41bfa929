-- Issue 19 part 4, ADR 0022: an agency curates the catalogue. It features products, builds collections and runs market
-- events (bazaar, expo, business matching, pameran) with the UMKM taking part. These rows hold only the agency's choices:
-- whether a product is public, and whether its business is still in the agency's jurisdiction, is read when a page is
-- shown, so nothing here goes stale when an owner unpublishes or a business moves.

-- A product an agency puts forward on the catalogue's first page, optionally until a date.
CREATE TABLE market_featured (
    id              bigserial PRIMARY KEY,
    agency_id       bigint       NOT NULL,
    product_id      bigint       NOT NULL,
    until           date,
    created_at      timestamptz  NOT NULL,
    created_by      varchar(100) NOT NULL,
    version         integer      NOT NULL DEFAULT 1,
    UNIQUE (agency_id, product_id)
);
CREATE INDEX market_featured_recent ON market_featured (created_at DESC);

-- A themed, ordered set of products ("Oleh-oleh khas Kalimantan Tengah") with a public page at /katalog/koleksi/{slug}.
CREATE TABLE market_collection (
    id              bigserial PRIMARY KEY,
    agency_id       bigint        NOT NULL,
    slug            varchar(80)   NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title           varchar(120)  NOT NULL,
    description     varchar(2000),
    cover_photo_id  bigint,
    published       boolean       NOT NULL DEFAULT false,
    created_at      timestamptz   NOT NULL,
    updated_at      timestamptz   NOT NULL,
    version         integer       NOT NULL DEFAULT 1
);
CREATE INDEX market_collection_agency ON market_collection (agency_id);

CREATE TABLE market_collection_item (
    collection_id   bigint   NOT NULL REFERENCES market_collection (id) ON DELETE CASCADE,
    product_id      bigint   NOT NULL,
    position        integer  NOT NULL,
    PRIMARY KEY (collection_id, product_id)
);
CREATE INDEX market_collection_item_product ON market_collection_item (product_id);

-- A bazaar, expo, business matching or exhibition an agency runs, with where and when.
CREATE TABLE market_event (
    id              bigserial PRIMARY KEY,
    agency_id       bigint        NOT NULL,
    name            varchar(160)  NOT NULL,
    kind            varchar(20)   NOT NULL CHECK (kind IN ('BAZAAR', 'EXPO', 'BUSINESS_MATCHING', 'EXHIBITION')),
    starts_on       date          NOT NULL,
    ends_on         date          NOT NULL CHECK (ends_on >= starts_on),
    venue           varchar(200)  NOT NULL,
    region_code     varchar(13)   COLLATE "C" NOT NULL,
    description     varchar(2000),
    registration    varchar(500),
    status          varchar(20)   NOT NULL CHECK (status IN ('DRAFT', 'REGISTRATION_OPEN', 'REGISTRATION_CLOSED', 'CANCELLED')),
    created_at      timestamptz   NOT NULL,
    updated_at      timestamptz   NOT NULL,
    version         integer       NOT NULL DEFAULT 1
);
CREATE INDEX market_event_agency ON market_event (agency_id);
CREATE INDEX market_event_dates ON market_event (ends_on, starts_on) WHERE status <> 'DRAFT';

-- A UMKM taking part in an event, with its stand and the products it brings (none chosen: all it publishes).
CREATE TABLE market_event_participant (
    event_id        bigint       NOT NULL REFERENCES market_event (id) ON DELETE CASCADE,
    business_id     bigint       NOT NULL,
    booth           varchar(80),
    product_ids     bigint[]     NOT NULL DEFAULT '{}',
    added_at        timestamptz  NOT NULL,
    PRIMARY KEY (event_id, business_id)
);
CREATE INDEX market_event_participant_business ON market_event_participant (business_id);

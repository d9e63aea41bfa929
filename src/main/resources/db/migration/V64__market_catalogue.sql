-- Issue 19, ADR 0020: the public catalogue. A listing is an owner's choice to show one registry product to buyers,
-- with what buyers ask first (price range, minimum order, weekly capacity). Badges are not stored: they are computed
-- from the permit register when a page is read, so an expired permit loses its badge the day it expires.

CREATE TABLE catalogue_listing (
    product_id         bigint PRIMARY KEY REFERENCES product (id) ON DELETE CASCADE,
    business_id        bigint      NOT NULL,
    -- copied from the product so a region filter needs no join; refreshed whenever the listing is saved
    region_code        varchar(13) COLLATE "C" NOT NULL,
    food_category_code varchar(12),
    published          boolean     NOT NULL DEFAULT false,
    published_at       timestamptz,
    price_min          numeric(12, 0) CHECK (price_min IS NULL OR price_min >= 0),
    price_max          numeric(12, 0) CHECK (price_max IS NULL OR price_max >= 0),
    price_unit         varchar(40),
    min_order          integer CHECK (min_order IS NULL OR min_order > 0),
    capacity_per_week  integer CHECK (capacity_per_week IS NULL OR capacity_per_week > 0),
    speciality         boolean     NOT NULL DEFAULT false,
    -- what the word search matches: product name, brand, business and place, through search_text (lower, unaccent)
    words              text        NOT NULL DEFAULT '',
    updated_at         timestamptz NOT NULL DEFAULT now(),
    version            integer     NOT NULL DEFAULT 0,
    CHECK (price_min IS NULL OR price_max IS NULL OR price_max >= price_min)
);
CREATE INDEX catalogue_listing_words_idx ON catalogue_listing USING gin (words gin_trgm_ops) WHERE published;
CREATE INDEX catalogue_listing_recent_idx ON catalogue_listing (published_at DESC, product_id DESC) WHERE published;
CREATE INDEX catalogue_listing_region_idx ON catalogue_listing (region_code, product_id) WHERE published;
CREATE INDEX catalogue_listing_business_idx ON catalogue_listing (business_id);

-- what a business shows of itself: its story and, only when the owner fills it in, a WhatsApp number
CREATE TABLE catalogue_business (
    business_id bigint PRIMARY KEY REFERENCES business (id) ON DELETE CASCADE,
    story       text,
    whatsapp    varchar(20),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     integer     NOT NULL DEFAULT 0
);

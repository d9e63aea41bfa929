-- Issue 19, ADR 0026: catalogue search through a table of words, as the registry's (ADR 0021), and words that follow
-- the registry in the writer's transaction.
--
-- The trigram indexes on catalogue_listing.words walked nearest first (V66) stopped early for a common word, but a rare
-- multi-word query, a typo or a deep page walked most of the 100,000 published listings (p95 0.5-1.3 s). Instead each
-- distinct word is kept once (a small table with a trigram index), and each listing is found through its words: the
-- similar words first, then only those words' listings, within the region range when a region is chosen.
--
-- A listing's copied columns (business, region, category, words) were refreshed only when its owner saved it, so a
-- renamed product kept its old words. catalogue_listing_follow() now derives them, with `listed` (published by its
-- owner AND the product active AND the business verified and not merged: what the public may see); triggers on the
-- registry's product and business call it in the writer's transaction, whatever path writes them.

ALTER TABLE catalogue_listing ADD COLUMN listed boolean NOT NULL DEFAULT false;

-- Each distinct word of the catalogue once; words are never deleted (one no listing uses any more costs a row).
CREATE TABLE catalogue_word (
    id   serial PRIMARY KEY,
    word text NOT NULL UNIQUE
);

-- Which listed product has which word, with its region, so a query reads a word's listings of one region only
-- (word_id, then a range of region codes: the C collation makes a prefix a range). Only listed products have rows:
-- unpublishing, deactivating the product or suspending the business removes them in the same transaction.
CREATE TABLE catalogue_listing_word (
    word_id     integer                 NOT NULL,
    region_code varchar(13) COLLATE "C" NOT NULL,
    product_id  bigint                  NOT NULL
);

-- The copied columns of the given listings, from the registry's published views as they are now. Rows that would
-- not change are left alone, so a status change that does not touch visibility writes nothing.
CREATE FUNCTION catalogue_listing_follow(ids bigint[]) RETURNS void LANGUAGE sql AS
$$
UPDATE catalogue_listing l
SET business_id = p.business_id, region_code = p.region_code, food_category_code = p.food_category_code,
    words = search_text(concat_ws(' ', p.name, p.brand, b.name, k.name)),
    listed = l.published AND p.active AND b.status = 'VERIFIED' AND b.merged_into IS NULL
FROM registry_catalogue_product p
JOIN registry_business b ON b.id = p.business_id
LEFT JOIN region k ON k.code = left(p.region_code, 5)
WHERE l.product_id = ANY (ids) AND p.id = l.product_id
  AND (l.business_id, l.region_code, l.food_category_code, l.words, l.listed) IS DISTINCT FROM
      (p.business_id, p.region_code, p.food_category_code, search_text(concat_ws(' ', p.name, p.brand, b.name, k.name)),
       l.published AND p.active AND b.status = 'VERIFIED' AND b.merged_into IS NULL)
$$;

-- Backfill before the triggers and indexes: one set-based pass instead of a trigger per row.
UPDATE catalogue_listing l
SET business_id = p.business_id, region_code = p.region_code, food_category_code = p.food_category_code,
    words = search_text(concat_ws(' ', p.name, p.brand, b.name, k.name)),
    listed = l.published AND p.active AND b.status = 'VERIFIED' AND b.merged_into IS NULL
FROM product p
JOIN business b ON b.id = p.business_id
LEFT JOIN region k ON k.code = left(p.region_code, 5)
WHERE p.id = l.product_id;
INSERT INTO catalogue_word (word)
SELECT DISTINCT w FROM catalogue_listing l, search_words(l.words) w WHERE l.listed ORDER BY 1;
INSERT INTO catalogue_listing_word (word_id, region_code, product_id)
SELECT cw.id, l.region_code, l.product_id FROM catalogue_listing l, search_words(l.words) w JOIN catalogue_word cw ON cw.word = w
WHERE l.listed;

CREATE INDEX catalogue_word_trgm_idx ON catalogue_word USING gin (word gin_trgm_ops);
ALTER TABLE catalogue_listing_word ADD PRIMARY KEY (word_id, region_code, product_id);
CREATE INDEX catalogue_listing_word_product_idx ON catalogue_listing_word (product_id);
-- A word's entries are read by an index-only scan, which needs the visibility map to be current: without it each
-- entry costs a heap visit and the planner rightly prefers reading the whole table. Vacuum after 1% of new or changed
-- rows instead of the default 20%.
ALTER TABLE catalogue_listing_word SET (autovacuum_vacuum_insert_scale_factor = 0.01, autovacuum_vacuum_scale_factor = 0.01);

-- Nothing reads the listing's words through a trigram index any more; browsing reads listed rows only.
DROP INDEX catalogue_listing_words_idx;
DROP INDEX catalogue_listing_words_gist;
DROP INDEX catalogue_listing_recent_idx;
DROP INDEX catalogue_listing_region_idx;
CREATE INDEX catalogue_listing_recent_idx ON catalogue_listing (published_at DESC, product_id DESC) WHERE listed;
CREATE INDEX catalogue_listing_region_idx ON catalogue_listing (region_code, published_at DESC, product_id DESC) WHERE listed;

-- A listing's entries follow its words, region and visibility. Inserts per statement (a bulk publication costs two
-- set-based statements), updates per row and only when one of those changed, deletes per statement.
CREATE FUNCTION catalogue_words_added() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    -- sorted, so two transactions adding the same new words wait for each other instead of deadlocking
    INSERT INTO catalogue_word (word)
    SELECT DISTINCT w FROM added a, search_words(a.words) w
    WHERE a.listed AND NOT EXISTS (SELECT 1 FROM catalogue_word c WHERE c.word = w)
    ORDER BY 1
    ON CONFLICT (word) DO NOTHING;
    INSERT INTO catalogue_listing_word (word_id, region_code, product_id)
    SELECT c.id, a.region_code, a.product_id FROM added a, search_words(a.words) w JOIN catalogue_word c ON c.word = w
    WHERE a.listed;
    RETURN NULL;
END
$$;
CREATE TRIGGER catalogue_words_added AFTER INSERT ON catalogue_listing
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION catalogue_words_added();

CREATE FUNCTION catalogue_words_changed() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    DELETE FROM catalogue_listing_word WHERE product_id = OLD.product_id;
    IF NEW.listed THEN
        INSERT INTO catalogue_word (word)
        SELECT w FROM search_words(NEW.words) w
        WHERE NOT EXISTS (SELECT 1 FROM catalogue_word c WHERE c.word = w)
        ORDER BY 1
        ON CONFLICT (word) DO NOTHING;
        INSERT INTO catalogue_listing_word (word_id, region_code, product_id)
        SELECT c.id, NEW.region_code, NEW.product_id FROM search_words(NEW.words) w JOIN catalogue_word c ON c.word = w;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER catalogue_words_changed AFTER UPDATE OF words, region_code, listed ON catalogue_listing FOR EACH ROW
    WHEN (OLD.words IS DISTINCT FROM NEW.words OR OLD.region_code IS DISTINCT FROM NEW.region_code OR OLD.listed IS DISTINCT FROM NEW.listed)
    EXECUTE FUNCTION catalogue_words_changed();

CREATE FUNCTION catalogue_words_removed() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    DELETE FROM catalogue_listing_word WHERE product_id IN (SELECT product_id FROM removed);
    RETURN NULL;
END
$$;
CREATE TRIGGER catalogue_words_removed AFTER DELETE ON catalogue_listing
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION catalogue_words_removed();

-- The registry's writes reach the listings in the writer's transaction: a rename, a move, a new category, a product
-- withdrawn, a business renamed, verified, suspended or merged. Per row, and only when what the catalogue copies
-- changed; a product without a listing costs one primary-key probe. The functions read the registry's published views
-- (ADR 0013); the triggers are the market's, declared here, and the registry's code knows nothing of them.
CREATE FUNCTION catalogue_follows_product() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM catalogue_listing_follow(ARRAY[NEW.id]);
    RETURN NULL;
END
$$;
CREATE TRIGGER catalogue_follows_product AFTER UPDATE OF name, brand, business_id, region_code, food_category_code, active ON product
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.brand IS DISTINCT FROM NEW.brand
        OR OLD.business_id IS DISTINCT FROM NEW.business_id OR OLD.region_code IS DISTINCT FROM NEW.region_code
        OR OLD.food_category_code IS DISTINCT FROM NEW.food_category_code OR OLD.active IS DISTINCT FROM NEW.active)
    EXECUTE FUNCTION catalogue_follows_product();

CREATE FUNCTION catalogue_follows_business() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM catalogue_listing_follow(ARRAY(SELECT l.product_id FROM catalogue_listing l WHERE l.business_id = NEW.id));
    RETURN NULL;
END
$$;
CREATE TRIGGER catalogue_follows_business AFTER UPDATE OF name, status, merged_into ON business
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.status IS DISTINCT FROM NEW.status
        OR OLD.merged_into IS DISTINCT FROM NEW.merged_into)
    EXECUTE FUNCTION catalogue_follows_business();

ANALYZE catalogue_word;
ANALYZE catalogue_listing_word;
ANALYZE catalogue_listing;

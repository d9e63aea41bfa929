-- Typo-tolerant registry search through words (ADR 0021). The trigram index on business.search_doc returned every
-- match in the country before the jurisdiction filter (49,000-114,000 rows for a common word) and each match of the
-- province was scored: 140-365 ms per query in a province of 100,000 businesses. Instead the distinct words are kept
-- once (tens of thousands of rows, a trigram index that answers in a millisecond) and each business is found through
-- its words within the user's region: the similar words first, then only their businesses in the region's range.

-- Words as PostgreSQL's trigram functions see them: runs of letters and digits of search_text(...).
-- STRICT keeps it from being inlined, so the planner takes ROWS (a query has a few words) instead of guessing a
-- thousand and reading a whole region's words by a sequential scan.
CREATE FUNCTION search_words(doc text) RETURNS SETOF text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE ROWS 3 AS
$$ SELECT DISTINCT w FROM regexp_split_to_table(doc, '[^[:alnum:]]+') w WHERE w <> '' $$;

-- Each distinct word once. Words are never deleted: one no business uses any more costs a row and a look-up.
CREATE TABLE search_word (
    id   serial PRIMARY KEY,
    word text NOT NULL UNIQUE
);

-- Which business has which word, with its region, so a query reads a word's businesses of one region only
-- (word_id, then a range of region codes: the C collation makes a prefix a range). No foreign keys: rows are
-- written only by the triggers below, and a key checked per row would double the cost of bulk registrations.
CREATE TABLE business_word (
    word_id     integer                 NOT NULL,
    region_code varchar(13) COLLATE "C" NOT NULL,
    business_id bigint                  NOT NULL
);

-- Backfill before the indexes: one sort per index instead of six million inserts into them.
INSERT INTO search_word (word)
SELECT DISTINCT w FROM business b, search_words(b.search_doc) w ORDER BY 1;
INSERT INTO business_word (word_id, region_code, business_id)
SELECT s.id, b.region_code, b.id FROM business b, search_words(b.search_doc) w JOIN search_word s ON s.word = w;

CREATE INDEX search_word_trgm_idx ON search_word USING gin (word gin_trgm_ops);
ALTER TABLE business_word ADD PRIMARY KEY (word_id, region_code, business_id);
CREATE INDEX business_word_business_idx ON business_word (business_id);
ANALYZE search_word;
ANALYZE business_word;

-- The words follow business.search_doc and region_code in the same transaction, whichever path writes them
-- (registration, edit, merge and its undo, the import's bulk path, the bench generator's COPY): a path cannot forget.
-- Inserts are handled per statement, so a bulk registration of thousands of rows costs two set-based statements.
CREATE FUNCTION business_words_added() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    -- sorted, so two transactions adding the same new words wait for each other instead of deadlocking
    INSERT INTO search_word (word)
    SELECT DISTINCT w FROM added a, search_words(a.search_doc) w
    WHERE NOT EXISTS (SELECT 1 FROM search_word s WHERE s.word = w)
    ORDER BY 1
    ON CONFLICT (word) DO NOTHING;
    INSERT INTO business_word (word_id, region_code, business_id)
    SELECT s.id, a.region_code, a.id FROM added a, search_words(a.search_doc) w JOIN search_word s ON s.word = w;
    RETURN NULL;
END
$$;
CREATE TRIGGER business_words_added AFTER INSERT ON business
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION business_words_added();

CREATE FUNCTION business_words_changed() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    DELETE FROM business_word WHERE business_id = OLD.id;
    INSERT INTO search_word (word)
    SELECT w FROM search_words(NEW.search_doc) w
    WHERE NOT EXISTS (SELECT 1 FROM search_word s WHERE s.word = w)
    ORDER BY 1
    ON CONFLICT (word) DO NOTHING;
    INSERT INTO business_word (word_id, region_code, business_id)
    SELECT s.id, NEW.region_code, NEW.id FROM search_words(NEW.search_doc) w JOIN search_word s ON s.word = w;
    RETURN NULL;
END
$$;
-- per row, and only when the words or the region change (a status change or verification costs nothing)
CREATE TRIGGER business_words_changed AFTER UPDATE OF search_doc, region_code ON business FOR EACH ROW
    WHEN (OLD.search_doc IS DISTINCT FROM NEW.search_doc OR OLD.region_code IS DISTINCT FROM NEW.region_code)
    EXECUTE FUNCTION business_words_changed();

CREATE FUNCTION business_words_removed() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    DELETE FROM business_word WHERE business_id IN (SELECT id FROM removed);
    RETURN NULL;
END
$$;
CREATE TRIGGER business_words_removed AFTER DELETE ON business
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION business_words_removed();

-- Nothing reads business.search_doc through its trigram index any more (the column stays: the words come from it);
-- every registration and import paid for keeping it (12 of the 31 s of a million set-based inserts, ADR 0005).
DROP INDEX business_search_trgm_idx;

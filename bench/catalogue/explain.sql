-- EXPLAIN (ANALYZE, BUFFERS) of the statements the catalogue sends to choose a page (Catalogue.search, ADR 0026), on
-- the published catalogue of publish.sql, by hand while run.sh's database runs: psql -v q=... -v page_offset=... -f explain.sql
-- The cards, photo and badges of the page are joined and read afterwards for its 21 rows only.
SET pg_trgm.word_similarity_threshold = 0.5;
\echo '--- words' :q 'offset' :page_offset
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
WITH query_word AS (SELECT w, row_number() OVER () AS k, count(*) OVER () AS n FROM search_words(search_text(:'q')) w),
matched AS MATERIALIZED (SELECT q.k, q.n, c.id, word_similarity(q.w, c.word) AS similarity
                         FROM query_word q JOIN catalogue_word c ON q.w <% c.word),
hit AS (SELECT e.product_id, m.k, max(m.similarity) AS similarity, max(m.n) AS n
        FROM matched m JOIN catalogue_listing_word e ON e.word_id = m.id GROUP BY e.product_id, m.k),
scored AS (SELECT product_id, sum(similarity)::float8 / max(n) AS score FROM hit GROUP BY product_id
           HAVING sum(similarity)::float8 / max(n) >= 0.5)
SELECT s.product_id, s.score FROM scored s ORDER BY s.score DESC, s.product_id DESC LIMIT 21 OFFSET :page_offset;
\echo '--- newest first, badge EXPORT_READY, offset' :page_offset
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT l.product_id, l.published_at FROM catalogue_listing l
WHERE l.listed
  AND EXISTS (SELECT 1 FROM registry_permit pm WHERE pm.product_id = l.product_id AND pm.type = 'BPOM_MD' AND (pm.expires_on IS NULL OR pm.expires_on >= current_date))
  AND EXISTS (SELECT 1 FROM registry_permit pm WHERE pm.product_id = l.product_id AND pm.type = 'HALAL' AND (pm.expires_on IS NULL OR pm.expires_on >= current_date))
ORDER BY l.published_at DESC, l.product_id DESC LIMIT 21 OFFSET :page_offset;
\echo '--- newest first, no filter, offset' :page_offset
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT l.product_id, l.published_at FROM catalogue_listing l WHERE l.listed
ORDER BY l.published_at DESC, l.product_id DESC LIMIT 21 OFFSET :page_offset;

-- Publishes 100,000 products of the generated registry in the catalogue (issue 19), as owners would one by one:
-- products of verified businesses, spread over the country, with the words catalogue_listing_follow() computes (V82);
-- the insert trigger writes their entries in catalogue_listing_word in one statement.
\timing on
BEGIN;
DELETE FROM catalogue_listing;
INSERT INTO catalogue_listing (product_id, business_id, region_code, food_category_code, published, published_at, price_min,
                               price_max, price_unit, min_order, capacity_per_week, speciality, words, listed, updated_at, version)
SELECT p.id, p.business_id, p.region_code, p.food_category_code, true, now() - (p.id % 365) * interval '1 day',
       10000 + (p.id % 20) * 1000, 13000 + (p.id % 20) * 1000, 'bungkus', 10 + p.id % 50, 100 + p.id % 900, p.id % 17 = 0,
       search_text(concat_ws(' ', p.name, p.brand, b.name, k.name)), true, now(), 1
FROM product p JOIN business b ON b.id = p.business_id LEFT JOIN region k ON k.code = left(p.region_code, 5)
WHERE p.active AND b.status = 'VERIFIED' AND b.merged_into IS NULL
ORDER BY md5(p.id::text)
LIMIT 100000;
COMMIT;
-- as autovacuum would soon after: the word entries are read by index-only scans (V82)
VACUUM ANALYZE catalogue_listing;
VACUUM ANALYZE catalogue_word;
VACUUM ANALYZE catalogue_listing_word;
SELECT count(*) AS published, count(DISTINCT left(region_code, 2)) AS provinces,
       (SELECT count(*) FROM catalogue_listing l WHERE EXISTS (SELECT 1 FROM permit pm WHERE pm.product_id = l.product_id AND pm.type = 'HALAL')) AS with_halal
FROM catalogue_listing;

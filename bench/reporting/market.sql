-- Market activity on a generated registry (ADR 0024), so the dashboard's "Pasar" section and the funnel's "selling"
-- have figures to read: run bench/catalogue/publish.sql first (100,000 published products), then this. Buyers get
-- made-up account ids (market_buyer has no foreign key; no one signs in as them). Deterministic (ids, not random()).
\timing on
BEGIN;
DELETE FROM market_delivery; DELETE FROM market_order; DELETE FROM market_favourite; DELETE FROM market_inquiry; DELETE FROM market_buyer;
-- 2,000 buyer organisations in the regencies of the published products, three in four verified
INSERT INTO market_buyer (user_id, organisation, type, region_code, verified_at, verified_by)
WITH r AS (SELECT array_agg(DISTINCT left(region_code, 5)) AS codes FROM catalogue_listing)
SELECT 900000000 + n, 'Pembeli ' || n, (ARRAY['HOTEL', 'RESTAURANT', 'RETAILER', 'EXPORTER', 'CATERER'])[1 + n % 5],
       r.codes[1 + n % array_length(r.codes, 1)],
       CASE WHEN n % 4 <> 0 THEN now() - (n % 300) * interval '1 day' END, CASE WHEN n % 4 <> 0 THEN 'petugas' END
FROM generate_series(1, 2000) n, r;
-- 60,000 inquiries to published products: 70 % answered, of those 60 % accepted
INSERT INTO market_inquiry (buyer_user_id, product_id, business_id, quantity, deliver_on, place, status, price, sent_at, answered_at)
SELECT 900000001 + (l.rn * 7) % 2000, l.product_id, l.business_id, 10 + l.rn % 90, current_date + 14, 'Gudang',
       CASE WHEN l.rn % 10 < 3 THEN 'SENT' WHEN l.rn % 10 < 7 THEN 'ACCEPTED' ELSE 'DECLINED' END,
       CASE WHEN l.rn % 10 BETWEEN 3 AND 6 THEN 15000 END,
       now() - (l.rn % 200) * interval '1 day',
       CASE WHEN l.rn % 10 >= 3 THEN now() - (l.rn % 200) * interval '1 day' + interval '2 days' END
FROM (SELECT product_id, business_id, row_number() OVER (ORDER BY md5(product_id::text)) AS rn FROM catalogue_listing WHERE published) l
WHERE l.rn <= 60000;
-- half the accepted inquiries became weekly orders of eight weeks, some over, some running
INSERT INTO market_order (inquiry_id, buyer_user_id, business_id, product_id, quantity, weekday, place, starts_on, ends_on, created_at, changed_at)
SELECT i.id, i.buyer_user_id, i.business_id, i.product_id, i.quantity, extract(isodow FROM s.starts), i.place, s.starts, s.starts + 49,
       i.answered_at + interval '1 day', i.answered_at + interval '1 day'
FROM market_inquiry i CROSS JOIN LATERAL (SELECT current_date - (i.id % 120)::int AS starts) s
WHERE i.status = 'ACCEPTED' AND i.id % 2 = 0;
INSERT INTO market_delivery (order_id, due_on, quantity, place, status, sent_at, received_at)
SELECT o.id, o.starts_on + 7 * w, o.quantity, o.place,
       CASE WHEN o.starts_on + 7 * w < current_date - 1 AND (o.id + w) % 5 <> 0 THEN 'RECEIVED'
            WHEN o.starts_on + 7 * w <= current_date THEN 'SENT' ELSE 'PLANNED' END,
       CASE WHEN o.starts_on + 7 * w <= current_date THEN (o.starts_on + 7 * w)::timestamptz END,
       CASE WHEN o.starts_on + 7 * w < current_date - 1 AND (o.id + w) % 5 <> 0 THEN (o.starts_on + 7 * w + 1)::timestamptz END
FROM market_order o CROSS JOIN generate_series(0, 7) w;
-- the next refresh rebuilds every figure (the new indicators included)
UPDATE reporting_state SET rebuilt_at = NULL WHERE id = 1;
COMMIT;
ANALYZE market_buyer; ANALYZE market_inquiry; ANALYZE market_order; ANALYZE market_delivery;
SELECT (SELECT count(*) FROM market_buyer WHERE verified_at IS NOT NULL) AS verified_buyers, (SELECT count(*) FROM market_inquiry) AS inquiries,
       (SELECT count(*) FROM market_order) AS orders, (SELECT count(*) FROM market_delivery WHERE received_at IS NOT NULL) AS received;

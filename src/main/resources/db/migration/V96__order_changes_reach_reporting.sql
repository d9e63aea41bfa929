-- Issue 20, ADR 0024: a cancelled order, or one whose end an accepted change moved, no longer runs as it did when it was
-- made. The order keeps when it last changed (the minute refresh scans it, indexed) and the published view gives the
-- day it effectively ends: the day before its cancellation (in WIB, the platform's day) when that comes first.
ALTER TABLE market_order ADD COLUMN changed_at timestamptz;
UPDATE market_order SET changed_at = greatest(created_at, cancelled_at);
ALTER TABLE market_order ALTER COLUMN changed_at SET NOT NULL;
DROP INDEX market_order_created_idx;
CREATE INDEX market_order_changed_idx ON market_order (changed_at);

CREATE OR REPLACE VIEW market_order_status AS
SELECT o.id, o.business_id, o.starts_on,
       CASE WHEN o.status = 'CANCELLED' THEN least(o.ends_on, (o.cancelled_at AT TIME ZONE 'Asia/Jakarta')::date - 1)
            ELSE o.ends_on END AS ends_on,
       o.created_at, o.status, o.changed_at
FROM market_order o;
COMMENT ON VIEW market_order_status IS 'Published by the market module (ADR 0013): supply orders per business, the dates they run (to a cancellation) and when they last changed, for reporting.';

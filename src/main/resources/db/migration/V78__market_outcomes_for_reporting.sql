-- Issues 19 and 20 (ADR 0024): what reporting counts of the market, published by the market module (ADR 0013) as
-- read-only views with the timestamps the minute refresh scans. Counts only: no buyer names, prices or places.

-- catalogue: which products a business shows, and when that last changed
CREATE VIEW market_listing_status AS
SELECT l.product_id, l.business_id, l.published, l.updated_at FROM catalogue_listing l;
COMMENT ON VIEW market_listing_status IS 'Published by the market module (ADR 0013): whether each listed product is published, for reporting.';

-- inquiries to a business: sent, answered (accepted or declined); changed_at is the later of the two stamps
CREATE VIEW market_inquiry_status AS
SELECT i.id, i.business_id, i.status, i.sent_at, i.answered_at, greatest(i.sent_at, i.answered_at) AS changed_at
FROM market_inquiry i;
COMMENT ON VIEW market_inquiry_status IS 'Published by the market module (ADR 0013): status and dates of inquiries per business, for reporting.';

-- weekly supply orders of a business, with the dates they run
CREATE VIEW market_order_status AS
SELECT o.id, o.business_id, o.starts_on, o.ends_on, o.created_at FROM market_order o;
COMMENT ON VIEW market_order_status IS 'Published by the market module (ADR 0013): supply orders per business and the dates they run, for reporting.';

-- deliveries of those orders: sent by the owner, received by the buyer
CREATE VIEW market_delivery_status AS
SELECT d.id, d.order_id, o.business_id, d.due_on, d.sent_at, d.received_at, greatest(d.sent_at, d.received_at) AS changed_at
FROM market_delivery d JOIN market_order o ON o.id = d.order_id;
COMMENT ON VIEW market_delivery_status IS 'Published by the market module (ADR 0013): deliveries per business, sent and received, for reporting.';

-- buyer organisations: type, region and whether an officer verified them (no organisation name)
CREATE VIEW market_buyer_status AS
SELECT b.user_id, b.type, b.region_code, b.verified_at IS NOT NULL AS verified FROM market_buyer b;
COMMENT ON VIEW market_buyer_status IS 'Published by the market module (ADR 0013): buyer type, region and verification, for reporting.';

-- the minute refresh reads what changed since its watermark through these (ADR 0024)
CREATE INDEX catalogue_listing_updated_idx ON catalogue_listing (updated_at);
CREATE INDEX market_inquiry_changed_idx ON market_inquiry ((greatest(sent_at, answered_at)));
CREATE INDEX market_order_created_idx ON market_order (created_at);
CREATE INDEX market_delivery_changed_idx ON market_delivery ((greatest(sent_at, received_at)));

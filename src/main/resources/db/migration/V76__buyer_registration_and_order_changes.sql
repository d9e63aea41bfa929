-- Issue 19 part 5, ADR 0023: buyers register themselves; orders change and end by agreement; deliveries follow rules.

-- What a self-registered buyer tells beyond its name, type and region, and the officer's decision. The account's
-- contact person, e-mail and phone stay in app_user (identity); the business address is shown to officers only.
ALTER TABLE market_buyer
    ADD COLUMN address        varchar(300),
    ADD COLUMN nib            varchar(13),
    ADD COLUMN registered_at  timestamptz,
    ADD COLUMN source_hash    varchar(64),      -- the registering address's hash, only for the per-address limit
    ADD COLUMN rejected_at    timestamptz,
    ADD COLUMN rejected_by    varchar(100),
    ADD COLUMN reject_reason  varchar(1000);
CREATE INDEX market_buyer_source ON market_buyer (source_hash, registered_at) WHERE source_hash IS NOT NULL;

-- An order keeps its current terms (weekday and place may change after it was made) and how it ended, if it did.
ALTER TABLE market_order
    ADD COLUMN weekday        smallint,
    ADD COLUMN place          varchar(200),
    ADD COLUMN status         varchar(10) NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'CANCELLED')),
    ADD COLUMN cancelled_at   timestamptz,
    ADD COLUMN cancelled_by   varchar(10) CHECK (cancelled_by IN ('BUYER', 'OWNER')),
    ADD COLUMN cancel_reason  varchar(1000);
UPDATE market_order o SET weekday = extract(isodow FROM o.starts_on), place = i.place FROM market_inquiry i WHERE i.id = o.inquiry_id;
ALTER TABLE market_order ALTER COLUMN weekday SET NOT NULL, ALTER COLUMN place SET NOT NULL,
    ADD CONSTRAINT market_order_weekday CHECK (weekday BETWEEN 1 AND 7);

-- Each delivery records what it was for (an accepted change alters only those not yet sent) and how it ended.
ALTER TABLE market_delivery
    ADD COLUMN quantity       integer,
    ADD COLUMN place          varchar(200),
    ADD COLUMN status         varchar(15) NOT NULL DEFAULT 'PLANNED'
        CHECK (status IN ('PLANNED', 'SENT', 'RECEIVED', 'NOT_DELIVERED', 'CANCELLED')),
    ADD COLUMN reason         varchar(1000);
UPDATE market_delivery d SET quantity = o.quantity, place = o.place,
       status = CASE WHEN d.received_at IS NOT NULL THEN 'RECEIVED' WHEN d.sent_at IS NOT NULL THEN 'SENT' ELSE 'PLANNED' END
FROM market_order o WHERE o.id = d.order_id;
ALTER TABLE market_delivery ALTER COLUMN quantity SET NOT NULL, ALTER COLUMN place SET NOT NULL,
    ADD CONSTRAINT market_delivery_quantity CHECK (quantity > 0);

-- A buyer's request to change an order's terms; the owner accepts or declines it. At most one is open per order.
CREATE TABLE market_order_change (
    id              bigserial PRIMARY KEY,
    order_id        bigint       NOT NULL REFERENCES market_order (id),
    quantity        integer      NOT NULL CHECK (quantity > 0),
    weekday         smallint     NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    ends_on         date         NOT NULL,
    place           varchar(200) NOT NULL,
    note            varchar(1000),
    status          varchar(10)  NOT NULL DEFAULT 'REQUESTED' CHECK (status IN ('REQUESTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    decline_reason  varchar(1000),
    requested_at    timestamptz  NOT NULL,
    answered_at     timestamptz
);
CREATE UNIQUE INDEX market_order_change_open ON market_order_change (order_id) WHERE status = 'REQUESTED';
CREATE INDEX market_order_change_order ON market_order_change (order_id, requested_at DESC);

-- Issue 19 part 5, ADR 0020: buyers, their inquiries to owners, and recurring supply orders with their deliveries.
-- A record of what was asked, agreed and delivered, not payments.

-- A buyer organisation behind one account; an officer of its region verifies it before it may send inquiries.
CREATE TABLE market_buyer (
    user_id         bigint PRIMARY KEY,
    organisation    varchar(200) NOT NULL,
    type            varchar(20)  NOT NULL CHECK (type IN ('HOTEL', 'RESTAURANT', 'RETAILER', 'EXPORTER', 'CATERER')),
    region_code     varchar(13)  NOT NULL,
    verified_at     timestamptz,
    verified_by     varchar(100),
    version         integer      NOT NULL DEFAULT 1
);

CREATE TABLE market_inquiry (
    id              bigserial PRIMARY KEY,
    buyer_user_id   bigint       NOT NULL REFERENCES market_buyer (user_id),
    product_id      bigint       NOT NULL,
    business_id     bigint       NOT NULL,
    quantity        integer      NOT NULL CHECK (quantity > 0),
    deliver_on      date         NOT NULL,
    place           varchar(200) NOT NULL,
    note            varchar(1000),
    status          varchar(10)  NOT NULL DEFAULT 'SENT' CHECK (status IN ('SENT', 'ACCEPTED', 'DECLINED')),
    price           numeric(12)  CHECK (price >= 0),
    conditions      varchar(1000),
    decline_reason  varchar(1000),
    sent_at         timestamptz  NOT NULL,
    answered_at     timestamptz,
    version         integer      NOT NULL DEFAULT 1
);
CREATE INDEX market_inquiry_buyer ON market_inquiry (buyer_user_id, sent_at DESC);
CREATE INDEX market_inquiry_business ON market_inquiry (business_id, sent_at DESC);

-- One recurring order per agreed inquiry: the same quantity every week on one day, from a start to an end date.
CREATE TABLE market_order (
    id              bigserial PRIMARY KEY,
    inquiry_id      bigint       NOT NULL UNIQUE REFERENCES market_inquiry (id),
    buyer_user_id   bigint       NOT NULL REFERENCES market_buyer (user_id),
    business_id     bigint       NOT NULL,
    product_id      bigint       NOT NULL,
    quantity        integer      NOT NULL CHECK (quantity > 0),
    starts_on       date         NOT NULL,
    ends_on         date         NOT NULL CHECK (ends_on >= starts_on),
    created_at      timestamptz  NOT NULL,
    version         integer      NOT NULL DEFAULT 1
);
CREATE INDEX market_order_buyer ON market_order (buyer_user_id);
CREATE INDEX market_order_business ON market_order (business_id);

-- One row per occurrence, generated when the order is made: the owner marks it sent, the buyer received.
CREATE TABLE market_delivery (
    id              bigserial PRIMARY KEY,
    order_id        bigint       NOT NULL REFERENCES market_order (id),
    due_on          date         NOT NULL,
    sent_at         timestamptz,
    received_at     timestamptz,
    version         integer      NOT NULL DEFAULT 1,
    UNIQUE (order_id, due_on)
);

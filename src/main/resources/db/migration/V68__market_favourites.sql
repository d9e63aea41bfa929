-- Issue 19 part 5, ADR 0020: a buyer's favourite suppliers, starred from a business's catalogue page.
CREATE TABLE market_favourite (
    buyer_user_id   bigint      NOT NULL REFERENCES market_buyer (user_id),
    business_id     bigint      NOT NULL,
    starred_at      timestamptz NOT NULL,
    PRIMARY KEY (buyer_user_id, business_id)
);

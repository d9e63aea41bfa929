-- Two registry records of the same real business merged by an officer (issue 16): the absorbed record is kept,
-- hidden and pointing at the survivor, so the merge can be undone from what business_merge recorded.
ALTER TABLE business ADD COLUMN merged_into bigint REFERENCES business (id);
CREATE INDEX business_merged_into_idx ON business (merged_into) WHERE merged_into IS NOT NULL;

CREATE TABLE business_merge (
    id               bigserial PRIMARY KEY,
    survivor_id      bigint      NOT NULL REFERENCES business (id),
    absorbed_id      bigint      NOT NULL REFERENCES business (id),
    region_code      varchar(13) COLLATE "C" NOT NULL,
    -- the columns the merge changed, as they were before on each side, and the chosen values
    survivor_before  jsonb       NOT NULL,
    absorbed_before  jsonb       NOT NULL,
    survivor_after   jsonb       NOT NULL,
    keep             jsonb       NOT NULL,
    -- per table: ids moved to the survivor and ids left on the absorbed record (a clash with the survivor's own)
    moved            jsonb       NOT NULL,
    survivor_version integer     NOT NULL,
    absorbed_version integer     NOT NULL,
    merged_by        varchar(60) NOT NULL,
    merged_at        timestamptz NOT NULL DEFAULT now(),
    undone_by        varchar(60),
    undone_at        timestamptz
);
CREATE INDEX business_merge_survivor_idx ON business_merge (survivor_id, id);
CREATE INDEX business_merge_absorbed_idx ON business_merge (absorbed_id, id);
-- a record is absorbed at most once at a time
CREATE UNIQUE INDEX business_merge_open_uq ON business_merge (absorbed_id) WHERE undone_at IS NULL;

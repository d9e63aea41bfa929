-- Issue 20 (ADR 0018): the figures summed per regency, per province and for the whole country (region ''), kept with
-- the district figures, so a province's dashboard reads a few hundred rows instead of every district's.
CREATE TABLE reporting_rollup (
    region     varchar(13) COLLATE "C" NOT NULL,
    program_id bigint      NOT NULL,
    indicator  varchar(20) NOT NULL,
    dimension  varchar(80) NOT NULL,
    n          bigint      NOT NULL,
    total      bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (region, program_id, indicator, dimension)
);

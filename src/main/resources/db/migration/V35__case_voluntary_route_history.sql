-- Issue 15, "also in this issue": cases started on purpose, routes that follow the facts until filing,
-- and levels taken from a finished inspection.

-- the rules did not require the permit when the case was opened (recommended, exempt or not applicable)
ALTER TABLE certification_case ADD COLUMN voluntary boolean NOT NULL DEFAULT false;
-- the finished inspection whose level the case holds; null when an officer typed the level (or none yet)
ALTER TABLE certification_case ADD COLUMN inspection_id bigint;
-- a route switched before filing (halal self-declare <-> regular), kept for the case's history
CREATE TABLE case_route_change (
    id             bigserial PRIMARY KEY,
    case_id        bigint      NOT NULL REFERENCES certification_case (id),
    from_route     varchar(20) NOT NULL,
    to_route       varchar(20) NOT NULL,
    from_template  varchar(40) NOT NULL,
    to_template    varchar(40) NOT NULL,
    from_step      varchar(40),
    to_step        varchar(40),
    changed_by     varchar(60) NOT NULL,
    at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_route_change_case_idx ON case_route_change (case_id, id);

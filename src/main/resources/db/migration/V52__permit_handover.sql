-- programs: a permit or award handed over to a participant, with the photo of the moment (issue 18, part 8)
CREATE TABLE permit_handover (
    id            bigserial PRIMARY KEY,
    enrollment_id bigint       NOT NULL REFERENCES enrollment (id),
    program_id    bigint       NOT NULL REFERENCES program (id),
    business_id   bigint       NOT NULL,
    region_code   varchar(13)  COLLATE "C" NOT NULL,
    -- what was handed over: a permit type (P-IRT, Halal, ...) or the title of an award, exactly one of them
    permit_type   varchar(20),
    award_title   varchar(200),
    CHECK ((permit_type IS NULL) <> (award_title IS NULL)),
    handed_on     date         NOT NULL,
    caption       varchar(500),
    photo_key     varchar(200) NOT NULL,
    photo_width   integer      NOT NULL,
    photo_height  integer      NOT NULL,
    recorded_by   varchar(60)  NOT NULL,
    recorded_at   timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX permit_handover_business_idx ON permit_handover (business_id);

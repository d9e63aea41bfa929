-- Issue 18: a partner's MoU has a scope (regions, activities) and a signed document in the file store.
ALTER TABLE program_partner
    ADD COLUMN mou_region_codes varchar(13)[] COLLATE "C" NOT NULL DEFAULT '{}',
    ADD COLUMN mou_activities   varchar(20)[] NOT NULL DEFAULT '{}',
    ADD COLUMN mou_document_key varchar(200),
    ADD COLUMN mou_document_name varchar(200),
    ADD COLUMN version integer NOT NULL DEFAULT 0;

-- programs: which organisations partner in which agency's programs, and until when (identity reads it to let a
-- program manager invite a partner's members, ADR 0015)
CREATE VIEW programs_partner AS
SELECT pp.program_id, pp.agency_id, p.agency_id AS program_agency_id, p.region_code AS program_region_code, pp.mou_expires_on
FROM program_partner pp JOIN program p ON p.id = pp.program_id;
COMMENT ON VIEW programs_partner IS 'Published by the programs module (ADR 0013): partner organisations of each program and their MoU end.';

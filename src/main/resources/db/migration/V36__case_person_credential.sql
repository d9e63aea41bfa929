-- Issue 15: BNSP is a person's credential. A competency case is for a named person of the business, its owner or
-- a worker (person_name was there from V4; this records which of the two it is).
ALTER TABLE certification_case ADD COLUMN person_role varchar(8) CHECK (person_role IN ('OWNER', 'WORKER'));

-- one open competency case per person of a business: a second "start" is the same case
CREATE UNIQUE INDEX certification_case_person_open_uq ON certification_case (business_id, permit_type, lower(person_name))
    WHERE status = 'OPEN' AND product_id IS NULL;

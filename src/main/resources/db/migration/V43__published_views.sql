-- Issue 17, ADR 0013: every table has one owning module; what other modules read of it, they read through a
-- read-only view the owner publishes here (or through the owner's Java API). The views are plain projections,
-- which PostgreSQL inlines into the reader's query, so a join through them plans as the join on the tables would.
-- A view shows what its readers need and no more personal data: never a NIK, a password hash or an e-mail address.

-- registry: a business with the name and account of its owner, for lists and access rules in other modules
CREATE VIEW registry_business AS
SELECT b.id, b.name, b.region_code, b.sector, b.status, b.merged_into,
       o.full_name AS owner_name, o.user_id AS owner_user_id, o.phone AS owner_phone
FROM business b LEFT JOIN owner o ON o.id = b.owner_id;
COMMENT ON VIEW registry_business IS 'Published by the registry module (ADR 0013): business name, region and owner account; no NIK.';

-- registry: a product's name and business, for case lists
CREATE VIEW registry_product AS
SELECT p.id, p.business_id, p.name FROM product p;
COMMENT ON VIEW registry_product IS 'Published by the registry module (ADR 0013): product name and business.';

-- identity: an agency's name and jurisdiction
CREATE VIEW identity_agency AS
SELECT a.id, a.name, a.kind, a.region_codes, a.active FROM agency a;
COMMENT ON VIEW identity_agency IS 'Published by the identity module (ADR 0013): agency name and jurisdiction.';

-- identity: an account's name, role and jurisdiction (an empty region list means the agency's), without its secrets
CREATE VIEW identity_user AS
SELECT u.id, u.username, u.full_name, u.agency_id, u.roles, u.region_codes, u.enabled FROM app_user u;
COMMENT ON VIEW identity_user IS 'Published by the identity module (ADR 0013): account name, roles and jurisdiction; no password, e-mail or phone.';

-- programs: which facilitator is assigned to which business now (the registry's access rule reads it, ADR 0013)
CREATE VIEW programs_open_assignment AS
SELECT e.business_id, e.program_id, a.enrollment_id, a.facilitator_id
FROM assignment a JOIN enrollment e ON e.id = a.enrollment_id
WHERE a.ended_at IS NULL;
COMMENT ON VIEW programs_open_assignment IS 'Published by the programs module (ADR 0013): open facilitator assignments per business.';

-- programs: a program's name, agency and status
CREATE VIEW programs_program AS
SELECT p.id, p.name, p.agency_id, p.status FROM program p;
COMMENT ON VIEW programs_program IS 'Published by the programs module (ADR 0013): program name, agency and status.';

-- certification: which business a case is about (assessment links inspections to cases)
CREATE VIEW certification_case_business AS
SELECT c.id, c.business_id FROM certification_case c;
COMMENT ON VIEW certification_case_business IS 'Published by the certification module (ADR 0013): the business of each case.';

-- Issue 19, ADR 0013 and 0020: what the market module reads of the registry and of programs, published by their owners.
-- No owner, NIK or address: only what a public catalogue page may show or filter on.

-- registry: a product's public description
CREATE VIEW registry_catalogue_product AS
SELECT p.id, p.business_id, p.name, p.brand, p.food_category_code, p.region_code, p.net_content, p.packaging, p.active
FROM product p;
COMMENT ON VIEW registry_catalogue_product IS 'Published by the registry module (ADR 0013): product description for the public catalogue.';

-- registry: permits held, by number and expiry, are read through registry_permit (V44)

-- registry: where a product photo is stored and its size
CREATE VIEW registry_product_photo AS
SELECT ph.id, ph.product_id, ph.storage_key, ph.width, ph.height FROM product_photo ph;
COMMENT ON VIEW registry_product_photo IS 'Published by the registry module (ADR 0013): product photos (storage key and size).';

-- programs: which businesses take part in which program
CREATE VIEW programs_enrollment AS
SELECT e.business_id, e.program_id, e.status FROM enrollment e;
COMMENT ON VIEW programs_enrollment IS 'Published by the programs module (ADR 0013): program participation per business.';

-- programs: awards given to businesses
CREATE VIEW programs_award AS
SELECT a.id, a.business_id, a.program_id, a.title, a.awarded_on FROM award a;
COMMENT ON VIEW programs_award IS 'Published by the programs module (ADR 0013): awards per business.';


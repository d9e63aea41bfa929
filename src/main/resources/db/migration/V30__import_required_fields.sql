-- Issue 16: which fields a line of an import cannot do without, chosen per import and saved with a template.
-- NULL: the default (business name, owner name, NIK and district, of those the list has a column for).
ALTER TABLE import_job ADD COLUMN required_fields jsonb;
ALTER TABLE import_template ADD COLUMN required_fields jsonb;
-- an unknown village inside a known district: the officer may accept the district for the whole file
ALTER TABLE import_job ADD COLUMN village_fallback boolean NOT NULL DEFAULT false;

-- What a line waiting for review adds beyond the business's fields (issue 16): the permits its "permits held" column
-- names with valid numbers and its note lines, recorded on the business the officer merges it into or creates.
ALTER TABLE import_review ADD COLUMN listed jsonb;

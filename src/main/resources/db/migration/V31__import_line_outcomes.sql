-- Issue 16: what became of every line names its review too, and the same line content is not queued twice
-- against the same business (a re-saved copy of a list already imported links to the review already waiting).
ALTER TABLE import_row ADD COLUMN review_id bigint REFERENCES import_review (id) ON DELETE SET NULL;
-- keyed hash (NikVault) of the line's content as read into registry data: personal data is not recoverable from it
ALTER TABLE import_review ADD COLUMN content_key char(64);
CREATE UNIQUE INDEX import_review_content_uq ON import_review (content_key, business_id) WHERE content_key IS NOT NULL;

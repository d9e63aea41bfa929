-- Rejected lines' cells and column samples are personal data (names, phones, NIKs sealed or masked):
-- kept for the agency to correct its list, then removed after a retention period
-- (naikkelas.imports.retention). The job keeps its counts and when its details were purged.
ALTER TABLE import_job ADD COLUMN details_purged_at timestamptz;
-- the purge looks for finished jobs whose details are still there
CREATE INDEX import_job_unpurged_idx ON import_job (coalesce(finished_at, created_at)) WHERE details_purged_at IS NULL;

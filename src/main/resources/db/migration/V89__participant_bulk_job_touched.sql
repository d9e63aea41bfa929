-- participants: when a job last moved (queued, started, a chunk done), so one left behind by a stopped server is found
ALTER TABLE participant_bulk_job ADD COLUMN touched_at timestamptz NOT NULL DEFAULT now();
CREATE INDEX participant_bulk_job_unfinished_idx ON participant_bulk_job (touched_at) WHERE status IN ('QUEUED', 'RUNNING');
CREATE INDEX participant_bulk_job_created_idx ON participant_bulk_job (created_at);

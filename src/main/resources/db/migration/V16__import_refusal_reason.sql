-- Why a job's file was refused (a limit of FileLimits, content that is no list), as a message key and its
-- arguments, so the reason is shown in the language of whoever reads the job rather than the worker's.
ALTER TABLE import_job
    ADD COLUMN error_code text,
    ADD COLUMN error_args jsonb;

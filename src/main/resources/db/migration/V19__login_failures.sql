-- Failed sign-ins counted per typed name and source address, and per source alone: each further
-- attempt waits longer (ADR 0011). Accounts are no longer locked, so nobody can lock out another.
CREATE TABLE login_failure (
    throttle_key text PRIMARY KEY,
    failures     integer     NOT NULL,
    last_failure timestamptz NOT NULL
);
CREATE INDEX login_failure_last ON login_failure (last_failure);

-- API tokens: programs authenticate with a per-client secret instead of a password (ADR 0008).
-- Only the SHA-256 of the secret is kept; the secret is 32 random bytes, so a fast hash is
-- enough (nothing to brute-force) and a look-up by hash is one unique-index probe.
CREATE TABLE api_token (
    id           bigserial PRIMARY KEY,
    user_id      bigint       NOT NULL REFERENCES app_user (id),
    name         varchar(80)  NOT NULL,
    secret_hash  bytea        NOT NULL CHECK (octet_length(secret_hash) = 32),
    -- the first characters of the token, so a person can tell tokens apart (reveals 24 of 256 bits)
    hint         varchar(12)  NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    expires_at   timestamptz  NOT NULL,
    -- written at most once a minute per token, not on every request
    last_used_at timestamptz,
    revoked_at   timestamptz,
    revoked_by   varchar(60),
    CHECK (expires_at > created_at AND expires_at <= created_at + interval '366 days'),
    CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
CREATE UNIQUE INDEX api_token_secret_hash_uq ON api_token (secret_hash);
CREATE INDEX api_token_user_idx ON api_token (user_id, created_at DESC);

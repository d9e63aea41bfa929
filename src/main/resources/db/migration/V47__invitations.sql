-- Issue 18: agencies onboard their own people (ADR 0015). An invitation names the account to be made (role, agency,
-- regions never beyond the inviter's) and holds only the SHA-256 hash of its one-time link; a new invitation to the
-- same person revokes the old one.
CREATE TABLE invitation (
    id             bigserial PRIMARY KEY,
    username       varchar(60)  NOT NULL,
    full_name      text         NOT NULL,
    email          varchar(200),
    phone          varchar(20),
    agency_id      bigint       NOT NULL REFERENCES agency (id),
    role           varchar(20)  NOT NULL,
    region_codes   varchar(13)[] COLLATE "C" NOT NULL DEFAULT '{}',
    token_hash     varchar(64)  UNIQUE,
    expires_at     timestamptz  NOT NULL,
    status         varchar(10)  NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'REVOKED')),
    -- the account was made at once with a password the manager set (to be changed at the first sign-in)
    temporary_password boolean  NOT NULL DEFAULT false,
    -- the inviter's agency: who may see and revoke it besides administrators
    invited_by     varchar(60)  NOT NULL,
    inviter_agency bigint REFERENCES agency (id),
    user_id        bigint REFERENCES app_user (id),
    accepted_at    timestamptz,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    version        integer      NOT NULL DEFAULT 0,
    CHECK (email IS NOT NULL OR phone IS NOT NULL)
);
CREATE INDEX invitation_inviter_agency_idx ON invitation (inviter_agency, id);
CREATE INDEX invitation_pending_username_idx ON invitation (lower(username)) WHERE status = 'PENDING';

-- a temporary password set by a manager must be changed at the first sign-in
ALTER TABLE app_user ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;

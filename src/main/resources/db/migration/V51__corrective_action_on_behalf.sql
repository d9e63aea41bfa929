-- Evidence a facilitator or officer records for an owner (most have no account): who, by name, and that it was on the
-- owner's behalf, so pages and the API say "recorded by … on the owner's behalf".
ALTER TABLE corrective_action ADD COLUMN evidence_by_name text;
ALTER TABLE corrective_action ADD COLUMN evidence_on_behalf boolean NOT NULL DEFAULT false;

-- identity: the language each person reads in, published with the account, so the notification module's daily
-- reminders write every recipient in their own language from the query that finds them (no read per recipient).
CREATE OR REPLACE VIEW identity_user AS
SELECT u.id, u.username, u.full_name, u.agency_id, u.roles, u.region_codes, u.enabled, u.language FROM app_user u;
COMMENT ON VIEW identity_user IS 'Published by the identity module (ADR 0013): account name, roles, jurisdiction and the language messages are written in; no password, e-mail or phone.';

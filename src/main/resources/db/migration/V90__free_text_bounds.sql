-- Free text people type (names, addresses, reasons, notes, stories, answers) had no bound in the database: a script
-- or a form that forgot its check could store megabytes in one field. The services refuse longer text with a field
-- error (common.TextLimits); these constraints are the same bounds where no code path can skip them (ADR 0030).
--
-- A row already longer than its bound is neither cut nor refused here: the constraint is then left NOT VALID (it holds
-- for every new or changed row, and the existing one stays as it is until someone edits it) and a warning names the
-- column, so the migration never fails on old data and never truncates it.
DO $$
DECLARE
    bound record;
    constraint_name text;
    too_long bigint;
BEGIN
    FOR bound IN SELECT * FROM (VALUES
        ('agency', 'name', 200),
        ('agency', 'address', 500),
        ('app_user', 'full_name', 200),
        ('assignment', 'ended_reason', 1000),
        ('award', 'title', 200),
        ('award', 'note', 4000),
        ('business', 'name', 200),
        ('business', 'address', 500),
        ('case_comment', 'body', 4000),
        ('case_transition', 'note', 4000),
        ('catalogue_business', 'story', 4000),
        ('certification_case', 'person_name', 200),
        ('complaint', 'body', 4000),
        ('complaint', 'answer', 4000),
        ('corrective_action', 'finding', 4000),
        ('corrective_action', 'evidence_note', 4000),
        ('corrective_action', 'verification_note', 4000),
        ('enrollment', 'reason', 1000),
        ('facilitator_profile', 'organisation', 200),
        ('facilitator_profile', 'credentials', 4000),
        ('follow_up', 'description', 4000),
        ('inspection', 'correction_reason', 4000),
        ('inspection_answer', 'note', 4000),
        ('invitation', 'full_name', 200),
        ('owner', 'full_name', 200),
        ('permit', 'issuer', 200),
        ('product', 'name', 200),
        ('product', 'brand', 200),
        ('product', 'ingredients', 4000),
        ('program', 'name', 200),
        ('program', 'description', 4000),
        ('program_partner', 'role', 200),
        ('program_partner', 'mou_scope', 4000),
        ('program_stage', 'name', 200),
        ('survey_response', 'suggestion', 4000),
        ('training_attendance', 'reason', 1000),
        ('training_certificate', 'revoked_reason', 1000),
        ('training_event', 'topic', 200),
        ('training_event', 'venue', 200),
        ('training_event', 'meeting_link', 2000),
        ('training_event', 'description', 4000),
        ('training_event', 'cancel_reason', 1000),
        ('training_registration', 'participant_name', 200),
        ('visit', 'notes', 4000),
        ('visit', 'findings', 4000)
    ) AS b (table_name, column_name, max_length)
    LOOP
        constraint_name := bound.table_name || '_' || bound.column_name || '_length';
        EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I CHECK (char_length(%I) <= %s) NOT VALID',
                       bound.table_name, constraint_name, bound.column_name, bound.max_length);
        EXECUTE format('SELECT count(*) FROM %I WHERE char_length(%I) > %s', bound.table_name, bound.column_name, bound.max_length)
            INTO too_long;
        IF too_long = 0 THEN
            EXECUTE format('ALTER TABLE %I VALIDATE CONSTRAINT %I', bound.table_name, constraint_name);
        ELSE
            RAISE WARNING '%.%: % row(s) longer than % characters kept as they are; constraint % left NOT VALID',
                bound.table_name, bound.column_name, too_long, bound.max_length, constraint_name;
        END IF;
    END LOOP;
END
$$;

-- An organiser may call a whole event off: who, when and why, kept with the event.
ALTER TABLE training_event
    ADD COLUMN cancelled_at  timestamptz,
    ADD COLUMN cancelled_by  varchar(60),
    ADD COLUMN cancel_reason text;

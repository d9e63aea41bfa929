-- The training list's upcoming events are those with a session not yet ended: found through this index, the
-- list works out its figures (seats, sessions, partners) for those events only, not for every event in the
-- person's view (an owner's list at province scale read all 50,000 events: 123 ms of database time a page).
CREATE INDEX training_session_ends_idx ON training_session (ends_at, event_id);
-- An owner sees the open events aimed at their businesses' regions or those above: found by overlap in this index.
CREATE INDEX training_event_targets_idx ON training_event USING gin (target_region_codes);

-- A participant's page reads the follow-ups and photos of its visits and its facilitators' history; none of these
-- columns had an index, so each page read all follow-ups and all assignments of the province (about 40 ms of
-- database time a page at a million businesses; issue 13).
CREATE INDEX follow_up_visit_idx ON follow_up (visit_id);
CREATE INDEX visit_photo_visit_idx ON visit_photo (visit_id, id);
CREATE INDEX assignment_enrollment_idx ON assignment (enrollment_id, id);

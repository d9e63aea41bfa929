-- Attendance an officer records after the fact (a paper list, a scanner that failed), with the reason why;
-- the participant's row and the export say so.
ALTER TABLE training_attendance DROP CONSTRAINT training_attendance_method_check;
ALTER TABLE training_attendance ADD CONSTRAINT training_attendance_method_check CHECK (method IN ('QR', 'CODE', 'ONLINE', 'RECORDED'));
ALTER TABLE training_attendance ADD COLUMN reason text;
ALTER TABLE training_attendance ADD CONSTRAINT training_attendance_reason_check CHECK ((method = 'RECORDED') = (reason IS NOT NULL));

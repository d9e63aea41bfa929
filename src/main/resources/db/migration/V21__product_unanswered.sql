-- Halal confirmations a person has not answered yet ("belum tahu"): the advice says "to confirm"
-- for them instead of treating a missing tick as a "no".
ALTER TABLE product ADD COLUMN unanswered varchar(30)[] NOT NULL DEFAULT '{}';

-- Issue 16: one owner with several businesses. The owner's phone is the person's; a list gives each business's
-- contact number on its own line, and the second business of an owner must not lose it (nor overwrite the owner's).
ALTER TABLE business ADD COLUMN contact_phone varchar(20);

-- The language a person last chose for the pages; messages to them are written in it.
ALTER TABLE app_user ADD COLUMN language varchar(2) NOT NULL DEFAULT 'id' CHECK (language IN ('id', 'en'));
